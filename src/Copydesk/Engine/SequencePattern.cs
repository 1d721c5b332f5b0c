using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// A pattern that is one anchored sequence of characters and character loops — <c>^</c>, literal
/// characters, classes (<c>[\w.]</c>, <c>\p{Lu}</c>, <c>.</c>), greedy quantifiers on them, groups without
/// quantifiers or alternation, an optional <c>$</c>/<c>\z</c> — decided and captured here, without a
/// <see cref="Regex"/> call: a credit line such as
/// <c>^(?&lt;Outlet&gt;\p{Lu}[\w.]*)['’]s (?&lt;Contributor&gt;.+) contributed to this report\.$</c> cost
/// about half a microsecond a block on .NET's engines, two fifths of a short article's parse.
/// </summary>
/// <remarks>
/// One behaviour with .NET's: which characters each element takes is asked of .NET itself (the element
/// alone, with the pattern's options, over every UTF-16 character), and the search is the backtracking
/// engine's (greedy loops give back one character at a time, the first way that matches wins, a group
/// captures where its elements went). Taken only when backtracking stays linear: every loop either
/// cannot take the character the rest of the pattern begins with, or is followed by fixed-length elements
/// only. A search that takes more steps than that allows gives up and the caller asks .NET.
/// </remarks>
internal sealed class SequencePattern
{
    /// <summary>The most elements a sequence pattern may have (its recursion depth).</summary>
    private const int MaxElements = 128;

    /// <summary>How many elements' character sets a process keeps (each up to 8 KB once every page is read).</summary>
    private const int MaxSharedSets = 1024;

    // By options and atom ("513/[\w.]"), under a lock.
    private static readonly Dictionary<string, CharacterSet?> Sets = new(StringComparer.Ordinal);

    private readonly Element[] _elements;
    private readonly EndAnchor _end;

    // The fewest characters the elements from each index on take (one more entry than elements).
    private readonly int[] _shortestAfter;

    [ThreadStatic]
    private static int[]? t_positions;

    private SequencePattern(Element[] elements, EndAnchor end, Capture[] captures)
    {
        _elements = elements;
        _end = end;
        Captures = captures;
        _shortestAfter = new int[elements.Length + 1];
        for (var i = elements.Length - 1; i >= 0; i--)
        {
            _shortestAfter[i] = (int)Math.Min(int.MaxValue, (long)_shortestAfter[i + 1] + elements[i].Min);
        }
    }

    /// <summary>The named groups, with the elements they span.</summary>
    public Capture[] Captures { get; }

    /// <summary>The sequence form of <paramref name="pattern"/>, or null when it is not one (or backtracking on it would not stay linear).</summary>
    public static SequencePattern? TryCreate(string pattern, RegexOptions options)
    {
        if ((options & ~(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)) != 0 || pattern.Length < 2 || pattern.Length > PatternEngine.MaxPatternLength)
        {
            return null;
        }

        int at;
        if (pattern[0] == '^')
        {
            at = 1;
        }
        else if (pattern.StartsWith(@"\A", StringComparison.Ordinal))
        {
            at = 2;
        }
        else
        {
            // Unanchored: every start would be tried; left to .NET.
            return null;
        }

        // First the syntax alone, so a pattern that is not a sequence (most are not) costs no question to .NET.
        var pieces = new List<Piece>();
        var names = new List<string>();
        var depth = 0;
        var asked = 0;
        var end = EndAnchor.None;
        while (at < pattern.Length)
        {
            var c = pattern[at];
            int atomEnd;
            switch (c)
            {
                case '$' when at == pattern.Length - 1:
                    end = EndAnchor.EndOrFinalNewLine;
                    at++;
                    continue;
                case '\\' when at + 1 < pattern.Length && pattern[at + 1] is 'z' or 'Z' && at + 2 == pattern.Length:
                    end = pattern[at + 1] == 'z' ? EndAnchor.End : EndAnchor.EndOrFinalNewLine;
                    at += 2;
                    continue;
                case '(':
                    if (!TryReadGroupStart(pattern, ref at, out var name) || (name is not null && names.Contains(name)))
                    {
                        return null;
                    }

                    if (name is not null)
                    {
                        names.Add(name);
                    }

                    depth++;
                    pieces.Add(Piece.Open(name));
                    continue;
                case ')':
                    if (depth == 0 || QuantifierAt(pattern, at + 1))
                    {
                        return null;
                    }

                    depth--;
                    pieces.Add(Piece.Close);
                    at++;
                    continue;
                case '[':
                    atomEnd = RequiredLiteral.ClassEnd(pattern, at);
                    break;
                case '\\':
                    atomEnd = at + 1 < pattern.Length ? EscapeAtomEnd(pattern, at) : -1;
                    break;
                case '.':
                    atomEnd = at;
                    break;
                case '^' or '$' or '|' or '?' or '*' or '+' or '{' or '}' or ']':
                    return null;
                default:
                    atomEnd = at;
                    break;
            }

            if (atomEnd < 0)
            {
                return null;
            }

            var atom = pattern.Substring(at, atomEnd - at + 1);
            at = atomEnd + 1;
            if (!TryReadQuantifier(pattern, ref at, out var min, out var max))
            {
                return null;
            }

            pieces.Add(Piece.Atom(atom, min, max));

            // Each element but a literal character is a question to .NET: a hostile pattern asks few.
            if (!(min == 1 && max == 1 && (options & RegexOptions.IgnoreCase) == 0 && CharacterSet.LiteralCharacter(atom) is not null) && ++asked > MaxElements)
            {
                return null;
            }
        }

        if (depth != 0)
        {
            return null;
        }

        // Then the elements, each element's characters asked of .NET.
        var elements = new List<Element>();
        var captures = new List<Capture>();
        var open = new Stack<(string? Name, int Element)>();

        // Where the last group began or ended: characters are not joined across it.
        var boundary = 0;
        foreach (var piece in pieces)
        {
            if (piece.Text is null)
            {
                if (piece.Opens)
                {
                    open.Push((piece.Name, elements.Count));
                }
                else if (open.Pop() is { Name: { } name } group)
                {
                    captures.Add(new Capture(name, group.Element, elements.Count));
                }

                boundary = elements.Count;
                continue;
            }

            var set = SetOf(piece.Text, options);
            if (set is null)
            {
                return null;
            }

            // A literal character after another, within the same groups: one comparison of the two.
            if (piece.Min == 1 && piece.Max == 1 && set.Single >= 0 && boundary < elements.Count && elements[elements.Count - 1] is { Literal: { } before } previous)
            {
                elements[elements.Count - 1] = new Element(previous.Set, before + (char)set.Single);
                continue;
            }

            if (elements.Count == MaxElements)
            {
                return null;
            }

            elements.Add(piece.Min == 1 && piece.Max == 1 && set.Single >= 0 ? new Element(set, ((char)set.Single).ToString()) : new Element(set, piece.Min, piece.Max));
        }

        var sequence = new SequencePattern(elements.ToArray(), end, captures.ToArray());
        return sequence.StaysLinear() ? sequence : null;
    }

    /// <summary>
    /// Matches <paramref name="text"/>: 1 when it matches (<see cref="Captured(string, int)"/> then reads the captures,
    /// on this thread, before the next match), 0 when it does not, -1 when the search gave up (ask .NET).
    /// </summary>
    public int Match(string text) => Run(text, t_positions ??= new int[MaxElements + 1]);

    /// <summary>
    /// As <see cref="Match(string)"/>, and on a match writes capture i (of <see cref="Captures"/>) to
    /// <paramref name="into"/>[<paramref name="slots"/>[i]]: the rule's captures, with one look-up of this
    /// thread's positions.
    /// </summary>
    public int Match(string text, string?[] into, int[] slots)
    {
        var positions = t_positions ??= new int[MaxElements + 1];
        var found = Run(text, positions);
        for (var i = 0; found == 1 && i < Captures.Length; i++)
        {
            into[slots[i]] = Captured(text, positions, i);
        }

        return found;
    }

    /// <summary>What capture <paramref name="index"/> (of <see cref="Captures"/>) took in the last match of <paramref name="text"/> on this thread.</summary>
    public string Captured(string text, int index) => Captured(text, t_positions!, index);

    private int Run(string text, int[] positions)
    {
        // Linear by construction; the allowance only guards that argument.
        var steps = 16L * (text.Length + 1) * (_elements.Length + 1);
        var found = MatchFrom(text, 0, 0, positions, ref steps);
        return steps < 0 ? -1 : found ? 1 : 0;
    }

    private string Captured(string text, int[] positions, int index)
    {
        var start = positions[Captures[index].First];
        return text.Substring(start, positions[Captures[index].End] - start);
    }

    private bool MatchFrom(string text, int element, int position, int[] positions, ref long steps)
    {
        // Elements with a fixed count, one after another, leave no choice: no recursion for them.
        while (element < _elements.Length && _elements[element].Min == _elements[element].Max)
        {
            positions[element] = position;
            var fixedElement = _elements[element];
            if (fixedElement.Min > text.Length - position)
            {
                return false;
            }

            if (fixedElement.Literal is { } literal)
            {
                if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
                {
                    return false;
                }
            }
            else
            {
                for (var k = 0; k < fixedElement.Min; k++)
                {
                    if (!fixedElement.Set.Contains(text[position + k]))
                    {
                        return false;
                    }
                }
            }

            steps -= fixedElement.Min + 1;
            position += fixedElement.Min;
            element++;
        }

        positions[element] = position;
        if (element == _elements.Length)
        {
            return _end switch
            {
                EndAnchor.End => position == text.Length,
                EndAnchor.EndOrFinalNewLine => position == text.Length || (position == text.Length - 1 && text[position] == '\n'),
                _ => true,
            };
        }

        // A loop: no longer than the characters the elements after it leave.
        var loop = _elements[element];
        var limit = text.Length - position - _shortestAfter[element + 1];
        if (loop.Max < limit)
        {
            limit = loop.Max;
        }

        var run = 0;
        if (loop.Set.IsAllButLineFeed)
        {
            // '.': up to the next line feed, found by the runtime's search.
            var lineFeed = limit <= 0 ? -1 : text.IndexOf('\n', position, limit);
            run = lineFeed < 0 ? Math.Max(limit, 0) : lineFeed - position;
        }
        else
        {
            while (run < limit && loop.Set.Contains(text[position + run]))
            {
                run++;
            }
        }

        steps -= run + 1;
        if (run < loop.Min || steps < 0)
        {
            return false;
        }

        // Greedy: the longest run first, then one character fewer at a time.
        for (var taken = run; taken >= loop.Min; taken--)
        {
            if (MatchFrom(text, element + 1, position + taken, positions, ref steps))
            {
                return true;
            }

            if (steps < 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether every loop either cannot take what follows it or is followed by fixed-length elements only.</summary>
    private bool StaysLinear()
    {
        for (var i = 0; i < _elements.Length; i++)
        {
            var loop = _elements[i];
            if (loop.Min == loop.Max)
            {
                continue;
            }

            var fixedAfter = true;
            var disjoint = true;
            var restMayBeEmpty = true;
            for (var j = i + 1; j < _elements.Length; j++)
            {
                fixedAfter &= _elements[j].Min == _elements[j].Max;
                if (restMayBeEmpty)
                {
                    disjoint &= !loop.Set.Overlaps(_elements[j].Set);
                    restMayBeEmpty = _elements[j].Min == 0;
                }
            }

            if (restMayBeEmpty && _end == EndAnchor.EndOrFinalNewLine && loop.Set.Contains('\n'))
            {
                disjoint = false;
            }

            if (!disjoint && !fixedAfter)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads <c>(</c>, <c>(?:</c>, <c>(?&lt;Name&gt;</c> or <c>(?'Name'</c>; anything else (lookarounds, options, atomic groups) is refused.</summary>
    private static bool TryReadGroupStart(string pattern, ref int at, out string? name)
    {
        name = null;
        if (at + 1 >= pattern.Length || pattern[at + 1] != '?')
        {
            at++;
            return true;
        }

        if (at + 2 >= pattern.Length)
        {
            return false;
        }

        var kind = pattern[at + 2];
        if (kind == ':')
        {
            at += 3;
            return true;
        }

        if (kind is not ('<' or '\''))
        {
            return false;
        }

        var close = kind == '<' ? '>' : '\'';
        var start = at + 3;
        var i = start;
        while (i < pattern.Length && (pattern[i] == '_' || (pattern[i] < 128 && char.IsLetterOrDigit(pattern[i]))))
        {
            i++;
        }

        // A name, not a number (numbered groups are not captures) nor a balancing group (?<a-b>).
        if (i == start || i >= pattern.Length || pattern[i] != close || char.IsDigit(pattern[start]))
        {
            return false;
        }

        name = pattern.Substring(start, i - start);
        at = i + 1;
        return true;
    }

    /// <summary>The last index of an escape that stands for one character or a class of them, or -1 (anchors, word boundaries, back-references).</summary>
    private static int EscapeAtomEnd(string pattern, int at)
    {
        var kind = pattern[at + 1];
        if (kind < 128 && char.IsLetterOrDigit(kind))
        {
            return kind is 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 't' or 'n' or 'r' or 'f' or 'v' or 'e' or 'a' or 'u' or 'x' or 'p' or 'P'
                ? RequiredLiteral.EscapeEnd(pattern, at)
                : -1;
        }

        // An escaped punctuation or other character stands for itself.
        return char.IsHighSurrogate(kind) ? -1 : at + 1;
    }

    private static bool QuantifierAt(string pattern, int at) =>
        at < pattern.Length && pattern[at] is '*' or '+' or '?' or '{';

    /// <summary>Reads a greedy quantifier or none; false for lazy ones, stacked ones and braces that are not one.</summary>
    private static bool TryReadQuantifier(string pattern, ref int at, out int min, out int max)
    {
        if (!PatternQuantifier.TryRead(pattern, ref at, out min, out max))
        {
            // No quantifier; a brace that opens none is literal text to .NET, refused here.
            return at >= pattern.Length || pattern[at] != '{';
        }

        // Lazy (x*?) or a second quantifier: not a sequence pattern.
        return !QuantifierAt(pattern, at);
    }

    /// <summary>The characters one element takes, asked of .NET: the element alone, repeated, over every UTF-16 character.</summary>
    private static CharacterSet? SetOf(string atom, RegexOptions options)
    {
        var key = ((int)options).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + atom;
        lock (Sets)
        {
            if (Sets.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var set = CharacterSet.Ask(atom, options);
        lock (Sets)
        {
            // A process with more distinct elements than this asks again rather than keep them all.
            if (Sets.Count < MaxSharedSets)
            {
                Sets[key] = set;
            }
        }

        return set;
    }

    /// <summary>What the syntax pass reads: an element (its text and quantifier), a group's start (with its name, if any) or a group's end.</summary>
    private readonly struct Piece
    {
        private Piece(string? text, string? name, bool opens, int min, int max)
        {
            Text = text;
            Name = name;
            Opens = opens;
            Min = min;
            Max = max;
        }

        public static Piece Close => default;

        public string? Text { get; }

        public string? Name { get; }

        public bool Opens { get; }

        public int Min { get; }

        public int Max { get; }

        public static Piece Open(string? name) => new(null, name, opens: true, 0, 0);

        public static Piece Atom(string text, int min, int max) => new(text, null, opens: false, min, max);
    }

    private enum EndAnchor : byte
    {
        None,
        End,
        EndOrFinalNewLine,
    }

    private readonly struct Element
    {
        public Element(CharacterSet set, int min, int max)
        {
            Set = set;
            Min = min;
            Max = max;
            Literal = null;
        }

        /// <summary>Literal characters in a row, compared as one string; <see cref="Set"/> is the first one's.</summary>
        public Element(CharacterSet first, string literal)
        {
            Set = first;
            Min = Max = literal.Length;
            Literal = literal;
        }

        public string? Literal { get; }

        public CharacterSet Set { get; }

        public int Min { get; }

        public int Max { get; }
    }

    /// <summary>A named group: the elements from <see cref="First"/> up to (not including) <see cref="End"/>.</summary>
    internal readonly struct Capture
    {
        public Capture(string name, int first, int end)
        {
            Name = name;
            First = first;
            End = end;
        }

        public string Name { get; }

        public int First { get; }

        public int End { get; }
    }

    /// <summary>
    /// The UTF-16 characters one element takes, one bit each, asked of .NET a page of 256 characters at a
    /// time as text first needs them (a page's bits never change once read, so threads may race to read one).
    /// </summary>
    private sealed class CharacterSet
    {
        private const int PageShift = 8;

        private static string? s_everyCharacter;

        private readonly string _atom;
        private readonly RegexOptions _options;
        private readonly Regex? _runs;
        private readonly ulong[]?[] _pages;

        // The one member of a literal character's set (case-sensitive), else -1.
        private readonly int _single;

        private CharacterSet(string atom, RegexOptions options, Regex? runs, int single)
        {
            _atom = atom;
            _options = options;
            _runs = runs;
            _single = single;
            _pages = runs is null ? Array.Empty<ulong[]?>() : new ulong[]?[65536 >> PageShift];
            if (runs is not null)
            {
                var first = Read(0);
                (_ascii0, _ascii1) = (first[0], first[1]);
            }
        }

        // ASCII's bits, read at once: most text is ASCII.
        private readonly ulong _ascii0;
        private readonly ulong _ascii1;

        private static string Every => s_everyCharacter ??= EveryCharacter();

        /// <summary>The one member of a literal character's set (case-sensitive), else -1.</summary>
        public int Single => _single;

        /// <summary>True for <c>.</c>: every character but the line feed.</summary>
        public bool IsAllButLineFeed => _atom == ".";

        public bool Contains(char c)
        {
            if (_single >= 0)
            {
                return c == _single;
            }

            if (c < 128)
            {
                return ((c < 64 ? _ascii0 >> c : _ascii1 >> (c - 64)) & 1) != 0;
            }

            var page = _pages[c >> PageShift] ?? Read(c >> PageShift);
            return (page[(c >> 6) & 3] & (1UL << (c & 63))) != 0;
        }

        /// <summary>Whether a character is in both sets: asked of .NET in one search of every character.</summary>
        public bool Overlaps(CharacterSet other)
        {
            if (_single >= 0 || other._single >= 0)
            {
                return _single >= 0 ? other.Contains((char)_single) : Contains((char)other._single);
            }

            if (_options != other._options)
            {
                for (var c = 0; c < 65536; c++)
                {
                    if (Contains((char)c) && other.Contains((char)c))
                    {
                        return true;
                    }
                }

                return false;
            }

            return new Regex("(?=" + _atom + ")(?:" + other._atom + ")", _options).IsMatch(Every);
        }

        public static CharacterSet? Ask(string atom, RegexOptions options)
        {
            // A character that stands for itself, case-sensitive: no need to ask.
            if ((options & RegexOptions.IgnoreCase) == 0 && LiteralCharacter(atom) is { } literal)
            {
                return new CharacterSet(atom, options, null, literal);
            }

            try
            {
                return new CharacterSet(atom, options, new Regex("(?:" + atom + ")+", options), -1);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private ulong[] Read(int page)
        {
            var bits = new ulong[4];
            var first = page << PageShift;
            for (var match = _runs!.Match(Every, first, 1 << PageShift); match.Success; match = match.NextMatch())
            {
                for (var c = match.Index; c < match.Index + match.Length; c++)
                {
                    bits[(c >> 6) & 3] |= 1UL << (c & 63);
                }
            }

            System.Threading.Volatile.Write(ref _pages[page], bits);
            return bits;
        }

        /// <summary>The character an atom stands for when it is one plain character or an escaped punctuation mark (<c>a</c>, <c>’</c>, <c>\.</c>), else null.</summary>
        public static char? LiteralCharacter(string atom)
        {
            if (atom.Length == 1 && atom[0] is not ('.' or '\\' or '[' or '(' or ')' or '|' or '^' or '$' or '*' or '+' or '?' or '{' or '#'))
            {
                return atom[0];
            }

            return atom.Length == 2 && atom[0] == '\\' && atom[1] < 128 && !char.IsLetterOrDigit(atom[1]) && atom[1] != '_' ? atom[1] : null;
        }

        private static string EveryCharacter()
        {
            var characters = new char[65536];
            for (var c = 0; c < characters.Length; c++)
            {
                characters[c] = (char)c;
            }

            return new string(characters);
        }
    }
}
