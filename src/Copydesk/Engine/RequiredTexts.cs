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
/// (<see cref="RequiredLiteral.AlternativesOf"/>): a block with none of them skips the pattern.
/// </summary>
/// <remarks>
/// Under case-insensitivity characters are compared folded (<see cref="Fold"/>): ASCII letters to lower
/// case, other characters to their invariant upper case when that is not ASCII. The texts hold only
/// characters whose every case-insensitive match .NET's engine would accept folds as they do
/// (<see cref="IsFoldable"/>). A few characters outside ASCII match ASCII letters in such patterns (the
/// Kelvin sign matches <c>k</c>); a block holding one is never turned away.
/// </remarks>
internal sealed class RequiredTexts
{
    private const RegexOptions CaseInsensitive = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Prefixes of three characters or more are kept by the hash of their first three, folded.
    private const int Buckets = 1024;

    private static readonly ConcurrentDictionary<char, char[]> CaseClasses = new();

    private static char[]? s_foldsToAscii;

    private readonly string[] _prefixes;
    private readonly string[] _contained;

    // The prefixes shorter than three characters, compared with every block; the others by bucket.
    private readonly string[] _shortPrefixes;
    private readonly string[]?[] _prefixBuckets;

    // Per contained text, the position of its rarest character (by English letter frequency, see Rarity);
    // a block is searched once for any of those characters (every form the pattern matches), and each
    // text compared only where its own is.
    private readonly int[] _anchorAt;
#if NET8_0_OR_GREATER
    private readonly System.Buffers.SearchValues<char> _anchors;
#else
    private readonly char[] _anchors;
#endif

    public RequiredTexts(string[] prefixes, string[] contained, bool ignoreCase, bool searches = true)
    {
        _prefixes = prefixes;
        _contained = contained;
        IgnoreCase = ignoreCase;
        Searches = searches;

        var shortPrefixes = new List<string>();
        var buckets = new List<string>?[Buckets];
        foreach (var prefix in prefixes)
        {
            if (prefix.Length < 3)
            {
                shortPrefixes.Add(prefix);
                continue;
            }

            var bucket = BucketOf(prefix);
            (buckets[bucket] ??= new List<string>()).Add(prefix);
        }

        _shortPrefixes = shortPrefixes.ToArray();
        _prefixBuckets = new string[]?[Buckets];
        for (var b = 0; b < Buckets; b++)
        {
            _prefixBuckets[b] = buckets[b]?.ToArray();
        }

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
            if (!ignoreCase)
            {
                anchors.Append(anchor);
            }
            else
            {
                // Every character the pattern matches here: the anchor's case class, as .NET's engine has it.
                anchors.Append(anchor < 128 ? AsciiCases(anchor) : new string(CaseClassOf(anchor)));
            }
        }

#if NET8_0_OR_GREATER
        _anchors = System.Buffers.SearchValues.Create(anchors.ToString());
#else
        _anchors = anchors.ToString().ToCharArray();
#endif
    }

    /// <summary>Texts a match may begin the block with.</summary>
    public IReadOnlyList<string> Prefixes => _prefixes;

    /// <summary>Texts a match may contain anywhere.</summary>
    public IReadOnlyList<string> Contained => _contained;

    /// <summary>Whether a branch of the pattern may begin its match anywhere in the block, so the engine searches it.</summary>
    public bool Searches { get; }

    /// <summary>Whether the texts are compared ignoring case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>False only when no match of the pattern can be in <paramref name="text"/> (a block's collapsed text).</summary>
    public bool MayMatch(string text)
    {
        if (_prefixes.Length > 0 && BeginsWithPrefix(text))
        {
            return true;
        }

        if (_contained.Length > 0 && ContainsAny(text))
        {
            return true;
        }

        // Looked for last: most blocks hold none of these, and a block that does is never turned away.
        return IgnoreCase && text.IndexOfAny(FoldsToAscii) >= 0;
    }

    private bool BeginsWithPrefix(string text)
    {
        foreach (var prefix in _shortPrefixes)
        {
            if (At(text, 0, prefix))
            {
                return true;
            }
        }

        if (text.Length < 3 || _prefixBuckets[BucketOf(text)] is not { } bucket)
        {
            return false;
        }

        foreach (var prefix in bucket)
        {
            if (At(text, 0, prefix))
            {
                return true;
            }
        }

        return false;
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

    // The literal is in the text at start: ordinally, or folded under case-insensitivity.
    private bool At(string text, int start, string literal)
    {
        if (text.Length - start < literal.Length)
        {
            return false;
        }

        for (var i = 0; i < literal.Length; i++)
        {
            var (t, l) = (text[start + i], literal[i]);
            if (t != l && (!IgnoreCase || Fold(t) != Fold(l)))
            {
                return false;
            }
        }

        return true;
    }

    private int BucketOf(string text) => (int)(((uint)Fold(text[0]) * 961 + (uint)Fold(text[1]) * 31 + (uint)Fold(text[2])) % Buckets);

    /// <summary>
    /// A character as the texts are compared under case-insensitivity: an ASCII letter in lower case,
    /// a character outside ASCII in its invariant upper case unless that is ASCII, anything else itself.
    /// Ordinal comparison folds nothing.
    /// </summary>
    private char Fold(char c) => !IgnoreCase ? c : FoldIgnoringCase(c);

    private static char FoldIgnoringCase(char c)
    {
        if (c < 128)
        {
            return TextNormalizer.LowerInvariant(c);
        }

        var upper = char.ToUpperInvariant(c);
        return upper < 128 ? c : upper;
    }

    // Higher for characters running text has fewer of: ASCII letters by English frequency, punctuation and
    // caseless characters rarest; a space least, and letters outside ASCII (several forms each) next.
    private static int Rarity(char c)
    {
        const string ByFrequency = "etaoinshrdlcumwfgypbvkjxqz";
        if (c == ' ')
        {
            return -2;
        }

        if (c >= 128)
        {
            return char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c ? -1 : ByFrequency.Length;
        }

        var lower = (char)(c | 0x20);
        return (uint)(lower - 'a') <= 'z' - 'a' ? ByFrequency.IndexOf(lower) : ByFrequency.Length;
    }

    private static string AsciiCases(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? new string(new[] { (char)(c | 0x20), (char)(c & ~0x20) }) : c.ToString();

    /// <summary>The characters outside ASCII that a case-insensitive pattern matches to an ASCII character, as .NET's engines decide it.</summary>
    internal static char[] FoldsToAscii
    {
        get
        {
            var folds = System.Threading.Volatile.Read(ref s_foldsToAscii);
            if (folds is null)
            {
                var found = new List<char>();
                foreach (var c in MatchedAnywhere("[\\x00-\\x7F]"))
                {
                    if (c >= 128)
                    {
                        found.Add(c);
                    }
                }

                folds = found.ToArray();
                System.Threading.Volatile.Write(ref s_foldsToAscii, folds);
            }

            return folds;
        }
    }

    /// <summary>
    /// True when every character a case-insensitive pattern's <paramref name="c"/> (outside ASCII) matches
    /// folds as <paramref name="c"/> does (<see cref="Fold"/>), so comparing folded is at least as wide as
    /// the pattern; asked of .NET's engine once per character.
    /// </summary>
    internal static bool IsFoldable(char c)
    {
        var folded = FoldIgnoringCase(c);
        foreach (var member in CaseClassOf(c))
        {
            if (member < 128 || FoldIgnoringCase(member) != folded)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every character a case-insensitive pattern's <paramref name="c"/> matches, <paramref name="c"/> among them.</summary>
    private static char[] CaseClassOf(char c) => CaseClasses.GetOrAdd(c, static c => MatchedAnywhere(Regex.Escape(c.ToString())));

    // Every UTF-16 code unit the case-insensitive pattern matches on its own.
    private static char[] MatchedAnywhere(string pattern) => EveryCharacter.MatchedBy(new Regex(pattern, CaseInsensitive))!.ToCharArray();
}
