using System.Collections.Generic;
using System.Threading;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>An article split into blocks and classified by a template, with what the parse found.</summary>
/// <remarks>
/// Findings (with the quotation check), <see cref="CleanText"/>, <see cref="StoryText"/> and the
/// per-rule lists are built on first use, once, and are safe to read from several threads; what
/// keeps a typed result from being built is known at once.
/// </remarks>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ParsedArticle
{
    private readonly ArticleBlock[] _blocks;
    private readonly ArticleRule?[]? _timeouts;
    private readonly PatternBudget? _budget;
    private ArticleFinding[]? _findings;
    private string? _cleanText;
    private string? _storyText;
    private List<ArticleBlock>[]? _byRule;

    internal ParsedArticle(ArticleTemplate template, string text, ArticleBlock[] blocks, ArticleRule?[]? timeouts, PatternBudget? budget)
    {
        Template = template;
        Text = text;
        _blocks = blocks;
        _timeouts = timeouts;
        _budget = budget;
        var errors = ArticleFindings.Collect(template, blocks, timeouts, budget, preventingOnly: true);
        TypedResultError = errors.Length > 0 ? errors[0] : null;
    }

    /// <summary>The template used.</summary>
    public ArticleTemplate Template { get; }

    /// <summary>The parsed text.</summary>
    public string Text { get; }

    /// <summary>Every block in order.</summary>
    public IReadOnlyList<ArticleBlock> Blocks => _blocks;

    /// <summary>What the parse found, in order of position.</summary>
    public IReadOnlyList<ArticleFinding> Findings =>
        Volatile.Read(ref _findings) ?? Publish(ref _findings, ArticleFindings.Collect(Template, _blocks, _timeouts, _budget, preventingOnly: false));

    /// <summary>True once <see cref="Findings"/> has been built (for tests of what a parse pays for).</summary>
    internal bool FindingsBuilt => Volatile.Read(ref _findings) is not null;

    /// <summary>The article with every boilerplate block removed, blocks separated by one blank line; built on first use.</summary>
    public string CleanText => Volatile.Read(ref _cleanText) ?? Publish(ref _cleanText, ArticleClassifier.BuildCleanText(_blocks));

    /// <summary>
    /// The story: the headings and paragraphs in order, one blank line between blocks, without the
    /// headline, attribution, notes, boilerplate and unmatched blocks; built on first use.
    /// </summary>
    public string StoryText => Volatile.Read(ref _storyText) ?? Publish(ref _storyText, ArticleClassifier.BuildStoryText(_blocks));

    /// <summary>The first finding that keeps a typed result from being built, or <c>null</c>; known without building the others.</summary>
    public ArticleFinding? TypedResultError { get; }

    /// <summary>The blocks that rule number <paramref name="ruleIndex"/> matched, in order.</summary>
    public IReadOnlyList<ArticleBlock> BlocksOf(int ruleIndex)
    {
        var lists = Volatile.Read(ref _byRule);
        if (lists is null)
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

            lists = Publish(ref _byRule, byRule);
        }

        return lists[ruleIndex];
    }

    /// <summary>Stores <paramref name="value"/> unless another thread stored one first; returns the one stored.</summary>
    private static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
