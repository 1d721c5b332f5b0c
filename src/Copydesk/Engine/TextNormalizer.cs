using System;
using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// The tolerant text forms the engine compares: real articles vary in spacing and quote style, so
/// whitespace runs (no-break spaces and line breaks included) count as one space, and curly and
/// straight quotes and apostrophes are equal.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>True for the characters that separate words: Unicode white space plus zero-width space and BOM.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c == ' ' || (c < 128 ? c >= '\t' && c <= '\r' : IsSpaceOutsideAscii(c));

    // Apart, so the ASCII test above is small enough to inline into every scanning loop.
    private static bool IsSpaceOutsideAscii(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

#if NET8_0_OR_GREATER
    // SearchValues, not IndexOfAny{Except}InRange: on .NET 10 the range searches over chars measured
    // three times slower here and allocate 96 bytes a call, which a parse makes for every block.
    private static readonly System.Buffers.SearchValues<char> Ascii = System.Buffers.SearchValues.Create(AsciiCharacters());

    private static readonly System.Buffers.SearchValues<char> AsciiControlSpaces = System.Buffers.SearchValues.Create("\t\n\v\f\r");

    // Every character outside ASCII that IsSpace accepts (char.IsWhiteSpace's, zero-width space, BOM); a test holds it to IsSpace.
    private static readonly System.Buffers.SearchValues<char> NonAsciiSpaces = System.Buffers.SearchValues.Create(NonAsciiSpaceCharacters);

    internal const string NonAsciiSpaceCharacters =
        "\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private static char[] AsciiCharacters()
    {
        var characters = new char[128];
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = (char)i;
        }

        return characters;
    }

    /// <summary>The index of the first character outside ASCII, or -1.</summary>
    internal static int IndexOfNonAscii(ReadOnlySpan<char> span) => span.IndexOfAnyExcept(Ascii);

    /// <summary>The index of the first of <c>\t \n \v \f \r</c>, or -1.</summary>
    internal static int IndexOfControlSpace(ReadOnlySpan<char> span) => span.IndexOfAny(AsciiControlSpaces);

    /// <summary>
    /// The index of the first space character outside ASCII (<see cref="IsSpace"/>), or -1. Vectorized
    /// set searches: curly quotes and accented letters do not slow it down.
    /// </summary>
    internal static int IndexOfNonAsciiSpace(ReadOnlySpan<char> span)
    {
        // Text with a few curly quotes or accents: hop from one non-ASCII character to the next (the
        // ASCII between them is skipped vectorized). Past a few, the set search reads the rest.
        var offset = 0;
        for (var hops = 0; hops < NonAsciiHops; hops++)
        {
            var next = IndexOfNonAscii(span.Slice(offset));
            if (next < 0)
            {
                return -1;
            }

            offset += next;
            if (IsSpaceOutsideAscii(span[offset]))
            {
                return offset;
            }

            offset++;
        }

        var found = span.Slice(offset).IndexOfAny(NonAsciiSpaces);
        return found < 0 ? -1 : offset + found;
    }

    // How many non-ASCII characters are looked at one by one before the set search takes over.
    private const int NonAsciiHops = 8;

    private static int Earliest(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

#endif
    /// <summary>Collapses every run of spaces to one <c>' '</c> and trims both ends.</summary>
    public static string CollapseSpaces(string text) => CollapseSpaces(text, 0, text.Length);

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
        var shape = Classify(text, start, end);
        if (shape == SpaceShape.Clean)
        {
            return text.Substring(start, end - start);
        }

#if NET8_0_OR_GREATER
        // A short block (a headline, a credit line): one walk into a buffer on the stack, then the string.
        if (end - start <= ShortBlock)
        {
            return CollapseIrregular(text, start, end);
        }

        // Two passes over the block (count, then fill) and a single allocation: the string itself.
        var asciiOnly = shape == SpaceShape.AsciiOnly;
        var source = text.AsSpan(start, end - start);
        var length = Collapse(source, Span<char>.Empty, asciiOnly, countOnly: true);
        return string.Create(length, (text, start, end, asciiOnly), static (destination, state) =>
            Collapse(state.text.AsSpan(state.start, state.end - state.start), destination, state.asciiOnly, countOnly: false));
#else
        var buffer = new char[end - start];
        var length = CollapseAllSpaces(text, start, end, buffer);
        return new string(buffer, 0, length);
#endif
    }

    /// <summary>
    /// <see cref="CollapseSpaces(string, int, int)"/> for a trimmed <c>text[start..end)</c> already known
    /// to need collapsing (not one line of single ASCII spaces): a short one is not looked at again first.
    /// </summary>
    public static string CollapseIrregular(string text, int start, int end)
    {
#if NET8_0_OR_GREATER
        if (end - start <= ShortBlock)
        {
            Span<char> buffer = stackalloc char[ShortBlock];
            return new string(buffer.Slice(0, CollapseShort(text.AsSpan(start, end - start), buffer)));
        }
#endif

        return CollapseSpaces(text, start, end);
    }

    /// <summary>The length <see cref="CollapseSpaces(string, int, int)"/> would return for trimmed <c>text[start..end)</c>, without making the string.</summary>
    public static int CollapsedLength(string text, int start, int end)
    {
        var shape = Classify(text, start, end);
        if (shape == SpaceShape.Clean)
        {
            return end - start;
        }

#if NET8_0_OR_GREATER
        return Collapse(text.AsSpan(start, end - start), Span<char>.Empty, shape == SpaceShape.AsciiOnly, countOnly: true);
#else
        return CollapseAllSpaces(text, start, end, buffer: null);
#endif
    }

    /// <summary>True when <c>text[start..end)</c> (trimmed) is already collapsed: one line, single ASCII spaces.</summary>
    public static bool IsRegular(string text, int start, int end) => Classify(text, start, end) == SpaceShape.Clean;

    private enum SpaceShape
    {
        Clean,
        AsciiOnly,
        General,
    }

#if NET8_0_OR_GREATER
    // Blocks up to this long are collapsed in one walk on the stack; longer ones copy the stretches
    // between irregular spaces in bulk (Collapse).
    private const int ShortBlock = 256;

    /// <summary>Writes trimmed <paramref name="source"/> with every run of spaces as one <c>' '</c> into <paramref name="destination"/>, character by character; returns the length.</summary>
    private static int CollapseShort(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = c;
        }

        return length;
    }

    /// <summary>
    /// Writes <paramref name="source"/> (trimmed) with every run of spaces as one <c>' '</c> into
    /// <paramref name="destination"/>, or only counts when <paramref name="countOnly"/>; returns the length.
    /// Text between irregular runs (line breaks, double spaces, other space characters) is copied in
    /// bulk: a paragraph with one line break costs two copies, not one per word.
    /// </summary>
    private static int Collapse(ReadOnlySpan<char> source, Span<char> destination, bool asciiOnly, bool countOnly)
    {
        var finder = new IrregularSpaceFinder(source, asciiOnly);
        var length = 0;
        var i = 0;
        while (true)
        {
            var run = finder.Next(i);
            var chunk = (run < 0 ? source.Length : run) - i;
            if (!countOnly)
            {
                source.Slice(i, chunk).CopyTo(destination.Slice(length));
            }

            length += chunk;
            if (run < 0)
            {
                return length;
            }

            // A single plain space before the run belongs to it; the block is trimmed, so text follows.
            if (length > 0 && source[run - 1] == ' ' && run - 1 >= i)
            {
                length--;
            }

            if (!countOnly)
            {
                destination[length] = ' ';
            }

            length++;
            i = run;
            while (i < source.Length && IsSpace(source[i]))
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Finds, left to right, the places where spaces need collapsing: an ASCII control space, two
    /// spaces in a row, or (unless the block is known to be ASCII-spaced) any other space character.
    /// Each kind's next position is remembered, so the whole block is scanned once per kind.
    /// </summary>
    private ref struct IrregularSpaceFinder
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly bool _asciiOnly;
        private int _control;
        private int _double;
        private int _other;

        public IrregularSpaceFinder(ReadOnlySpan<char> text, bool asciiOnly)
        {
            _text = text;
            _asciiOnly = asciiOnly;
            _control = _double = _other = -2;
        }

        public int Next(int from)
        {
            _control = Refresh(_control, from, static (span) => IndexOfControlSpace(span));
            _double = Refresh(_double, from, static (span) => span.IndexOf("  ", StringComparison.Ordinal));
            if (!_asciiOnly)
            {
                _other = Refresh(_other, from, static (span) => IndexOfNonAsciiSpace(span));
            }

            return Earliest(Earliest(_control, _double), _asciiOnly ? -1 : _other);
        }

        private int Refresh(int cached, int from, SpanSearch search)
        {
            if (cached == -1 || cached >= from)
            {
                return cached;
            }

            var found = search(_text.Slice(from));
            return found < 0 ? -1 : from + found;
        }
    }

    private delegate int SpanSearch(ReadOnlySpan<char> span);

#else
    /// <summary>Writes trimmed <c>text[start..end)</c> with every run of spaces as one into <paramref name="buffer"/>, or only counts when it is null; returns the length.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Options)]
    private static int CollapseAllSpaces(string text, int start, int end, char[]? buffer)
    {
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
                if (buffer is not null)
                {
                    buffer[length] = ' ';
                }

                length++;
                pendingSpace = false;
            }

            if (buffer is not null)
            {
                buffer[length] = c;
            }

            length++;
        }

        return length;
    }
#endif

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Options)]
    private static SpaceShape Classify(string text, int start, int end)
    {
#if NET8_0_OR_GREATER
        // Vectorized: one pass for every space character but ' ', one for double spaces.
        var span = text.AsSpan(start, end - start);
        if (IndexOfNonAsciiSpace(span) >= 0)
        {
            return SpaceShape.General;
        }

        return IndexOfControlSpace(span) >= 0 || span.IndexOf("  ", StringComparison.Ordinal) >= 0
            ? SpaceShape.AsciiOnly
            : SpaceShape.Clean;
#else
        // One pass, compiled optimized in the analyzers (HotPath): string.IndexOfAny over the ~25 space
        // characters builds its lookup for every block and was a third of an article's analysis.
        var previousBlank = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (previousBlank)
                {
                    return SpaceShape.General;
                }

                previousBlank = true;
                continue;
            }

            previousBlank = false;
            if ((c <= '\r' || c >= '\u0085') && IsSpace(c))
            {
                return SpaceShape.General;
            }
        }

        return SpaceShape.Clean;
#endif
    }

    /// <summary>The characters <paramref name="predicate"/> holds for, in order.</summary>
    internal static char[] CharactersWhere(Func<char, bool> predicate)
    {
        var found = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (predicate((char)c))
            {
                found.Add((char)c);
            }
        }

        return found.ToArray();
    }

#if NET8_0_OR_GREATER
    /// <summary>The index of the next non-ASCII character after <paramref name="at"/>, or -1.</summary>
    internal static int NextNonAscii(ReadOnlySpan<char> span, int at)
    {
        var next = IndexOfNonAscii(span.Slice(at + 1));
        return next < 0 ? -1 : at + 1 + next;
    }
#endif

    /// <summary>True when <c>text[start..)</c> begins with <paramref name="folded"/>, comparing quotes folded.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Options)]
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
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Options)]
    public static bool FoldedContains(string text, string folded, bool ignoreCase)
    {
        if (folded.Length == 0)
        {
            return true;
        }

        var last = text.Length - folded.Length;
        if (folded[0] < 128)
        {
            // Jump between the characters that can stand for the first one (vectorized), instead of comparing each.
            var candidates = StandInsFor(folded[0], ignoreCase);
            for (var i = last < 0 ? -1 : text.IndexOfAny(candidates, 0, last + 1); i >= 0; i = i == last ? -1 : text.IndexOfAny(candidates, i + 1, last - i))
            {
                if (FoldedStartsWith(text, i, folded, ignoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 0; i <= last; i++)
        {
            if (FoldedCharEquals(text[i], folded[0], ignoreCase) && FoldedStartsWith(text, i, folded, ignoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Per ASCII character and case mode: every character a folded comparison takes for it (its other case, ı for i, ſ for s, curly quotes for straight ones).
    private static readonly char[]?[] StandIns = new char[]?[256];

    private static char[] StandInsFor(char folded, bool ignoreCase)
    {
        var slot = (ignoreCase ? 128 : 0) + folded;
        var standIns = System.Threading.Volatile.Read(ref StandIns[slot]);
        if (standIns is not null)
        {
            return standIns;
        }

        standIns = CharactersWhere(c => FoldedCharEquals(c, folded, ignoreCase));
        System.Threading.Volatile.Write(ref StandIns[slot], standIns);
        return standIns;
    }

    /// <summary>
    /// Every character that compares equal to <paramref name="folded"/> (a character of a literal as
    /// <see cref="NormalizeLiteral"/> left it) the way the literal conditions compare a block's text.
    /// </summary>
    internal static IEnumerable<char> CharactersEqualTo(char folded, bool ignoreCase)
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (FoldedCharEquals((char)c, folded, ignoreCase))
            {
                yield return (char)c;
            }
        }
    }

    private static bool FoldedCharEquals(char c, char folded, bool ignoreCase)
    {
        if (c == folded)
        {
            return true;
        }

        c = FoldQuote(c);
        return c == folded || ignoreCase && UpperInvariant(c) == UpperInvariant(folded);
    }

    // char.ToUpperInvariant and ToLowerInvariant ask ICU for every non-ASCII character (about 25 ns);
    // pages of 256 characters, built on first use, keep their answers.
    private static readonly char[]?[] UpperPages = new char[]?[256];
    private static readonly char[]?[] LowerPages = new char[]?[256];

    /// <summary><see cref="char.ToUpperInvariant"/>, answered from a table built a page at a time.</summary>
    internal static char UpperInvariant(char c) =>
        c < 128 ? (uint)(c - 'a') <= 'z' - 'a' ? (char)(c & ~0x20) : c : CasePage(UpperPages, c, upper: true)[c & 0xFF];

    /// <summary><see cref="char.ToLowerInvariant"/>, answered from a table built a page at a time.</summary>
    internal static char LowerInvariant(char c) =>
        c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : CasePage(LowerPages, c, upper: false)[c & 0xFF];

    private static char[] CasePage(char[]?[] pages, char c, bool upper)
    {
        var index = c >> 8;
        var page = System.Threading.Volatile.Read(ref pages[index]);
        if (page is not null)
        {
            return page;
        }

        page = new char[256];
        for (var i = 0; i < page.Length; i++)
        {
            var member = (char)((index << 8) | i);
            page[i] = upper ? char.ToUpperInvariant(member) : char.ToLowerInvariant(member);
        }

        // Every thread builds the same page, so a lost race costs only the work.
        System.Threading.Volatile.Write(ref pages[index], page);
        return page;
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

    /// <summary>
    /// True when a literal with its quotes folded (<see cref="FoldQuotes"/>) holds no quotation mark: quotes
    /// fold only to <c>'</c> and <c>"</c>, so comparing it ordinally answers as comparing with quotes folded.
    /// </summary>
    public static bool ComparesOrdinally(string folded) => folded.IndexOf('\'') < 0 && folded.IndexOf('"') < 0;

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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' : IsLetterOrDigit(c);

    // Apart, so the ASCII test above inlines into the word loops.
    private static bool IsLetterOrDigit(char c) => char.IsLetterOrDigit(c);
}
