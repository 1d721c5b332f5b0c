using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

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

#if NET8_0_OR_GREATER
    // Every character IsSpace accepts except the plain space.
    private static readonly SearchValues<char> IrregularSpaces = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF");
#endif

    /// <summary>Collapses spaces in <c>text[start..end)</c>; returns a plain substring when nothing changes.</summary>
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
        if (!NeedsCollapsing(text, start, end))
        {
            return text.Substring(start, end - start);
        }

        // One buffer and one string: the collapsed text is never longer than the original.
        var buffer = new char[end - start];
        var length = 0;
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
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer, 0, length);
    }

    private static bool NeedsCollapsing(string text, int start, int end)
    {
#if NET8_0_OR_GREATER
        var span = text.AsSpan(start, end - start);
        return span.IndexOfAny(IrregularSpaces) >= 0 || span.IndexOf("  ", StringComparison.Ordinal) >= 0;
#else
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != ' ' && IsSpace(c) || c == ' ' && text[i + 1] == ' ')
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>True when <c>text[start..)</c> begins with <paramref name="folded"/>, comparing quotes folded.</summary>
    public static bool FoldedStartsWith(string text, int start, string folded, bool ignoreCase)
    {
        if (text.Length - start < folded.Length)
        {
            return false;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            if (!FoldedCharEquals(text[start + i], folded[i], ignoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> equals <paramref name="folded"/>, comparing quotes folded.</summary>
    public static bool FoldedEquals(string text, string folded, bool ignoreCase) =>
        text.Length == folded.Length && FoldedStartsWith(text, 0, folded, ignoreCase);

    /// <summary>True when <paramref name="text"/> ends with <paramref name="folded"/>, comparing quotes folded.</summary>
    public static bool FoldedEndsWith(string text, string folded, bool ignoreCase) =>
        text.Length >= folded.Length && FoldedStartsWith(text, text.Length - folded.Length, folded, ignoreCase);

    /// <summary>True when <paramref name="text"/> contains <paramref name="folded"/>, comparing quotes folded.</summary>
    public static bool FoldedContains(string text, string folded, bool ignoreCase)
    {
        if (folded.Length == 0)
        {
            return true;
        }

        var last = text.Length - folded.Length;
        for (var i = 0; i <= last; i++)
        {
            if (FoldedCharEquals(text[i], folded[0], ignoreCase) && FoldedStartsWith(text, i, folded, ignoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FoldedCharEquals(char c, char folded, bool ignoreCase)
    {
        if (c == folded)
        {
            return true;
        }

        c = FoldQuote(c);
        return c == folded || ignoreCase && char.ToUpperInvariant(c) == char.ToUpperInvariant(folded);
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
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' : char.IsLetterOrDigit(c);
}
