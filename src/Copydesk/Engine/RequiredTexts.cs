using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Texts of which every match of a pattern with alternation begins the block with one or contains one
/// (<see cref="RequiredLiteral.AlternativesOf"/>): a block with none of them skips the pattern, which
/// for an unanchored alternation would otherwise read the whole block.
/// </summary>
/// <remarks>
/// Under case-insensitivity the texts are compared ignoring ASCII case, and hold only ASCII characters
/// and characters no other character matches in a case-insensitive pattern. A few characters outside
/// ASCII match ASCII letters in such patterns (the Kelvin sign matches <c>k</c>); a block holding one
/// is never turned away.
/// </remarks>
internal sealed class RequiredTexts
{
    private const RegexOptions CaseInsensitive = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly ConcurrentDictionary<char, bool> Caseless = new();

    private static char[]? s_foldsToAscii;

    // Each UTF-16 code unit once, in order: asked of .NET's engine for each character a pattern's texts hold.
    private static readonly Lazy<string> EveryCharacter = new(() =>
    {
        var all = new char[char.MaxValue + 1];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (char)i;
        }

        return new string(all);
    });

    private readonly string[] _prefixes;
    private readonly string[] _contained;

    // Per contained text, the position of its rarest character (by English letter frequency, see Rarity);
    // a block is searched once for any of those characters, and each text compared only where its own is.
    private readonly int[] _anchorAt;
#if NET8_0_OR_GREATER
    private readonly System.Buffers.SearchValues<char> _anchors;
#else
    private readonly char[] _anchors;
#endif

    // Bit 128·a + b: some prefix begins with the ASCII characters a, b (lower-cased under case-insensitivity).
    private readonly ulong[] _firstPairs = new ulong[128 * 128 / 64];

    // The prefixes one character long (caseless or ASCII, folded as the table is).
    private readonly string _singles = string.Empty;

    // Some prefix has a character outside ASCII among its first two: every prefix is compared, whatever the block begins with.
    private readonly bool _comparesAll;

    public RequiredTexts(string[] prefixes, string[] contained, bool ignoreCase)
    {
        _prefixes = prefixes;
        _contained = contained;
        IgnoreCase = ignoreCase;
        _anchorAt = new int[contained.Length];
        var anchors = new System.Text.StringBuilder();
        for (var i = 0; i < contained.Length; i++)
        {
            var text = contained[i];
            for (var k = 1; k < text.Length; k++)
            {
                if (Rarity(text[k]) > Rarity(text[_anchorAt[i]]))
                {
                    _anchorAt[i] = k;
                }
            }

            var anchor = text[_anchorAt[i]];
            anchors.Append(anchor);
            if (ignoreCase && (uint)((anchor | 0x20) - 'a') <= 'z' - 'a')
            {
                anchors.Append((char)(anchor ^ 0x20));
            }
        }

#if NET8_0_OR_GREATER
        _anchors = System.Buffers.SearchValues.Create(anchors.ToString());
#else
        _anchors = anchors.ToString().ToCharArray();
#endif
        foreach (var prefix in prefixes)
        {
            if (prefix.Length == 1)
            {
                _singles += (char)Fold(prefix[0]);
                continue;
            }

            if (prefix[0] >= 128 || prefix[1] >= 128)
            {
                _comparesAll = true;
                continue;
            }

            var pair = (Fold(prefix[0]) << 7) | Fold(prefix[1]);
            _firstPairs[pair >> 6] |= 1UL << (pair & 63);
        }
    }

    /// <summary>Texts a match may begin the block with.</summary>
    public IReadOnlyList<string> Prefixes => _prefixes;

    /// <summary>Texts a match may contain anywhere.</summary>
    public IReadOnlyList<string> Contained => _contained;

    /// <summary>Whether the texts are compared ignoring case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>False only when no match of the pattern can be in <paramref name="text"/> (a block's collapsed text).</summary>
    public bool MayMatch(string text)
    {
        if (_prefixes.Length > 0 && MayBeginWithPrefix(text))
        {
            foreach (var prefix in _prefixes)
            {
                if (IgnoreCase ? StartsWithIgnoringAsciiCase(text, prefix) : text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        if (_contained.Length > 0 && ContainsAny(text))
        {
            return true;
        }

        // Looked for last: most blocks hold none of these, and a block that does is never turned away.
        return IgnoreCase && text.IndexOfAny(FoldsToAscii) >= 0;
    }

    // True when a contained text is in the text: found by one search for the texts' rarest characters.
    private bool ContainsAny(string text)
    {
        for (var from = 0; from < text.Length;)
        {
#if NET8_0_OR_GREATER
            var found = text.AsSpan(from).IndexOfAny(_anchors);
            var at = found < 0 ? -1 : from + found;
#else
            var at = text.IndexOfAny(_anchors, from);
#endif
            if (at < 0)
            {
                return false;
            }

            var anchor = Fold(text[at]);
            for (var i = 0; i < _contained.Length; i++)
            {
                var literal = _contained[i];
                var start = at - _anchorAt[i];
                if (Fold(literal[_anchorAt[i]]) == anchor && start >= 0 && At(text, start, literal))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    // The literal is in the text at start: ordinally, or ignoring ASCII case under case-insensitivity.
    private bool At(string text, int start, string literal) =>
        text.Length - start >= literal.Length &&
        (IgnoreCase ? StartsWithIgnoringAsciiCase(text, start, literal) : string.CompareOrdinal(text, start, literal, 0, literal.Length) == 0);

    // Higher for characters running text has fewer of: ASCII letters by English frequency, then the rest; a space least.
    private static int Rarity(char c)
    {
        const string ByFrequency = "etaoinshrdlcumwfgypbvkjxqz";
        if (c == ' ')
        {
            return -1;
        }

        var rank = ByFrequency.IndexOf((char)(c | 0x20));
        return (uint)((c | 0x20) - 'a') <= 'z' - 'a' && rank >= 0 ? rank : ByFrequency.Length;
    }

    // False when no prefix can begin the text: its first character is no one-character prefix, and its first two, both ASCII, begin no other.
    private bool MayBeginWithPrefix(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (_comparesAll || _singles.IndexOf((char)Fold(text[0])) >= 0 || text.Length < 2 || text[0] >= 128 || text[1] >= 128)
        {
            return true;
        }

        var pair = (Fold(text[0]) << 7) | Fold(text[1]);
        return (_firstPairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    // A character as the tables hold it: an ASCII capital lower-cased when case is ignored, anything else itself.
    private int Fold(char c) => IgnoreCase && (uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20 : c;

    // The prefixes hold ASCII and caseless characters only: a letter matches its other ASCII case, anything else itself.
    private static bool StartsWithIgnoringAsciiCase(string text, string prefix) =>
        text.Length >= prefix.Length && StartsWithIgnoringAsciiCase(text, 0, prefix);

    private static bool StartsWithIgnoringAsciiCase(string text, int start, string prefix)
    {
        for (var i = 0; i < prefix.Length; i++)
        {
            var (t, p) = (text[start + i], prefix[i]);
            if (t != p && ((uint)((p | 0x20) - 'a') > 'z' - 'a' || (t | 0x20) != (p | 0x20)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters outside ASCII that a case-insensitive pattern matches to an ASCII character, as .NET's engines decide it.</summary>
    internal static char[] FoldsToAscii
    {
        get
        {
            var folds = System.Threading.Volatile.Read(ref s_foldsToAscii);
            if (folds is null)
            {
                folds = MatchedOutsideAscii("[\\x00-\\x7F]");
                System.Threading.Volatile.Write(ref s_foldsToAscii, folds);
            }

            return folds;
        }
    }

    /// <summary>True when a case-insensitive pattern's <paramref name="c"/> matches only <paramref name="c"/>: asked of .NET once per character.</summary>
    internal static bool IsCaselessInPatterns(char c) =>
        Caseless.GetOrAdd(c, static c => MatchedAnywhere(Regex.Escape(c.ToString())) is { Length: 1 } only && only[0] == c);

    private static char[] MatchedOutsideAscii(string pattern)
    {
        var found = new List<char>();
        foreach (var c in MatchedAnywhere(pattern))
        {
            if (c >= 128)
            {
                found.Add(c);
            }
        }

        return found.ToArray();
    }

    // Every UTF-16 code unit the pattern matches on its own, found in one search over all of them.
    private static char[] MatchedAnywhere(string pattern)
    {
        var text = EveryCharacter.Value;
        var found = new List<char>();
        for (var match = new Regex(pattern, CaseInsensitive).Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Length == 1)
            {
                found.Add(text[match.Index]);
            }
        }

        return found.ToArray();
    }
}
