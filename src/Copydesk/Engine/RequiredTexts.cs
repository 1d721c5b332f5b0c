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

    private readonly string[] _prefixes;
    private readonly string[] _contained;
    private readonly StringComparison _comparison;

    // The ASCII characters a prefix begins with (both cases under case-insensitivity), bits 0–63 and 64–127;
    // a block beginning with another ASCII character is compared with no prefix.
    private readonly ulong _firstLow;
    private readonly ulong _firstHigh;

    public RequiredTexts(string[] prefixes, string[] contained, bool ignoreCase)
    {
        _prefixes = prefixes;
        _contained = contained;
        IgnoreCase = ignoreCase;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        ulong low = 0, high = 0;
        foreach (var prefix in prefixes)
        {
            var first = prefix[0];
            var other = ignoreCase && (uint)((first | 0x20) - 'a') <= 'z' - 'a' ? (char)(first ^ 0x20) : first;
            foreach (var c in new[] { first, other })
            {
                if (c < 64)
                {
                    low |= 1UL << c;
                }
                else if (c < 128)
                {
                    high |= 1UL << (c - 64);
                }
            }
        }

        (_firstLow, _firstHigh) = (low, high);
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
        if (_prefixes.Length > 0 && text.Length > 0 && MayBegin(text[0]))
        {
            foreach (var prefix in _prefixes)
            {
                if (IgnoreCase ? StartsWithIgnoringAsciiCase(text, prefix) : text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        foreach (var literal in _contained)
        {
            if (text.IndexOf(literal, _comparison) >= 0)
            {
                return true;
            }
        }

        // Looked for last: most blocks hold none of these, and a block that does is never turned away.
        return IgnoreCase && text.IndexOfAny(FoldsToAscii) >= 0;
    }

    // The prefixes hold ASCII and caseless characters only: a letter matches its other ASCII case, anything else itself.
    private static bool StartsWithIgnoringAsciiCase(string text, string prefix)
    {
        if (text.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            var (t, p) = (text[i], prefix[i]);
            if (t != p && ((uint)((p | 0x20) - 'a') > 'z' - 'a' || (t | 0x20) != (p | 0x20)))
            {
                return false;
            }
        }

        return true;
    }

    private bool MayBegin(char c) =>
        c >= 128 || ((c < 64 ? _firstLow >> c : _firstHigh >> (c - 64)) & 1) != 0;

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
        var all = new char[char.MaxValue + 1];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (char)i;
        }

        var text = new string(all);
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
