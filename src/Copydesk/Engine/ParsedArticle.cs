using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>An article split into blocks and classified by a template, with what the parse found.</summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ParsedArticle
{
    private readonly ArticleBlock[] _blocks;
    private readonly ArticleFinding[] _findings;
    private string? _cleanText;
    private string? _storyText;
    private List<ArticleBlock>[]? _byRule;

    internal ParsedArticle(ArticleTemplate template, string text, ArticleBlock[] blocks, ArticleFinding[] findings)
    {
        Template = template;
        Text = text;
        _blocks = blocks;
        _findings = findings;
    }

    /// <summary>The template used.</summary>
    public ArticleTemplate Template { get; }

    /// <summary>The parsed text.</summary>
    public string Text { get; }

    /// <summary>Every block in order.</summary>
    public IReadOnlyList<ArticleBlock> Blocks => _blocks;

    /// <summary>What the parse found, in order of position.</summary>
    public IReadOnlyList<ArticleFinding> Findings => _findings;

    /// <summary>The article with every boilerplate block removed, blocks separated by one blank line; built on first use.</summary>
    public string CleanText => _cleanText ??= ArticleClassifier.BuildCleanText(_blocks);

    /// <summary>
    /// The story: the headings and paragraphs in order, one blank line between blocks, without the
    /// headline, attribution, notes, boilerplate and unmatched blocks; built on first use.
    /// </summary>
    public string StoryText => _storyText ??= ArticleClassifier.BuildStoryText(_blocks);

    /// <summary>The first finding that keeps a typed result from being built, or <c>null</c>.</summary>
    public ArticleFinding? TypedResultError
    {
        get
        {
            foreach (var finding in _findings)
            {
                if (finding.PreventsTypedResult)
                {
                    return finding;
                }
            }

            return null;
        }
    }

    /// <summary>The blocks that rule number <paramref name="ruleIndex"/> matched, in order.</summary>
    public IReadOnlyList<ArticleBlock> BlocksOf(int ruleIndex)
    {
        if (_byRule is null)
        {
            var byRule = new List<ArticleBlock>[Template.Rules.Count];
            for (var i = 0; i < byRule.Length; i++)
            {
                byRule[i] = new List<ArticleBlock>();
            }

            foreach (var block in _blocks)
            {
                if (block.RuleIndex >= 0)
                {
                    byRule[block.RuleIndex].Add(block);
                }
            }

            _byRule = byRule;
        }

        return _byRule[ruleIndex];
    }
}
