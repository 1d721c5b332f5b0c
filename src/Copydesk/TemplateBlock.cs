#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Base of the block types a generated parser declares, one per template rule; they add the rule's
/// captures as typed properties.
/// </summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
abstract class TemplateBlock
{
    private readonly ParsedArticle _source;
    private readonly int _index;

    /// <summary>Wraps block <paramref name="index"/> of <paramref name="source"/>.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected TemplateBlock(ParsedArticle source, int index)
    {
        _source = source;
        _index = index;
    }

    /// <summary>The classified block.</summary>
    public ArticleBlock Block => _source.Blocks[_index];

    /// <summary>The block's text, whitespace collapsed; made on first read.</summary>
    public string Text => _source.TextAt(_index);

    /// <summary>Where the block is in the input.</summary>
    public SourceSpan Span => _source.SpanAt(_index);

    /// <summary>One-based line.</summary>
    public int Line => Span.Line;

    /// <summary>One-based column.</summary>
    public int Column => Span.Column;

    /// <summary>Zero-based offset.</summary>
    public int Offset => Span.Offset;

    /// <summary>Length in characters.</summary>
    public int Length => Span.Length;

    /// <summary>The name of the rule that matched.</summary>
    public string RuleName => _source.RuleAt(_index)!.Name;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
