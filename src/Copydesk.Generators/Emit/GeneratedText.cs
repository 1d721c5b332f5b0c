using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators.Emit;

/// <summary>
/// The one path from template text to generated code. Text a template wrote (literals, patterns,
/// rule lines, file names, formats) reaches C# only through these three functions, so no character
/// can end a comment or a string early: C# ends a line at CR, LF, U+0085, U+2028 and U+2029.
/// </summary>
internal static class GeneratedText
{
    /// <summary>A C# string literal; every control, line-separator and unpaired surrogate character is escaped.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Text for a <c>//</c> comment: one line, whatever the input holds.</summary>
    public static string Comment(string text) => Escape(text, xml: false);

    /// <summary>Text for an XML doc comment: one line of well-formed XML character data.</summary>
    public static string Xml(string text) => Escape(text, xml: true);

    private static string Escape(string text, bool xml)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = Replacement(text, i, xml);
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>What stands for the character at <paramref name="i"/>, or <c>null</c> to keep it.</summary>
    private static string? Replacement(string text, int i, bool xml)
    {
        var c = text[i];
        if (xml)
        {
            switch (c)
            {
                case '&':
                    return "&amp;";
                case '<':
                    return "&lt;";
                case '>':
                    return "&gt;";
            }
        }

        // Line ends and other control characters (not allowed in XML either) become a visible escape;
        // so do unpaired surrogates, which no UTF-8 file can hold.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        var unpaired = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
        if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || unpaired ||
            xml && (c == '\uFFFE' || c == '\uFFFF'))
        {
            return "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>
    /// The path as a <c>#line</c> directive spells it, or <c>null</c> when it cannot: the directive's
    /// string has no escapes, so a path with a quote or a line break gets no mapping.
    /// </summary>
    public static string? LinePath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var c in path!)
        {
            if (c is '"' or '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                return null;
            }
        }

        return path;
    }
}
