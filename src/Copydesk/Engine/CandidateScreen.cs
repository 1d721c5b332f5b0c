using System;
using System.Collections.Generic;
using System.ComponentModel;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Which of a template's first 64 rules, in evaluation order, a block can go to, told from its first
/// character and its length before any rule is tried: a generated parser's emitted dispatch asks once
/// per block (<see cref="BlockProbe.Candidates"/>) and skips the others without a call. Most blocks of
/// a page are short menu items, which most of a catalog's rules cannot take.
/// </summary>
/// <remarks>
/// The generator reads, for each rule, what its conditions up to its first pattern need: a
/// <c>max length</c>, and the fewest characters and the first characters a match of that pattern
/// takes — or, for a <c>starts with</c>, <c>one of</c> or <c>is</c> before it, the literals' lengths and
/// the characters the engine's comparison takes as equal to their first ones. The pattern's part counts
/// only when no time limit decides the pattern (as for <see cref="BlockProbe.FirstIn"/>): skipping it then
/// changes nothing but the time a parse takes. The tables are built on first use, from the rules the engine runs.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class CandidateScreen
{
    /// <summary>How many rules a screen covers: one bit each of a <see cref="ulong"/>.</summary>
    public const int MaxRules = 64;

    private readonly List<Entry> _entries = new();
    private Tables? _tables;

    /// <summary>
    /// Adds the rule at evaluation position <paramref name="position"/> (below <see cref="MaxRules"/>):
    /// index <paramref name="rule"/> into the template's rules, the <c>max length</c> its conditions
    /// before its first pattern set (<see cref="int.MaxValue"/> for none), and for that pattern
    /// (condition <paramref name="condition"/>, -1 for none; or a literal condition before it) the fewest
    /// characters a match takes and the characters it can begin with: ASCII bits 0–63 in <paramref name="low"/> and 64–127 in
    /// <paramref name="high"/>, and <paramref name="others"/> outside ASCII (<c>null</c>: any).
    /// </summary>
    /// <returns>This screen, for the next rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is not below <see cref="MaxRules"/>.</exception>
    public CandidateScreen Add(int position, int rule, int maxLength = int.MaxValue, int condition = -1, int minLength = 0, ulong low = ulong.MaxValue, ulong high = ulong.MaxValue, string? others = null)
    {
        if ((uint)position >= MaxRules)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"A screen covers the first {MaxRules} rules.");
        }

        _entries.Add(new Entry(position, rule, maxLength, condition, minLength, low, high, others));
        return this;
    }

    /// <summary>Bit p set when the rule at evaluation position p may take a block of this first character and length (collapsed).</summary>
    internal ulong Of(ArticleRule[] rules, char first, int length)
    {
        var tables = System.Threading.Volatile.Read(ref _tables);
        if (tables is null || !ReferenceEquals(tables.Rules, rules))
        {
            tables = new Tables(rules, _entries);
            System.Threading.Volatile.Write(ref _tables, tables);
        }

        return tables.ByFirst(first) & tables.ByLength(length);
    }

    private readonly struct Entry
    {
        public Entry(int position, int rule, int maxLength, int condition, int minLength, ulong low, ulong high, string? others)
        {
            Position = position;
            Rule = rule;
            MaxLength = maxLength;
            Condition = condition;
            MinLength = minLength;
            Low = low;
            High = high;
            Others = others;
        }

        public int Position { get; }

        public int Rule { get; }

        public int MaxLength { get; }

        public int Condition { get; }

        public int MinLength { get; }

        public ulong Low { get; }

        public ulong High { get; }

        public string? Others { get; }
    }

    /// <summary>The screen for one rule table: a mask per ASCII first character, per length range, and for characters outside ASCII.</summary>
    private sealed class Tables
    {
        private readonly ulong[] _ascii = new ulong[128];
        private readonly ulong _anyOutsideAscii;
        private const int MaxScannedOutsideAscii = 32;
        private readonly char[] _listedOutsideAscii;
        private readonly ulong[] _listedBits;
        private readonly Dictionary<char, ulong>? _manyListed;

        // Lengths where the mask changes, ascending; _byLength[i] holds for lengths from _breaks[i - 1] up to _breaks[i] - 1.
        private readonly int[] _breaks;
        private readonly ulong[] _byLength;

        // The mask of each length below ShortLengths, looked up without the search (most blocks are short).
        private const int ShortLengths = 512;
        private readonly ulong[] _shortLengths;

        public Tables(ArticleRule[] rules, List<Entry> entries)
        {
            Rules = rules;
            var unscreened = ulong.MaxValue;
            var bounds = new SortedSet<int>();
            var screened = new List<(ulong Bit, int Min, int Max)>();
            var outsideAscii = new Dictionary<char, ulong>();
            for (var c = 0; c < _ascii.Length; c++)
            {
                _ascii[c] = ulong.MaxValue;
            }

            _anyOutsideAscii = ulong.MaxValue;
            foreach (var entry in entries)
            {
                var bit = 1UL << entry.Position;
                var trusted = entry.Condition >= 0 && (uint)entry.Rule < (uint)rules.Length &&
                    (uint)entry.Condition < (uint)rules[entry.Rule].ConditionArray.Length &&
                    rules[entry.Rule].ConditionArray[entry.Condition].Screenable;
                var min = trusted ? entry.MinLength : 0;
                var max = entry.MaxLength;
                if (min > 0 || max < int.MaxValue)
                {
                    unscreened &= ~bit;
                    screened.Add((bit, min, max));
                    bounds.Add(min);
                    if (max < int.MaxValue)
                    {
                        bounds.Add(max + 1);
                    }
                }

                if (!trusted)
                {
                    continue;
                }

                for (var c = 0; c < _ascii.Length; c++)
                {
                    if (!CharacterSet.HasAscii((char)c, entry.Low, entry.High))
                    {
                        _ascii[c] &= ~bit;
                    }
                }

                if (entry.Others is { } others)
                {
                    _anyOutsideAscii &= ~bit;
                    foreach (var c in others)
                    {
                        outsideAscii.TryGetValue(c, out var bits);
                        outsideAscii[c] = bits | bit;
                    }
                }
            }

            // Characters listed for some rules go to every rule that takes any character outside ASCII too.
            _listedOutsideAscii = new char[outsideAscii.Count];
            _listedBits = new ulong[outsideAscii.Count];
            var listed = 0;
            foreach (var pair in outsideAscii)
            {
                _listedOutsideAscii[listed] = pair.Key;
                _listedBits[listed++] = pair.Value | _anyOutsideAscii;
            }

            if (listed > MaxScannedOutsideAscii)
            {
                _manyListed = new Dictionary<char, ulong>();
                for (var i = 0; i < listed; i++)
                {
                    _manyListed[_listedOutsideAscii[i]] = _listedBits[i];
                }
            }

            _breaks = new int[bounds.Count];
            bounds.CopyTo(_breaks);
            _byLength = new ulong[_breaks.Length + 1];
            _shortLengths = new ulong[ShortLengths];
            for (var i = 0; i < _byLength.Length; i++)
            {
                // Every length of range i behaves as its least: 0 before the first break, else the break.
                var length = i == 0 ? 0 : _breaks[i - 1];
                var mask = unscreened;
                foreach (var (bit, min, max) in screened)
                {
                    if (length >= min && length <= max)
                    {
                        mask |= bit;
                    }
                }

                _byLength[i] = mask;
            }

            for (var length = 0; length < _shortLengths.Length; length++)
            {
                _shortLengths[length] = ByLengthSearched(length);
            }
        }

        public ArticleRule[] Rules { get; }

        public ulong ByFirst(char c) => c < 128 ? _ascii[c] : ByFirstOutsideAscii(c);

        // A few characters are listed (bullets, curly quotes, ſ): a scan of them beats a hash; many, a hash.
        private ulong ByFirstOutsideAscii(char c)
        {
            if (_manyListed is { } many)
            {
                return many.TryGetValue(c, out var bits) ? bits : _anyOutsideAscii;
            }

            var listed = _listedOutsideAscii;
            for (var i = 0; i < listed.Length; i++)
            {
                if (listed[i] == c)
                {
                    return _listedBits[i];
                }
            }

            return _anyOutsideAscii;
        }

        public ulong ByLength(int length)
        {
            if ((uint)length < (uint)_shortLengths.Length)
            {
                return _shortLengths[length];
            }

            return ByLengthSearched(length);
        }

        private ulong ByLengthSearched(int length)
        {
            // The number of breaks at or below the length, by binary search.
            int low = 0, high = _breaks.Length;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (_breaks[middle] <= length)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return _byLength[low];
        }
    }
}
