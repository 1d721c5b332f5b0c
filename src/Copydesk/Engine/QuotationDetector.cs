using System;
using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Finds paragraphs that quote someone without saying who: a double quotation mark (curly or
/// straight) and neither a speech verb ("said", "told", "according to" …) nor a quote introduced by
/// a colon after a word ("… dismissed the statements: “Well …").
/// </summary>
internal sealed class QuotationDetector
{
    /// <summary>The speech verbs a template gets unless it names its own.</summary>
    public static readonly IReadOnlyList<string> DefaultSpeechVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "explained",
        "noted", "asked", "replied", "wrote", "writes", "announced", "insisted", "warned", "argued",
        "claimed", "continued", "confirmed", "declared", "admitted", "commented", "recalled",
        "acknowledged", "according to", "quoted", "posted", "tweeted",
    };

    // Words by length, so a paragraph's words are looked up without allocating a string per word;
    // beside each list, its words' upper-cased first characters, and those in ASCII as a bit mask.
    private readonly List<string>[] _wordsByLength;
    private readonly char[]?[] _firstsByLength;
    private readonly ulong[] _asciiFirstsLow;
    private readonly ulong[] _asciiFirstsHigh;
    private readonly List<string> _phrases = new();

    /// <summary>The speech verbs as given.</summary>
    public IReadOnlyList<string> SpeechVerbs { get; }

    /// <summary>Creates a detector for <paramref name="speechVerbs"/> (words or phrases, any case).</summary>
    public QuotationDetector(IEnumerable<string> speechVerbs)
    {
        var words = new List<string>();
        SpeechVerbs = new List<string>(speechVerbs).ToArray();
        foreach (var verb in SpeechVerbs)
        {
            var normalized = TextNormalizer.CollapseSpaces(verb).ToLowerInvariant();
            if (normalized.Length == 0)
            {
                continue;
            }

            if (normalized.IndexOf(' ') >= 0)
            {
                _phrases.Add(normalized);
            }
            else
            {
                words.Add(normalized);
            }
        }

        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        _wordsByLength = new List<string>[longest + 1];
        foreach (var word in words)
        {
            (_wordsByLength[word.Length] ??= new List<string>()).Add(word);
        }

        _firstsByLength = new char[]?[longest + 1];
        _asciiFirstsLow = new ulong[longest + 1];
        _asciiFirstsHigh = new ulong[longest + 1];
        for (var length = 0; length <= longest; length++)
        {
            if (_wordsByLength[length] is not { } list)
            {
                continue;
            }

            var firsts = new char[list.Count];
            for (var k = 0; k < firsts.Length; k++)
            {
                var first = firsts[k] = TextNormalizer.UpperInvariant(list[k][0]);
                if (first < 64)
                {
                    _asciiFirstsLow[length] |= 1UL << first;
                }
                else if (first < 128)
                {
                    _asciiFirstsHigh[length] |= 1UL << (first - 64);
                }
            }

            _firstsByLength[length] = firsts;
        }
    }

    /// <summary>True when <paramref name="text"/> contains a double quotation mark.</summary>
    public static bool HasQuotation(string text) => HasQuotation(text, 0, text.Length);

    /// <summary>
    /// True when <c>text[start..start+length)</c> contains a double quotation mark. Collapsing white
    /// space changes no quotation mark, so a block is asked where it stands, without its text made.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Options)]
    public static bool HasQuotation(string text, int start, int length)
    {
#if NET8_0_OR_GREATER
        // Vectorized: the straight quote, then only the (rare) non-ASCII characters.
        var span = text.AsSpan(start, length);
        if (span.IndexOf('"') >= 0)
        {
            return true;
        }

        for (var at = TextNormalizer.IndexOfNonAscii(span); at >= 0; at = TextNormalizer.NextNonAscii(span, at))
        {
            if (IsDoubleQuote(span[at]))
            {
                return true;
            }
        }

        return false;
#else
        // One pass, compiled optimized in the analyzers (HotPath): string.IndexOfAny over a set this
        // size builds its lookup on every call.
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c == '"' || (c > '\u007F' && IsDoubleQuote(c)))
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>True when <paramref name="text"/> quotes and does not attribute the quotation.</summary>
    public bool IsUnattributedQuotation(string text) => HasQuotation(text) && !IsAttributed(text);

    /// <summary>True when <paramref name="text"/> names a speaker: a speech verb or a colon-introduced quote.</summary>
    public bool IsAttributed(string text) => IsAttributed(text, 0, text.Length);

    /// <summary>
    /// <see cref="IsAttributed(string)"/> for <c>text[start..end)</c>, a text with white space collapsed:
    /// a block with regular white space is asked where it stands in the parsed string.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Options)]
    public bool IsAttributed(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!TextNormalizer.IsWordChar(text[i]))
            {
                if (text[i] == ':' && i > start && TextNormalizer.IsWordChar(text[i - 1]) && OpensQuoteAfter(text, i + 1, end))
                {
                    return true;
                }

                i++;
                continue;
            }

            var word = i;
            while (i < end && TextNormalizer.IsWordChar(text[i]))
            {
                i++;
            }

            if (IsSpeechVerb(text, word, i - word))
            {
                return true;
            }
        }

        foreach (var phrase in _phrases)
        {
            for (var at = IndexOfPhrase(text, phrase, start, end); at >= 0; at = IndexOfPhrase(text, phrase, at + 1, end))
            {
                var after = at + phrase.Length;
                if ((at == start || !TextNormalizer.IsWordChar(text[at - 1])) && (after == end || !TextNormalizer.IsWordChar(text[after])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int IndexOfPhrase(string text, string phrase, int from, int end) =>
        from > end ? -1 : text.IndexOf(phrase, from, end - from, StringComparison.OrdinalIgnoreCase);

    private bool IsSpeechVerb(string text, int start, int length)
    {
        if (length >= _wordsByLength.Length || _wordsByLength[length] is not { } candidates)
        {
            return false;
        }

        // Ordinal-ignore-case equality compares characters upper-cased, so the first ones must agree:
        // most words are turned away by one bit.
        var first = TextNormalizer.UpperInvariant(text[start]);
        if (first < 128 && (((first < 64 ? _asciiFirstsLow[length] >> first : _asciiFirstsHigh[length] >> (first - 64)) & 1) == 0))
        {
            return false;
        }

        var firsts = _firstsByLength[length]!;
        for (var k = 0; k < firsts.Length; k++)
        {
            if (firsts[k] == first && string.Compare(text, start, candidates[k], 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensQuoteAfter(string text, int index, int end)
    {
        while (index < end && text[index] == ' ')
        {
            index++;
        }

        return index < end && IsDoubleQuote(text[index]);
    }

    private static bool IsDoubleQuote(char c) =>
        c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
}
