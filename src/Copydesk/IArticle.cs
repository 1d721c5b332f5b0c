using System.Collections.Generic;

namespace Copydesk;

/// <summary>
/// Implemented by every generated parser's result, so tools can handle articles of any template the
/// same way. Each generated type also has a static <c>Template</c> (<see cref="ArticleTemplate"/>).
/// </summary>
public interface IArticle
{
    /// <summary>The engine's classification of every block.</summary>
    ParsedArticle Source { get; }

    /// <summary>What the parse found: boilerplate left in, missing attribution, unattributed quotations …</summary>
    IReadOnlyList<ArticleFinding> Findings { get; }

    /// <summary>All boilerplate blocks in order.</summary>
    IReadOnlyList<TemplateBlock> Boilerplate { get; }

    /// <summary>The article without boilerplate.</summary>
    string CleanText { get; }

    /// <summary>The story alone: headings and paragraphs in order, a blank line between blocks (no headline, attribution, notes, boilerplate or unmatched blocks).</summary>
    string StoryText { get; }
}
