using System;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// One block of an article (a run of non-blank lines) with the rule that claimed it: a view of what
/// the parse recorded, made when <see cref="ParsedArticle.Blocks"/> is first read.
/// </summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ArticleBlock
{
    private readonly ParsedArticle _article;

    internal ArticleBlock(ParsedArticle article, int index)
    {
        _article = article;
        Index = index;
    }

    /// <summary>Zero-based position of the block among all blocks of the article.</summary>
    public int Index { get; }

    /// <summary>Where the block is in the parsed string, from its first to its last non-space character.</summary>
    public SourceSpan Span => _article.SpanAt(Index);

    /// <summary>The block's text with its lines joined and whitespace runs collapsed to one space; made on first read.</summary>
    public string Text => _article.TextAt(Index);

    /// <summary>The block exactly as it appears in the parsed string.</summary>
    public string RawText => _article.RawTextAt(Index);

    /// <summary>The rule that matched the block, or <c>null</c> when no rule accepts it.</summary>
    public ArticleRule? Rule => _article.RuleAt(Index);

    /// <summary>Index of <see cref="Rule"/> in its template's rule list, or -1.</summary>
    public int RuleIndex => _article.RuleIndexAt(Index);

    /// <summary>The role of the matching rule, or <c>null</c> when the block is unmatched.</summary>
    public SectionRole? Role => Rule?.Role;

    /// <summary>The value of capture number <paramref name="index"/> of <see cref="Rule"/>, or <c>null</c> if it took no text.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public string? GetCapture(int index) => _article.CaptureAt(Index, index);

    /// <summary>The value of the named capture, or <c>null</c>.</summary>
    public string? GetCapture(string name)
    {
        if (Rule is null)
        {
            return null;
        }

        for (var i = 0; i < Rule.Captures.Count; i++)
        {
            if (string.Equals(Rule.Captures[i].Name, name, StringComparison.Ordinal))
            {
                return GetCapture(i);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Span + " " + (Rule?.Name ?? "(unmatched)") + ": " + Text;
}
