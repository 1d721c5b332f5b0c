#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>What a condition sees of a block while the article is classified.</summary>
internal readonly struct BlockView
{
    private readonly ArticleBlockDraft _draft;

    public BlockView(ArticleBlockDraft draft, int count, int textBlocksBefore, bool afterAttribution)
    {
        _draft = draft;
        Count = count;
        TextBlocksBefore = textBlocksBefore;
        AfterAttribution = afterAttribution;
    }

    public int Index => _draft.Index;

    public int Count { get; }

    /// <summary>Earlier blocks that a rule other than a boilerplate rule took.</summary>
    public int TextBlocksBefore { get; }

    public bool AfterAttribution { get; }

    /// <summary>The block's comparison text; made on first use (prefer the members below, which need no copy).</summary>
    public string Text => _draft.Text;

    public int Length => _draft.Texts.LengthOf(_draft.Index);

    public BlockTexts Texts => _draft.Texts;

    public int LineCount => _draft.LineCount;

    public int LongestLine => _draft.LongestLine;

    public void ReportTimeout(ArticleRule rule) => _draft.TimedOut ??= rule;

    /// <summary>The article's budget for backtracking patterns.</summary>
    public PatternBudget Budget => _draft.Budget;

    public ArticleBlockDraft Draft => _draft;

    /// <summary>What is known about the whole article: its story, the sections' first blocks, runs.</summary>
    public ArticleEvaluation Evaluation => _draft.Evaluation;
}

/// <summary>A block before a rule has claimed it; folds quotes only when a literal condition asks.</summary>
/// <remarks>One draft serves every block of a parse in turn (<see cref="Reset"/>), so classifying allocates no draft per block.</remarks>
internal sealed class ArticleBlockDraft
{
    private string _source;
    private int _lineCount = -1;
    private int _longestLine;
    private PatternBudget? _budget;

    // One spare draft a thread: a parse's working state (this, the evaluation tables, the probe, the
    // captures' scratch) is made once per thread and template, not once per parse.
    [System.ThreadStatic]
    private static ArticleBlockDraft? t_spare;

    private ArticleBlockDraft(ArticleTemplate template)
    {
        Template = template;
        _source = string.Empty;
        Texts = BlockTexts.Empty;
        Scratch = new string?[template.MaxCaptures];
        Evaluation = new ArticleEvaluation(template);
        Probe = template.Dispatch is null ? null : new BlockProbe(template, Scratch);
    }

    /// <summary>A draft for a parse of <paramref name="source"/> with <paramref name="template"/>: this thread's spare, or a new one; give it back with <see cref="End"/>.</summary>
    public static ArticleBlockDraft Begin(ArticleTemplate template, string source, BlockTexts texts)
    {
        var draft = t_spare is { } spare && spare.Template == template ? spare : new ArticleBlockDraft(template);
        t_spare = null;
        draft._source = source;
        draft.Texts = texts;
        draft.Evaluation.Begin(texts);
        return draft;
    }

    /// <summary>Ends the parse: returns the budget if a pattern used it, lets go of the article and keeps the draft as this thread's spare.</summary>
    public PatternBudget? End()
    {
        var budget = _budget;
        _budget = null;
        _source = string.Empty;
        Texts = BlockTexts.Empty;
        Evaluation.End();
        System.Array.Clear(Scratch, 0, Scratch.Length);
        TimedOut = null;
        t_spare = this;
        return budget;
    }

    public ArticleTemplate Template { get; }

    /// <summary>Where rules write captures while they are tried.</summary>
    public string?[] Scratch { get; }

    /// <summary>What the template's emitted dispatch asks, or <c>null</c> when it has none.</summary>
    public BlockProbe? Probe { get; }

    /// <summary>Anchors, runs and the story context of this parse.</summary>
    public ArticleEvaluation Evaluation { get; }

    /// <summary>The time backtracking patterns have spent on this article, made when one first runs.</summary>
    public PatternBudget Budget => _budget ??= new PatternBudget();

    public int Index { get; private set; }

    public BlockBounds Bounds { get; private set; }

    /// <summary>Every block's comparison text, made on first use.</summary>
    public BlockTexts Texts { get; private set; }

    public string Text => Texts[Index];

    public void Reset(int index, BlockBounds bounds)
    {
        Index = index;
        Bounds = bounds;
        TimedOut = null;
        _lineCount = -1;
    }

    /// <summary>The first rule whose pattern ran out of time on this block, if any.</summary>
    public ArticleRule? TimedOut { get; set; }

    public int LineCount
    {
        get
        {
            MeasureLines();
            return _lineCount;
        }
    }

    /// <summary>Length of the longest line, spaces collapsed.</summary>
    public int LongestLine
    {
        get
        {
            MeasureLines();
            return _longestLine;
        }
    }

    private void MeasureLines()
    {
        if (_lineCount >= 0)
        {
            return;
        }

        // Most blocks are one line: then it is the whole block, whose collapsed length the texts know.
        if (_source.IndexOfAny(BlockSplitter.LineBreaks, Bounds.Start, Bounds.End - Bounds.Start) < 0)
        {
            _lineCount = 1;
            _longestLine = Texts.LengthOf(Index);
            return;
        }

        var lines = 0;
        var longest = 0;
        var start = Bounds.Start;
        for (var i = Bounds.Start; i <= Bounds.End; i++)
        {
            if (i == Bounds.End || _source[i] == '\n' || _source[i] == '\r')
            {
                if (i > start)
                {
                    // The line's collapsed length, counted without making it (trimmed first, as collapsing trims).
                    var from = start;
                    var to = i;
                    while (from < to && TextNormalizer.IsSpace(_source[from]))
                    {
                        from++;
                    }

                    while (to > from && TextNormalizer.IsSpace(_source[to - 1]))
                    {
                        to--;
                    }

                    lines++;
                    longest = System.Math.Max(longest, to > from ? TextNormalizer.CollapsedLength(_source, from, to) : 0);
                }

                start = i + 1;
            }
        }

        _lineCount = lines;
        _longestLine = longest;
    }
}
