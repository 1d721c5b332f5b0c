using System.Globalization;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>What a finding reports.</summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
enum FindingKind
{
    /// <summary>The template has attribution rules and no block matches any of them.</summary>
    MissingAttribution,

    /// <summary>A block matched a boilerplate rule: it is still in the article.</summary>
    BoilerplateFound,

    /// <summary>A required section (cardinality one or one-or-more) has no block.</summary>
    MissingRequiredSection,

    /// <summary>A section that may occur once occurs again.</summary>
    RepeatedSection,

    /// <summary>No rule accepts the block and the template has no default rule.</summary>
    UnmatchedBlock,

    /// <summary>A paragraph quotes someone without saying who.</summary>
    UnattributedQuotation,

    /// <summary>A rule's pattern ran out of time on a block, so the rule was taken as not matching it.</summary>
    PatternTimeout,

    /// <summary>Patterns that need backtracking spent the article's time budget; from this block on they were skipped.</summary>
    PatternBudgetSpent,
}

/// <summary>Something a parse found about an article, at the place it concerns.</summary>
/// <remarks>The excerpt and message are built on first use: most callers of a parser never read them.</remarks>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ArticleFinding
{
    private readonly string? _detail;
    private readonly int _blockIndex;
    private string? _blockText;

    // The article whose block the text is read from on first use; let go once read.
    private ParsedArticle? _article;
    private readonly int _relatedLine;
    private string? _excerpt;
    private string? _message;

    internal ArticleFinding(FindingKind kind, string templateName, string? ruleName, SourceSpan span, string? blockText, bool preventsTypedResult, int relatedLine = 0, string? detail = null, int blockCount = 1)
    {
        BlockCount = blockCount;
        Kind = kind;
        TemplateName = templateName;
        RuleName = ruleName;
        Span = span;
        PreventsTypedResult = preventsTypedResult;
        _blockText = blockText;
        _relatedLine = relatedLine;
        _detail = detail;
    }

    /// <summary>A finding about block <paramref name="blockIndex"/> of <paramref name="article"/>, whose text is read when the excerpt or message is.</summary>
    internal ArticleFinding(FindingKind kind, string templateName, string? ruleName, SourceSpan span, ParsedArticle article, int blockIndex, bool preventsTypedResult, int relatedLine = 0, int blockCount = 1)
        : this(kind, templateName, ruleName, span, (string?)null, preventsTypedResult, relatedLine, detail: null, blockCount)
    {
        _article = article;
        _blockIndex = blockIndex;
    }

    /// <summary>What the finding reports.</summary>
    public FindingKind Kind { get; }

    /// <summary>The template the article was parsed with.</summary>
    public string TemplateName { get; }

    /// <summary>The rule concerned, if one is.</summary>
    public string? RuleName { get; }

    /// <summary>Where in the article; for a missing section, the last block (where it was expected by); for a run of boilerplate blocks, from the first block's start to the last block's end.</summary>
    public SourceSpan Span { get; }

    /// <summary>How many consecutive blocks the finding covers: more than one for a run of boilerplate blocks (a menu, a footer), which is reported once.</summary>
    public int BlockCount { get; }

    /// <summary>The start of the text concerned, shortened to one line.</summary>
    public string? Excerpt => BlockText is { } text ? _excerpt ??= Shorten(text) : null;

    /// <summary>A one-line description naming the rule, the template and the text concerned.</summary>
    public string Message => _message ??= BuildMessage();

    /// <summary>True when the finding keeps a generated parser from building its typed result (<c>Parse</c> throws).</summary>
    public bool PreventsTypedResult { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "({0},{1}) {2}: {3}", Span.Line, Span.Column, Kind, Message);

    private string? BlockText
    {
        get
        {
            if (System.Threading.Volatile.Read(ref _blockText) is { } text)
            {
                return text;
            }

            // The text is published before the article is let go, so a reader that finds neither has none.
            if (System.Threading.Volatile.Read(ref _article) is { } article)
            {
                text = article.TextAt(_blockIndex);
                System.Threading.Volatile.Write(ref _blockText, text);
                System.Threading.Volatile.Write(ref _article, null);
                return text;
            }

            return System.Threading.Volatile.Read(ref _blockText);
        }
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> characters for a message.</summary>
    internal static string Shorten(string text, int maxLength = 60) =>
        text.Length <= maxLength ? text : text.Substring(0, maxLength - 1).TrimEnd() + "\u2026";

    private string BuildMessage()
    {
        switch (Kind)
        {
            case FindingKind.UnmatchedBlock:
                return $"No rule of template '{TemplateName}' accepts the block (\"{Excerpt}\")";
            case FindingKind.RepeatedSection:
                return $"Section '{RuleName}' of template '{TemplateName}' may occur once but occurs again (\"{Excerpt}\"), first at line {_relatedLine.ToString(CultureInfo.InvariantCulture)}";
            case FindingKind.BoilerplateFound when BlockCount > 1:
                return $"{BlockCount.ToString(CultureInfo.InvariantCulture)} consecutive boilerplate blocks, from '{RuleName}' of template '{TemplateName}' (\"{Excerpt}\"), are still in the article";
            case FindingKind.BoilerplateFound:
                return $"Boilerplate block '{RuleName}' of template '{TemplateName}' (\"{Excerpt}\") is still in the article";
            case FindingKind.UnattributedQuotation:
                return $"Paragraph '{RuleName}' of template '{TemplateName}' quotes without attributing the quotation to a speaker (\"{Excerpt}\")";
            case FindingKind.MissingRequiredSection:
                return $"Required section '{RuleName}' of template '{TemplateName}' is missing";
            case FindingKind.MissingAttribution:
                return $"The article has no attribution: no block matches {_detail} of template '{TemplateName}'";
            case FindingKind.PatternBudgetSpent:
                return $"Patterns of template '{TemplateName}' that need backtracking spent the article's time budget; from this block (\"{Excerpt}\") on they were skipped, starting with rule '{RuleName}'";
            default:
                return $"The pattern of rule '{RuleName}' of template '{TemplateName}' ran out of time on the block (\"{Excerpt}\") and was taken as not matching";
        }
    }
}
