using System.Text;

namespace Copydesk;

/// <summary>
/// The tolerant text forms the engine compares: real articles vary in spacing and quote style, so
/// whitespace runs (no-break spaces and line breaks included) count as one space, and curly and
/// straight quotes and apostrophes are equal.
/// </summary>
public static class TextNormalizer
{
    /// <summary>True for the characters that separate words: Unicode white space plus zero-width space and BOM.</summary>
    public static bool IsSpace(char c) => c == ' ' || char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Collapses every run of spaces to one <c>' '</c> and trims both ends.</summary>
    public static string CollapseSpaces(string text) => CollapseSpaces(text, 0, text.Length);

    /// <summary>Collapses spaces in <c>text[start..end)</c>; returns a substring without copying twice when nothing changes.</summary>
    public static string CollapseSpaces(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        // Most blocks are one line with single ASCII spaces: keep them as one substring.
        var clean = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != ' ' && IsSpace(c) || c == ' ' && text[i + 1] == ' ')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Maps a quotation mark or apostrophe to its straight form; other characters are returned as they are.</summary>
    public static char FoldQuote(char c)
    {
        switch (c)
        {
            case '\u2018': // ‘
            case '\u2019': // ’
            case '\u201A': // ‚
            case '\u201B': // ‛
            case '\u2032': // ′
                return '\'';
            case '\u201C': // “
            case '\u201D': // ”
            case '\u201E': // „
            case '\u201F': // ‟
            case '\u2033': // ″
            case '\u00AB': // «
            case '\u00BB': // »
                return '"';
            default:
                return c;
        }
    }

    /// <summary>Folds every quote in <paramref name="text"/>; the result has the same length, so indices carry over.</summary>
    public static string FoldQuotes(string text)
    {
        var index = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (FoldQuote(text[i]) != text[i])
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = index; i < chars.Length; i++)
        {
            chars[i] = FoldQuote(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The form a template literal is compared in: spaces collapsed and quotes folded.</summary>
    public static string NormalizeLiteral(string literal) => FoldQuotes(CollapseSpaces(literal));

    /// <summary>True when <paramref name="c"/> is a letter or digit, i.e. part of a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
