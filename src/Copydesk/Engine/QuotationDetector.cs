using System;
using System.Collections.Generic;

namespace Copydesk;

/// <summary>
/// Finds paragraphs that quote someone without saying who: a double quotation mark (curly or
/// straight) and neither a speech verb ("said", "told", "according to" …) nor a quote introduced by
/// a colon after a word ("… dismissed the statements: “Well …").
/// </summary>
public sealed class QuotationDetector
{
    /// <summary>The speech verbs a template gets unless it names its own.</summary>
    public static readonly IReadOnlyList<string> DefaultSpeechVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "explained",
        "noted", "asked", "replied", "wrote", "writes", "announced", "insisted", "warned", "argued",
        "claimed", "continued", "confirmed", "declared", "admitted", "commented", "recalled",
        "acknowledged", "according to", "quoted", "posted", "tweeted",
    };

    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _phrases = new();

    /// <summary>Creates a detector for <paramref name="speechVerbs"/> (words or phrases, any case).</summary>
    public QuotationDetector(IEnumerable<string> speechVerbs)
    {
        foreach (var verb in speechVerbs)
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
                _words.Add(normalized);
            }
        }
    }

    /// <summary>True when <paramref name="text"/> contains a double quotation mark.</summary>
    public static bool HasQuotation(string text)
    {
        foreach (var c in text)
        {
            if (IsDoubleQuote(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> quotes and does not attribute the quotation.</summary>
    public bool IsUnattributedQuotation(string text) => HasQuotation(text) && !IsAttributed(text);

    /// <summary>True when <paramref name="text"/> names a speaker: a speech verb or a colon-introduced quote.</summary>
    public bool IsAttributed(string text)
    {
        var length = text.Length;
        var i = 0;
        while (i < length)
        {
            if (!TextNormalizer.IsWordChar(text[i]))
            {
                if (text[i] == ':' && i > 0 && TextNormalizer.IsWordChar(text[i - 1]) && OpensQuoteAfter(text, i + 1))
                {
                    return true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < length && TextNormalizer.IsWordChar(text[i]))
            {
                i++;
            }

            if (_words.Count > 0 && _words.Contains(text.Substring(start, i - start)))
            {
                return true;
            }
        }

        if (_phrases.Count == 0)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        foreach (var phrase in _phrases)
        {
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                if ((at == 0 || !TextNormalizer.IsWordChar(lower[at - 1])) && (end == lower.Length || !TextNormalizer.IsWordChar(lower[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OpensQuoteAfter(string text, int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return index < text.Length && IsDoubleQuote(text[index]);
    }

    private static bool IsDoubleQuote(char c) =>
        c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
}
