#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>What a condition sees of a block while the article is classified.</summary>
internal readonly struct BlockView
{
    private readonly ArticleBlockDraft _draft;

    public BlockView(ArticleBlockDraft draft, int count, int textBlocksBefore, bool afterAttribution, PatternBudget budget, ArticleEvaluation evaluation)
    {
        _draft = draft;
        Evaluation = evaluation;
        Budget = budget;
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
    public PatternBudget Budget { get; }

    public ArticleBlockDraft Draft => _draft;

    /// <summary>What is known about the whole article: its story, the sections' first blocks, runs.</summary>
    public ArticleEvaluation Evaluation { get; }
}

/// <summary>A block before a rule has claimed it; folds quotes only when a literal condition asks.</summary>
/// <remarks>One draft serves every block of a parse in turn (<see cref="Reset"/>), so classifying allocates no draft per block.</remarks>
internal sealed class ArticleBlockDraft
{
    private readonly string _source;
    private int _lineCount = -1;
    private int _longestLine;

    public ArticleBlockDraft(string source, BlockTexts texts)
    {
        _source = source;
        Texts = texts;
    }

    public int Index { get; private set; }

    public BlockBounds Bounds { get; private set; }

    /// <summary>Every block's comparison text, made on first use.</summary>
    public BlockTexts Texts { get; }

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
