using System;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Thrown by a generated <c>Parse</c> when an article cannot fill the template's typed result: a
/// required section is missing, or a section that may occur once occurs again. Carries the line and
/// column concerned and the section's name.
/// </summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ArticleFormatException : FormatException
{
    /// <summary>Creates the exception from the finding that prevents a typed result.</summary>
    public ArticleFormatException(ArticleFinding finding)
        : base($"{finding.Message} at line {finding.Span.Line}, column {finding.Span.Column}.")
    {
        Finding = finding;
    }

    /// <summary>The finding that prevented the typed result.</summary>
    public ArticleFinding Finding { get; }

    /// <summary>The section concerned.</summary>
    public string? SectionName => Finding.RuleName;

    /// <summary>One-based line.</summary>
    public int Line => Finding.Span.Line;

    /// <summary>One-based column.</summary>
    public int Column => Finding.Span.Column;

    /// <summary>Zero-based offset into the parsed text.</summary>
    public int Offset => Finding.Span.Offset;
}
