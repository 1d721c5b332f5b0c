using System.Globalization;

namespace Copydesk;

/// <summary>What a finding reports.</summary>
public enum FindingKind
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
}

/// <summary>Something a parse found about an article, at the place it concerns.</summary>
public sealed class ArticleFinding
{
    internal ArticleFinding(FindingKind kind, string templateName, string? ruleName, SourceSpan span, string? excerpt, string message, bool preventsTypedResult)
    {
        Kind = kind;
        TemplateName = templateName;
        RuleName = ruleName;
        Span = span;
        Excerpt = excerpt;
        Message = message;
        PreventsTypedResult = preventsTypedResult;
    }

    /// <summary>What the finding reports.</summary>
    public FindingKind Kind { get; }

    /// <summary>The template the article was parsed with.</summary>
    public string TemplateName { get; }

    /// <summary>The rule concerned, if one is.</summary>
    public string? RuleName { get; }

    /// <summary>Where in the article; for a missing section, the last block (where it was expected by).</summary>
    public SourceSpan Span { get; }

    /// <summary>The start of the text concerned, shortened to one line.</summary>
    public string? Excerpt { get; }

    /// <summary>A one-line description.</summary>
    public string Message { get; }

    /// <summary>True when the finding keeps a generated parser from building its typed result (<c>Parse</c> throws).</summary>
    public bool PreventsTypedResult { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "({0},{1}) {2}: {3}", Span.Line, Span.Column, Kind, Message);

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> characters for a message.</summary>
    public static string Shorten(string text, int maxLength = 60) =>
        text.Length <= maxLength ? text : text.Substring(0, maxLength - 1).TrimEnd() + "\u2026";
}
