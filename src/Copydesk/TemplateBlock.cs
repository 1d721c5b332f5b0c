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
    /// <summary>Wraps a classified block.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected TemplateBlock(ArticleBlock block)
    {
        Block = block;
    }

    /// <summary>The classified block.</summary>
    public ArticleBlock Block { get; }

    /// <summary>The block's text, whitespace collapsed.</summary>
    public string Text => Block.Text;

    /// <summary>Where the block is in the input.</summary>
    public SourceSpan Span => Block.Span;

    /// <summary>One-based line.</summary>
    public int Line => Block.Span.Line;

    /// <summary>One-based column.</summary>
    public int Column => Block.Span.Column;

    /// <summary>Zero-based offset.</summary>
    public int Offset => Block.Span.Offset;

    /// <summary>Length in characters.</summary>
    public int Length => Block.Span.Length;

    /// <summary>The name of the rule that matched.</summary>
    public string RuleName => Block.Rule!.Name;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
