using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Copydesk.Generators.Emit;

/// <summary>
/// The ASCII characters a match of a pattern anchored at the start (<c>^…</c>) can begin with, so
/// the emitted dispatch skips the engine for blocks that begin with any other: the catalog's
/// patterns are alternations of phrases (<c>^(?:leave a reply|post comment|…)</c>), and a block
/// starting "Th" cannot match one. Whether a match can begin with a character outside ASCII is read
/// too: pages start half their blocks with a bullet (<c>•</c>), which a pattern of ASCII phrases cannot match.
/// </summary>
/// <remarks>
/// Only what is certain counts. The pattern is read element by element; which ASCII characters one
/// character element (a literal, an escape, a class, <c>.</c>) accepts is asked of .NET's regex engine
/// with the pattern's options; under case-insensitivity an element with a non-ASCII character or a
/// Unicode escape also admits every ASCII letter (case tables differ between .NET versions).
/// Anything it does not read with certainty gives <c>null</c> (no check): a top-level branch without
/// <c>^</c>, a pattern that can match empty text, lookarounds, atomic groups, back-references,
/// conditionals, inline options, comments, <c>\G</c>, a quantified anchor.
/// </remarks>
internal static class PatternFirstCharacters
{
    /// <summary>The most characters outside ASCII listed for a pattern; beyond that any may begin a match.</summary>
    public const int MaxOthers = 16;

    /// <summary>The most different first characters of a literal condition's literals that <see cref="OfLiterals"/> reads.</summary>
    public const int MaxLiteralFirsts = 32;

    // The characters equal to a literal's first one, by that character: each is a walk over every character,
    // and a build's templates (a catalog's families in each) ask for the same few again and again.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(char First, bool IgnoreCase), char[]> EqualCharacters = new();

    /// <summary>
    /// The ASCII characters (bits 0–63 in <c>Low</c>, 64–127 in <c>High</c>) a match can begin with, and
    /// the characters outside ASCII it can begin with (<c>Others</c>: at most <see cref="MaxOthers"/>, in
    /// order; <c>null</c> when there may be more), or <c>null</c> when the pattern is not read.
    /// </summary>
    public static (ulong Low, ulong High, string? Others)? Of(string pattern, bool ignoreCase)
    {
        try
        {
            var reader = new Reader(pattern, ignoreCase);
            var whole = reader.ReadAlternation();
            if (whole is null || reader.Position != pattern.Length || !whole.Anchored || whole.Nullable)
            {
                return null;
            }

            ulong low = 0;
            ulong high = 0;
            var others = new SortedSet<char>();
            var anyOther = false;
            foreach (var element in new HashSet<string>(whole.First, StringComparer.Ordinal))
            {
                var (elementLow, elementHigh) = reader.Probe(element);
                low |= elementLow;
                high |= elementHigh;
                if (reader.OthersOf(element) is { } found)
                {
                    others.UnionWith(found);
                }
                else
                {
                    anyOther = true;
                }
            }

            return (low, high, anyOther || others.Count > MaxOthers ? null : new string(new List<char>(others).ToArray()));
        }
        catch (ArgumentException)
        {
            // An element .NET refuses on its own: no check.
            return null;
        }
    }

    /// <summary>
    /// As <see cref="Of"/>, for a literal condition (<c>starts with</c>, <c>one of</c>, <c>is</c>) whose
    /// literals, as the engine normalizes them, are <paramref name="literals"/>: the characters the engine's
    /// comparison takes as equal to a literal's first one; <c>null</c> when a literal is empty.
    /// </summary>
    public static (ulong Low, ulong High, string? Others)? OfLiterals(IEnumerable<string> literals, bool ignoreCase)
    {
        var firsts = new HashSet<char>();
        foreach (var literal in literals)
        {
            if (literal.Length == 0)
            {
                return null;
            }

            firsts.Add(literal[0]);
        }

        // Each first character costs a walk over every character: a list with more is not read.
        if (firsts.Count > MaxLiteralFirsts)
        {
            return null;
        }

        var set = new CharacterSet();
        foreach (var first in firsts)
        {
            foreach (var c in EqualCharacters.GetOrAdd((first, ignoreCase), key => TextNormalizer.CharactersEqualTo(key.First, key.IgnoreCase).ToArray()))
            {
                set.Add(c);
            }
        }

        return (set.Low, set.High, set.Others.Count > MaxOthers ? null : new string(set.Others.ToArray()));
    }

    /// <summary>
    /// The fewest characters a match of <paramref name="pattern"/> consumes (each character element one:
    /// .NET matches case-insensitively character by character), or <c>null</c> when the pattern is not read
    /// (the same constructs as <see cref="Of"/>, anchored or not). A block shorter than that cannot match.
    /// </summary>
    public static int? MinimumLength(string pattern)
    {
        try
        {
            var reader = new Reader(pattern, ignoreCase: false);
            var whole = reader.ReadAlternation();
            return whole is null || reader.Position != pattern.Length ? null : whole.MinLength;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>What a part of a pattern can begin with: the character elements that can come first, whether it can match empty text, whether every way through it starts with <c>^</c>.</summary>
    private sealed class Part
    {
        public Part(List<string> first, bool nullable, bool anchored, int minLength)
        {
            First = first;
            Nullable = nullable;
            Anchored = anchored;
            MinLength = minLength;
        }

        public List<string> First { get; }

        public bool Nullable { get; }

        public bool Anchored { get; }

        /// <summary>The fewest characters a match of the part consumes.</summary>
        public int MinLength { get; }
    }

    private enum ElementKind
    {
        Character,
        Group,
        StartAnchor,
        ZeroWidth,
    }

    private sealed class Reader
    {
        private const ulong AsciiLettersLow = 0;
        private const ulong AsciiLettersHigh = 0x07FFFFFE07FFFFFE;

        // Deeper nesting than templates write is not read (and cannot exhaust the generator's stack).
        private const int MaxNesting = 64;

        private readonly string _pattern;
        private readonly bool _ignoreCase;
        private int _nesting;

        public Reader(string pattern, bool ignoreCase)
        {
            _pattern = pattern;
            _ignoreCase = ignoreCase;
        }

        public int Position { get; private set; }

        /// <summary>Branches separated by <c>|</c>, up to a <c>)</c> or the end.</summary>
        public Part? ReadAlternation()
        {
            var first = new List<string>();
            var nullable = false;
            var anchored = true;
            var minLength = int.MaxValue;
            while (true)
            {
                var branch = ReadSequence();
                if (branch is null)
                {
                    return null;
                }

                first.AddRange(branch.First);
                nullable |= branch.Nullable;
                anchored &= branch.Anchored;
                minLength = Math.Min(minLength, branch.MinLength);
                if (Position < _pattern.Length && _pattern[Position] == '|')
                {
                    Position++;
                    continue;
                }

                return new Part(first, nullable, anchored, minLength);
            }
        }

        private Part? ReadSequence()
        {
            var first = new List<string>();
            var nullable = true;
            var anchored = false;
            var decided = false;
            var minLength = 0L;
            while (Position < _pattern.Length && _pattern[Position] is not ('|' or ')'))
            {
                var (kind, part) = ReadElement();
                if (kind is null)
                {
                    return null;
                }

                var (min, max, ok) = ReadQuantifier();
                if (!ok)
                {
                    return null;
                }

                var quantified = min != 1 || max != 1;
                if (kind is ElementKind.StartAnchor or ElementKind.ZeroWidth)
                {
                    if (quantified)
                    {
                        return null;
                    }

                    // ^ before anything that can consume decides the branch is anchored.
                    if (kind == ElementKind.StartAnchor && !decided)
                    {
                        anchored = true;
                        decided = true;
                    }

                    continue;
                }

                if (!decided)
                {
                    anchored = part!.Anchored && min >= 1;
                    decided = true;
                }

                if (nullable && max > 0)
                {
                    first.AddRange(part!.First);
                }

                nullable &= part!.Nullable || min == 0;
                minLength = Math.Min(int.MaxValue, minLength + (long)part.MinLength * min);
            }

            return new Part(first, nullable, anchored, (int)minLength);
        }

        /// <summary>One element and, for characters and groups, what it can begin with; a null kind when unsure.</summary>
        private (ElementKind? Kind, Part? Part) ReadElement()
        {
            var c = _pattern[Position];
            switch (c)
            {
                case '^':
                    Position++;
                    return (ElementKind.StartAnchor, null);
                case '$':
                    Position++;
                    return (ElementKind.ZeroWidth, null);
                case '(':
                    return ReadGroup();
                case '[':
                    {
                        var end = RequiredLiteral.ClassEnd(_pattern, Position);
                        return end < 0 ? (null, null) : Character(Take(end));
                    }

                case '\\':
                    return ReadEscape();
                case '*':
                case '+':
                case '?':
                    return (null, null);
                case '{' when PatternQuantifier.BraceEnd(_pattern, Position) >= 0:
                    return (null, null);
                default:
                    Position++;
                    return Character(c.ToString());
            }
        }

        private (ElementKind?, Part?) ReadEscape()
        {
            if (Position + 1 >= _pattern.Length)
            {
                return (null, null);
            }

            var kind = _pattern[Position + 1];
            if (!char.IsLetterOrDigit(kind))
            {
                return Character(Take(Position + 1));
            }

            switch (kind)
            {
                case 'b':
                case 'B':
                case 'z':
                case 'Z':
                    Position += 2;
                    return (ElementKind.ZeroWidth, null);
                case 'A':
                    Position += 2;
                    return (ElementKind.StartAnchor, null);
                case 'G':
                case 'k':
                    return (null, null);
            }

            if (kind is >= '1' and <= '9')
            {
                // A back-reference, or an octal escape when the group does not exist: unsure.
                return (null, null);
            }

            var end = RequiredLiteral.EscapeEnd(_pattern, Position);
            return end < 0 ? (null, null) : Character(Take(end));
        }

        private (ElementKind?, Part?) ReadGroup()
        {
            if (++_nesting > MaxNesting)
            {
                return (null, null);
            }

            Position++;
            if (Position < _pattern.Length && _pattern[Position] == '?')
            {
                var next = Position + 1 < _pattern.Length ? _pattern[Position + 1] : '\0';
                var after = Position + 2 < _pattern.Length ? _pattern[Position + 2] : '\0';
                if (next == ':')
                {
                    Position += 2;
                }
                else if ((next == '<' && after is not ('=' or '!')) || next == '\'')
                {
                    // A named group, (?<name>…) or (?'name'…); balancing groups need backtracking.
                    var close = _pattern.IndexOf(next == '<' ? '>' : '\'', Position + 2);
                    if (close < 0 || _pattern.IndexOf('-', Position + 2, close - Position - 2) >= 0)
                    {
                        return (null, null);
                    }

                    Position = close + 1;
                }
                else
                {
                    // Lookarounds, atomic groups, conditionals, inline options, comments.
                    return (null, null);
                }
            }

            var inner = ReadAlternation();
            if (inner is null || Position >= _pattern.Length || _pattern[Position] != ')')
            {
                return (null, null);
            }

            Position++;
            _nesting--;
            return (ElementKind.Group, inner);
        }

        /// <summary>The quantifier after an element: its bounds, or (1, 1) when there is none; not ok when unsure.</summary>
        private (int Min, int Max, bool Ok) ReadQuantifier()
        {
            var at = Position;
            if (!PatternQuantifier.TryRead(_pattern, ref at, out var min, out var max))
            {
                return (1, 1, true);
            }

            Position = at;

            // A lazy mark changes which match is found, not whether there is one.
            if (Position < _pattern.Length && _pattern[Position] == '?')
            {
                Position++;
            }

            var stacked = Position < _pattern.Length && (_pattern[Position] is '*' or '+' or '?' || (_pattern[Position] == '{' && PatternQuantifier.BraceEnd(_pattern, Position) >= 0));
            return (min, max, !stacked);
        }

        private string Take(int end)
        {
            var text = _pattern.Substring(Position, end - Position + 1);
            Position = end + 1;
            return text;
        }

        private static (ElementKind?, Part?) Character(string element) =>
            (ElementKind.Character, new Part(new List<string> { element }, nullable: false, anchored: false, minLength: 1));

        /// <summary>The ASCII characters one character element accepts, asked of .NET's engine.</summary>
        public (ulong Low, ulong High) Probe(string element)
        {
            // A plain ASCII character (or one escaped, \.) is itself, and a letter also its other case.
            if (IsPlain(element))
            {
                var last = element[element.Length - 1];
                var other = _ignoreCase && last is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? (char)(last ^ 0x20) : last;
                return (Bit(last, 0) | Bit(other, 0), Bit(last, 64) | Bit(other, 64));
            }

            var (low, high) = AsciiAccepted(element, _ignoreCase);
            if (_ignoreCase && MayFoldToAscii(element))
            {
                low |= AsciiLettersLow;
                high |= AsciiLettersHigh;
            }

            return (low, high);
        }

        /// <summary>
        /// The characters outside ASCII the element accepts, or <c>null</c> for more than <see cref="MaxOthers"/>.
        /// Case-sensitively they are asked of .NET's engine for every such character (a plain ASCII character
        /// needs no asking). Case-insensitively an element also accepts the other-case forms of its letters:
        /// the only ASCII letters with forms outside ASCII are i, k and s (İ and ı, the Kelvin sign, ſ),
        /// whatever a .NET version's tables do with them; the forms of other letters depend on the tables, so an
        /// element that accepts any letter outside ASCII gives <c>null</c>.
        /// </summary>
        public string? OthersOf(string element)
        {
            var plain = IsPlain(element);
            var found = plain ? string.Empty : NonAsciiMembers.GetOrAdd(element, MembersOutsideAscii);
            if (found is null || !_ignoreCase)
            {
                return found;
            }

            foreach (var c in found)
            {
                if (char.IsLetter(c))
                {
                    return null;
                }
            }

            var (_, high) = plain ? (0UL, Bit(element[element.Length - 1], 64)) : AsciiAccepted(element, ignoreCase: false);
            var forms = new StringBuilder(found);
            foreach (var (upper, outside) in FormsOutsideAscii)
            {
                if ((high & (Bit(upper, 64) | Bit(char.ToLowerInvariant(upper), 64))) != 0)
                {
                    forms.Append(outside);
                }
            }

            return forms.ToString();
        }

        // The ASCII letters with case forms outside ASCII, and those forms.
        private static readonly (char Upper, string Outside)[] FormsOutsideAscii = { ('I', "\u0130\u0131"), ('K', "\u212A"), ('S', "\u017F") };

        /// <summary>A plain ASCII character, or one escaped (<c>\.</c>): itself, with no need to ask the engine.</summary>
        private static bool IsPlain(string element)
        {
            var last = element[element.Length - 1];
            return last < 128 && ((element.Length == 1 && last != '.') || (element.Length == 2 && element[0] == '\\' && !char.IsLetterOrDigit(last)));
        }

        /// <summary>The ASCII characters one element accepts, asked of .NET's engine with the given case rule (once per process).</summary>
        private static (ulong Low, ulong High) AsciiAccepted(string element, bool ignoreCase) =>
            AsciiMembers.GetOrAdd((element, ignoreCase), static key => AskAsciiAccepted(key.Element, key.IgnoreCase));

        private static (ulong Low, ulong High) AskAsciiAccepted(string element, bool ignoreCase)
        {
            var probe = new Regex("^(?:" + element + @")\z", RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
            ulong low = 0;
            ulong high = 0;
            for (var c = (char)0; c < 128; c++)
            {
                if (probe.IsMatch(c.ToString()))
                {
                    low |= Bit(c, 0);
                    high |= Bit(c, 64);
                }
            }

            return (low, high);
        }

        // Elements repeat across patterns and templates (\p{Lu}, [A-Z]; the catalog's patterns in every
        // template that uses them); each is asked once per process.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> NonAsciiMembers = new(StringComparer.Ordinal);
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Element, bool IgnoreCase), (ulong Low, ulong High)> AsciiMembers = new();

        private static string? MembersOutsideAscii(string element)
        {
            // An element consumes exactly one character, so one search of every character past ASCII
            // finds the same members as asking for each character alone, without 65,408 runs.
            return EveryCharacter.MatchedBy(new Regex("(?:" + element + ")", RegexOptions.CultureInvariant), from: 128, limit: MaxOthers);
        }

        private static ulong Bit(char c, int from) => c >= from && c < from + 64 ? 1UL << (c - from) : 0;

        private static bool MayFoldToAscii(string element)
        {
            foreach (var c in element)
            {
                if (c >= 128)
                {
                    return true;
                }
            }

            return element.IndexOf("\\p", StringComparison.Ordinal) >= 0
                || element.IndexOf("\\P", StringComparison.Ordinal) >= 0
                || element.IndexOf("\\u", StringComparison.Ordinal) >= 0
                || element.IndexOf("\\x", StringComparison.Ordinal) >= 0
                || element.IndexOf("\\c", StringComparison.Ordinal) >= 0;
        }
    }
}
