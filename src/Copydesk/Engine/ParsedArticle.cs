using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>What classification decided about one block: the rule that took it and its captures.</summary>
internal readonly struct BlockRecord
{
    public BlockRecord(int ruleIndex, string?[] captures)
    {
        RuleIndex = ruleIndex;
        Captures = captures;
    }

    public int RuleIndex { get; }

    public string?[] Captures { get; }
}

/// <summary>An article split into blocks and classified by a template, with what the parse found.</summary>
/// <remarks>
/// The blocks are kept as one array of records beside the parse's block texts (where each block is,
/// its text once made); <see cref="ArticleBlock"/> objects, block texts,
/// findings (with the quotation check), <see cref="CleanText"/>, <see cref="StoryText"/> and the
/// per-rule lists are made on first use, once, and are safe to read from several threads. What keeps
/// a typed result from being built is known at once.
/// </remarks>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ParsedArticle
{
    private readonly BlockRecord[] _records;
    private readonly BlockTexts _texts;
    private readonly int[] _counts;
    private readonly ArticleRule?[]? _timeouts;
    private readonly PatternBudget? _budget;
    private ArticleBlock[]? _blocks;
    private ArticleFinding[]? _findings;
    private string? _cleanText;
    private string? _storyText;
    private List<ArticleBlock>[]? _byRule;

    internal ParsedArticle(ArticleTemplate template, string text, BlockTexts texts, BlockRecord[] records, ArticleRule?[]? timeouts, PatternBudget? budget)
    {
        Template = template;
        Text = text;
        _texts = texts;
        _records = records;
        _timeouts = timeouts;
        _budget = budget;
        _counts = new int[template.RuleArray.Length];
        foreach (var record in records)
        {
            if (record.RuleIndex >= 0)
            {
                _counts[record.RuleIndex]++;
            }
        }

        TypedResultError = ArticleFindings.FirstPreventingTypedResult(this);
    }

    /// <summary>The template used.</summary>
    public ArticleTemplate Template { get; }

    /// <summary>The parsed text.</summary>
    public string Text { get; }

    /// <summary>Every block in order.</summary>
    public IReadOnlyList<ArticleBlock> Blocks => Volatile.Read(ref _blocks) ?? Publish(ref _blocks, MakeBlocks());

    /// <summary>What the parse found, in order of position.</summary>
    public IReadOnlyList<ArticleFinding> Findings =>
        Volatile.Read(ref _findings) ?? Publish(ref _findings, ArticleFindings.Collect(this, preventingOnly: false));

    /// <summary>
    /// The findings of the given kinds only (<see cref="ArticleFindings.KindBit"/>s), as <see cref="Findings"/>
    /// lists them: what the analyzers ask for when some diagnostics are switched off. Not kept.
    /// </summary>
    internal ArticleFinding[] FindingsOf(int kinds) => ArticleFindings.Collect(this, preventingOnly: false, kinds);

    /// <summary>True once <see cref="Findings"/> has been built (for tests of what a parse pays for).</summary>
    internal bool FindingsBuilt => Volatile.Read(ref _findings) is not null;

    /// <summary>True once <see cref="Blocks"/> has been made (for tests of what a parse pays for).</summary>
    internal bool BlocksMade => Volatile.Read(ref _blocks) is not null;

    /// <summary>The article with every boilerplate block removed, blocks separated by one blank line; built on first use.</summary>
    public string CleanText => Volatile.Read(ref _cleanText) ?? Publish(ref _cleanText, ArticleClassifier.BuildCleanText(this));

    /// <summary>
    /// The story: the headings and paragraphs in order, one blank line between blocks, without the
    /// headline, attribution, notes, boilerplate and unmatched blocks; built on first use.
    /// </summary>
    public string StoryText => Volatile.Read(ref _storyText) ?? Publish(ref _storyText, ArticleClassifier.BuildStoryText(this));

    /// <summary>The first finding that keeps a typed result from being built, or <c>null</c>; known without building the others.</summary>
    public ArticleFinding? TypedResultError { get; }

    /// <summary>How many blocks the article has.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int BlockCount => _records.Length;

    /// <summary>The index of the rule that took block <paramref name="index"/>, or -1.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int RuleIndexAt(int index) => _records[index].RuleIndex;

    /// <summary>How many blocks rule <paramref name="ruleIndex"/> took.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int CountOf(int ruleIndex) => _counts[ruleIndex];

    /// <summary>Capture number <paramref name="capture"/> of block <paramref name="index"/>'s rule, or <c>null</c> when it took no text.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? CaptureAt(int index, int capture)
    {
        var captures = _records[index].Captures;
        return capture >= 0 && capture < captures.Length ? captures[capture] : null;
    }

    /// <summary>The blocks that rule number <paramref name="ruleIndex"/> matched, in order.</summary>
    public IReadOnlyList<ArticleBlock> BlocksOf(int ruleIndex)
    {
        var lists = Volatile.Read(ref _byRule);
        if (lists is null)
        {
            var byRule = new List<ArticleBlock>[Template.Rules.Count];
            for (var i = 0; i < byRule.Length; i++)
            {
                byRule[i] = new List<ArticleBlock>(_counts[i]);
            }

            foreach (var block in Blocks)
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

    internal SourceSpan SpanAt(int index) => _texts.SpanOf(index);

    internal ArticleRule? RuleAt(int index) => _records[index].RuleIndex is var rule && rule >= 0 ? Template.RuleArray[rule] : null;

    /// <summary>Block <paramref name="index"/>'s text, white space collapsed; made on first read (or kept from classifying).</summary>
    internal string TextAt(int index) => _texts[index];

    /// <summary>Where block <paramref name="index"/>'s text (white space collapsed) can be read: the parsed string itself for a block with regular white space, else its made text.</summary>
    internal (string Text, int Start, int End) LocatedAt(int index)
    {
        var (text, start) = _texts.Located(index);
        return (text, start, start + _texts.LengthOf(index));
    }

    /// <summary>True once block <paramref name="index"/>'s comparison text has been made (for tests of what a parse pays for).</summary>
    internal bool HasTextAt(int index) => _texts.HasText(index);

    /// <summary>Block <paramref name="index"/> exactly as it appears in the parsed string.</summary>
    internal string RawTextAt(int index)
    {
        var span = SpanAt(index);
        return Text.Substring(span.Offset, span.Length);
    }

    internal ArticleRule? TimeoutAt(int index) => _timeouts?[index];

    internal PatternBudget? Budget => _budget;

    private ArticleBlock[] MakeBlocks()
    {
        var blocks = new ArticleBlock[_records.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = new ArticleBlock(this, i);
        }

        return blocks;
    }

    /// <summary>Stores <paramref name="value"/> unless another thread stored one first; returns the one stored (every lazy member of a parse and its typed blocks).</summary>
    internal static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
