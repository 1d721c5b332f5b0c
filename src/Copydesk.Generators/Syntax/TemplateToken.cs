using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Syntax;

/// <summary>What a token of template text is.</summary>
internal enum TokenKind
{
    /// <summary>A word: a keyword or a name (letters, digits, underscores, dots inside qualified names).</summary>
    Word,

    /// <summary><c>@role</c>.</summary>
    Annotation,

    /// <summary>A double-quoted string; <see cref="TemplateToken.Value"/> holds it unescaped.</summary>
    String,

    /// <summary><c>/pattern/flags</c>; <see cref="TemplateToken.Value"/> holds the pattern, <see cref="TemplateToken.Flags"/> the flags.</summary>
    Pattern,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>One of <c>? * + , { } : ( )</c>.</summary>
    Symbol,

    /// <summary><c># …</c> to the end of the line.</summary>
    Comment,

    /// <summary>Text the lexer could not read (reported as a syntax error).</summary>
    Bad,
}

/// <summary>A token with its exact span in the template file.</summary>
internal sealed record TemplateToken(TokenKind Kind, TextSpan Span, string Text, string Value, string Flags = "")
{
    public bool IsWord(string word) => Kind == TokenKind.Word && Value == word;

    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    public override string ToString() => Text;
}
