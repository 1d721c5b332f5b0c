using System;
using System.Collections;
using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// The comparison text of every block of one parse (white space collapsed), each made on first use.
/// A block with regular white space (one line, single ASCII spaces) is its own comparison text, so
/// its length, ends and ordinal comparisons are answered from the parsed string without a copy: a
/// block no condition needs the words of, and no caller reads, costs no string. The parsed article
/// keeps it, so a text made while classifying is not made again when read.
/// </summary>
internal sealed class BlockTexts : IReadOnlyList<string>
{
    private readonly string _source;
    private readonly BlockBounds[] _bounds;
    private readonly string?[] _texts;

    // Per block: 0 not yet known, 1 regular (its text is the source range), 2 irregular.
    private readonly byte[] _shape;

    // Per irregular block whose text is not made: its collapsed length once counted (0 = not yet; blocks are never empty).
    private int[]? _lengths;

    /// <summary>No blocks: what a draft holds between parses.</summary>
    public static BlockTexts Empty { get; } = new(string.Empty, System.Array.Empty<BlockBounds>());

    public BlockTexts(string source, BlockBounds[] bounds)
    {
        _source = source;
        _bounds = bounds;
        _texts = new string?[bounds.Length];
        _shape = new byte[bounds.Length];
    }

    public int Count => _texts.Length;

    /// <summary>Block <paramref name="index"/>'s comparison text, made now if no one asked before.</summary>
    public string this[int index] => _texts[index] ??= MakeText(index);

    // The block's shape is looked at once and kept: a regular block is its source range, an irregular
    // one is collapsed without a second look at its spaces.
    private string MakeText(int index)
    {
        var bounds = _bounds[index];
        return IsRegular(index)
            ? _source.Substring(bounds.Start, bounds.End - bounds.Start)
            : TextNormalizer.CollapseIrregular(_source, bounds.Start, bounds.End);
    }

    /// <summary>True once block <paramref name="index"/>'s text has been made (for tests of what a parse pays for).</summary>
    public bool HasText(int index) => _texts[index] is not null;

    /// <summary>Where block <paramref name="index"/> is in the parsed string.</summary>
    public SourceSpan SpanOf(int index) => _bounds[index].Span;

    /// <summary>Length of block <paramref name="index"/> in the parsed string: its comparison text's length or more.</summary>
    public int SpanLength(int index) => _bounds[index].End - _bounds[index].Start;

    /// <summary>Length of the comparison text (counted, not made, for a block with irregular white space).</summary>
    public int LengthOf(int index)
    {
        if (IsRegular(index))
        {
            return _bounds[index].End - _bounds[index].Start;
        }

        if (_texts[index] is { } text)
        {
            return text.Length;
        }

        var lengths = _lengths ??= new int[_texts.Length];
        if (lengths[index] == 0)
        {
            lengths[index] = TextNormalizer.CollapsedLength(_source, _bounds[index].Start, _bounds[index].End);
        }

        return lengths[index];
    }

    /// <summary>The first character (blocks are trimmed, so the same before and after collapsing).</summary>
    public char FirstOf(int index) => _source[_bounds[index].Start];

    /// <summary>True when the text ends in sentence punctuation, looking through closing quotes and brackets (spaces stop the look either way).</summary>
    public bool EndsInPunctuation(int index) => BlockCondition.EndsInPunctuation(_source, _bounds[index].Start, _bounds[index].End);

    /// <summary>Ordinal: the text starts with <paramref name="prefix"/> (a literal as templates normalise them: single spaces, trimmed).</summary>
    public bool StartsWithOrdinal(int index, string prefix) => PrefixEnd(index, prefix) >= 0;

    /// <summary>
    /// <see cref="StartsWithOrdinal"/>, and when the prefix ends in a word character the text's word
    /// ends there too ("By" does not start "Byzantine").
    /// </summary>
    public bool StartsWithWord(int index, string prefix) => WordPrefixEnd(index, prefix) >= 0;

    /// <summary>
    /// For <c>starts with … then {Capture}</c>: the text after <paramref name="prefix"/> (white space
    /// collapsed, trimmed) when <see cref="StartsWithWord"/> holds, else null. Made from the block as it
    /// stands: one string, the capture, and no copy of the whole block.
    /// </summary>
    public string? RestAfterWord(int index, string prefix)
    {
        var end = WordPrefixEnd(index, prefix);
        return end < 0 ? null : TextNormalizer.CollapseSpaces(_source, end, _bounds[index].End);
    }

    /// <summary>Where the prefix ends in the parsed string when <see cref="StartsWithWord"/> holds, else -1.</summary>
    private int WordPrefixEnd(int index, string prefix)
    {
        var end = PrefixEnd(index, prefix);
        var endsInWord = end >= 0 && prefix.Length > 0 && TextNormalizer.IsWordChar(prefix[prefix.Length - 1]);
        return endsInWord && end < _bounds[index].End && TextNormalizer.IsWordChar(_source[end]) ? -1 : end;
    }

    /// <summary>
    /// Where the prefix ends in the parsed string, or -1 when the text does not start with it. The block
    /// is walked as it stands, each run of spaces standing for one of the prefix's spaces (a space
    /// character other than <c>' '</c> in the prefix matches nothing, as in the collapsed text), so no
    /// block is copied or classified to answer.
    /// </summary>
    private int PrefixEnd(int index, string prefix)
    {
        var bounds = _bounds[index];
        var at = bounds.Start;
        foreach (var c in prefix)
        {
            if (at >= bounds.End)
            {
                return -1;
            }

            if (c != ' ')
            {
                if (TextNormalizer.IsSpace(c) || _source[at++] != c)
                {
                    return -1;
                }

                continue;
            }

            if (!TextNormalizer.IsSpace(_source[at]))
            {
                return -1;
            }

            while (at < bounds.End && TextNormalizer.IsSpace(_source[at]))
            {
                at++;
            }
        }

        return at;
    }

    /// <summary>Ordinal: the text ends with <paramref name="suffix"/>, walked backwards as <see cref="PrefixEnd"/> walks forwards.</summary>
    public bool EndsWithOrdinal(int index, string suffix)
    {
        var bounds = _bounds[index];
#if NET8_0_OR_GREATER
        // Most blocks differ from the suffix in their last two characters: the walk's first two steps,
        // exact comparisons when the suffix has no space there. Past those, a block that as it stands
        // ends with a suffix whose spaces are single ' ' is answered by one comparison: the walk would
        // match each of those spaces to one space and the rest exactly.
        var length = bounds.End - bounds.Start;
        if (suffix.Length >= 2 && length >= 2 &&
            ((suffix[suffix.Length - 1] is var last && last != ' ' && _source[bounds.End - 1] != last) ||
             (suffix[suffix.Length - 2] is var before && before != ' ' && _source[bounds.End - 2] != before)))
        {
            return false;
        }

        if (_source.AsSpan(bounds.Start, length).EndsWith(suffix.AsSpan()) && TextNormalizer.IsRegular(suffix, 0, suffix.Length))
        {
            return true;
        }
#endif

        var at = bounds.End - 1;
        for (var i = suffix.Length - 1; i >= 0; i--)
        {
            if (at < bounds.Start)
            {
                return false;
            }

            var c = suffix[i];
            if (c != ' ')
            {
                if (TextNormalizer.IsSpace(c) || _source[at--] != c)
                {
                    return false;
                }

                continue;
            }

            if (!TextNormalizer.IsSpace(_source[at]))
            {
                return false;
            }

            while (at >= bounds.Start && TextNormalizer.IsSpace(_source[at]))
            {
                at--;
            }
        }

        return true;
    }

    /// <summary>
    /// The text's length is at most <paramref name="max"/>: not counted at all when the block as it
    /// stands is short enough (collapsing only shortens), else counted only as far as needed.
    /// </summary>
    public bool LengthAtMost(int index, int max)
    {
        var bounds = _bounds[index];
        if (bounds.End - bounds.Start <= max)
        {
            return true;
        }

        if (_shape[index] != 0 || _texts[index] is not null || (_lengths is not null && _lengths[index] != 0))
        {
            return LengthOf(index) <= max;
        }

        // Each run of spaces is one character of the text (the block is trimmed); stop one past max.
        var length = 0;
        for (var at = bounds.Start; at < bounds.End; at++)
        {
            if (TextNormalizer.IsSpace(_source[at]))
            {
                while (at + 1 < bounds.End && TextNormalizer.IsSpace(_source[at + 1]))
                {
                    at++;
                }
            }

            if (++length > max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ordinal: the text is <paramref name="literal"/> (the walk of it reaches the block's end).</summary>
    public bool EqualsOrdinal(int index, string literal) => PrefixEnd(index, literal) == _bounds[index].End;

    /// <summary>Ordinal: the text contains <paramref name="literal"/>.</summary>
    public bool ContainsOrdinal(int index, string literal)
    {
        if (!IsRegular(index))
        {
            // Collapsing changes only spaces: a block whose own text lacks the literal's longest word lacks the literal.
            var (wordStart, wordLength) = LongestWord(literal);
            var block = _bounds[index];
            if (_texts[index] is null && wordLength > 0 && !RawContains(block, literal, wordStart, wordLength))
            {
                return false;
            }

            return this[index].IndexOf(literal, StringComparison.Ordinal) >= 0;
        }

        var bounds = _bounds[index];
        return _source.IndexOf(literal, bounds.Start, bounds.End - bounds.Start, StringComparison.Ordinal) >= 0;
    }

    /// <summary>False when the block has no web address in it (every one starts "http" or "www."), without making its text.</summary>
    public bool MayHoldLinks(int index) => ContainsOrdinal(index, "http") || ContainsOrdinal(index, "www.");

    /// <summary>True when the block holds one of <paramref name="characters"/>, none of them white space (collapsing changes only white space, so the block is searched as it stands).</summary>
    public bool ContainsAny(int index, string characters)
    {
        var bounds = _bounds[index];
#if NET8_0_OR_GREATER
        return _source.AsSpan(bounds.Start, bounds.End - bounds.Start).IndexOfAny(characters) >= 0;
#else
        foreach (var c in characters)
        {
            if (_source.IndexOf(c, bounds.Start, bounds.End - bounds.Start) >= 0)
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>The parsed string and where the block's text is in it, when the block is regular; else its own text.</summary>
    public (string Text, int Start) Located(int index) => IsRegular(index) ? (_source, _bounds[index].Start) : (this[index], 0);

    private bool RawContains(BlockBounds block, string literal, int start, int length) =>
#if NET8_0_OR_GREATER
        _source.AsSpan(block.Start, block.End - block.Start).IndexOf(literal.AsSpan(start, length), StringComparison.Ordinal) >= 0;
#else
        _source.IndexOf(literal.Substring(start, length), block.Start, block.End - block.Start, StringComparison.Ordinal) >= 0;
#endif

    private static (int Start, int Length) LongestWord(string literal)
    {
        int bestStart = 0, bestLength = 0;
        for (var i = 0; i < literal.Length;)
        {
            var end = literal.IndexOf(' ', i);
            end = end < 0 ? literal.Length : end;
            if (end - i > bestLength)
            {
                (bestStart, bestLength) = (i, end - i);
            }

            i = end + 1;
        }

        return (bestStart, bestLength);
    }

    private bool IsRegular(int index)
    {
        if (_shape[index] == 0)
        {
            _shape[index] = TextNormalizer.IsRegular(_source, _bounds[index].Start, _bounds[index].End) ? (byte)1 : (byte)2;
        }

        return _shape[index] == 1;
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < _texts.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
