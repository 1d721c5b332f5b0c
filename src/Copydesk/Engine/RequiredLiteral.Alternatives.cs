using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

internal static partial class RequiredLiteral
{
    /// <summary>
    /// At most this many prefixes: a block is compared only with those that share its first three characters
    /// (<see cref="RequiredTexts"/>), so many cost little more than few, but each is kept in memory.
    /// </summary>
    private const int MaxPrefixes = 256;

    /// <summary>At most this many texts looked for anywhere in the block: each is a search of the whole block.</summary>
    private const int MaxContained = 8;

    /// <summary>For a pattern anchored at the start, which fails there at once, at most this many texts looked for anywhere.</summary>
    private const int MaxContainedWhenAnchored = 2;

    /// <summary>Groups nested deeper than this are not read (the reader recurses once a group).</summary>
    private const int MaxNesting = 32;

    /// <summary>The most texts an optional opening (<c>(?:[•·] )?</c>) is read as.</summary>
    private const int MaxOptionalTexts = 4;

    private const RegexOptions AlternativeOptions =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture | RegexOptions.Singleline;

    /// <summary>
    /// For a pattern with alternation (<c>^©|all rights reserved|^our standards\b</c>), read through its
    /// groups, branches and an optional opening at the block's start (<c>^(?:[•·] )?By …</c>): texts of which
    /// every match begins the block with one or contains one, or <c>null</c> when a branch needs none, when
    /// unsure (conditionals, inline options, an escape it does not know), or when there are more texts than
    /// pay (a pattern anchored at the start fails at its first characters, so it takes few texts to look for
    /// anywhere). Under case-insensitivity only characters the check compares at least as widely as the
    /// pattern count (see <see cref="RequiredTexts"/>).
    /// </summary>
    public static RequiredTexts? AlternativesOf(string pattern, RegexOptions options)
    {
        var ignoreCase = (options & RegexOptions.IgnoreCase) != 0;
        if ((options & ~AlternativeOptions) != 0 || ignoreCase && (options & RegexOptions.CultureInvariant) == 0 || HasInlineOptions(pattern))
        {
            return null;
        }

        var reader = new AlternativeReader(pattern, ignoreCase);
        var texts = reader.ReadAlternation(atStart: false, leading: true);
        if (reader.Failed || reader.At != pattern.Length || texts is null)
        {
            return null;
        }

        var prefixes = new List<string>();
        var contained = new List<string>();
        foreach (var (text, atStart) in texts)
        {
            if (!atStart && !Selective(text))
            {
                return null;
            }

            (atStart ? prefixes : contained).Add(text);
        }

        return prefixes.Count > MaxPrefixes || contained.Count > (reader.Searches ? MaxContained : MaxContainedWhenAnchored)
            ? null
            : new RequiredTexts(prefixes.ToArray(), contained.ToArray(), ignoreCase, reader.Searches);
    }

    // A text looked for anywhere in a block turns enough blocks away: three characters, or punctuation (©, @).
    private static bool Selective(string text)
    {
        if (text.Length >= 3)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || TextNormalizer.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a pattern's branches and groups, piece by piece, as <see cref="ReadPiece"/> does.</summary>
    private sealed class AlternativeReader
    {
        private readonly string _pattern;
        private readonly bool _ignoreCase;

        private int _nesting;

        public AlternativeReader(string pattern, bool ignoreCase)
        {
            _pattern = pattern;
            _ignoreCase = ignoreCase;
        }

        /// <summary>Where reading stands: at the <c>)</c> that ended a group's alternation, or at the pattern's end.</summary>
        public int At { get; private set; }

        /// <summary>Set when something could not be read with certainty: then nothing is required.</summary>
        public bool Failed { get; private set; }

        /// <summary>Set when a branch may begin its match anywhere in the block (not after a leading <c>^</c>): the engine searches.</summary>
        public bool Searches { get; private set; }

        /// <summary>
        /// The texts one of which every match of the alternation starting at <see cref="At"/> needs (each
        /// branch's own, together), or null when a branch needs none; <paramref name="atStart"/>: the
        /// alternation is known to begin at the block's start; <paramref name="leading"/>: it begins where the match does.
        /// </summary>
        public List<(string Text, bool AtStart)>? ReadAlternation(bool atStart, bool leading)
        {
            var all = new List<(string, bool)>();
            var missing = false;
            while (true)
            {
                var branch = ReadBranch(atStart, leading);
                if (Failed)
                {
                    return null;
                }

                if (branch is null)
                {
                    missing = true;
                }
                else
                {
                    all.AddRange(branch);
                }

                if (At < _pattern.Length && _pattern[At] == '|')
                {
                    At++;
                    continue;
                }

                return missing ? null : all;
            }
        }

        /// <summary>One branch up to its <c>|</c> or <c>)</c>: the best of the texts its pieces need, or null.</summary>
        private List<(string Text, bool AtStart)>? ReadBranch(bool atStart, bool leading)
        {
            List<(string, bool)>? best = null;
            var run = new StringBuilder();
            var runAtStart = false;

            // True while the branch has read nothing and its position is the block's start.
            var start = atStart;
            var consumed = false;
            while (At < _pattern.Length && _pattern[At] != '|' && _pattern[At] != ')')
            {
                if (_pattern[At] == '(' && start && !consumed && OptionalTexts() is { } optional)
                {
                    // An optional opening at the block's start (a bullet): what follows is at the start, or right
                    // after one of the opening's texts; the rest of the branch is read as at the start, and each
                    // of its prefixes taken with and without each opening.
                    if (++_nesting > MaxNesting)
                    {
                        Failed = true;
                        return null;
                    }

                    At = optional.End;
                    var rest = ReadBranch(atStart: true, leading: false);
                    _nesting--;
                    if (rest is null)
                    {
                        return null;
                    }

                    var opened = new List<(string, bool)>();
                    foreach (var (text, atBlockStart) in rest)
                    {
                        opened.Add((text, atBlockStart));
                        foreach (var opening in optional.Texts)
                        {
                            if (atBlockStart && opening.Length > 0)
                            {
                                opened.Add((opening + text, true));
                            }
                        }
                    }

                    return opened.Count > MaxPrefixes + MaxContained ? null : opened;
                }

                if (_pattern[At] == '(')
                {
                    Flush();
                    var group = ReadGroup(start && !consumed, leading && !consumed && !start);
                    if (Failed)
                    {
                        return null;
                    }

                    // At is just past the group's ')': a quantifier there that allows none leaves nothing required.
                    if (group is not null && !MayRepeatZeroTimes(_pattern, At - 1))
                    {
                        best = Better(best, group);
                    }

                    consumed = true;
                    continue;
                }

                var end = ReadPiece(_pattern, At, out var piece, out var literal);
                if (end < 0)
                {
                    Failed = true;
                    return null;
                }

                if (piece == Piece.Literal && !QuantifierFollows(_pattern, end) && Followed(literal))
                {
                    if (run.Length == 0)
                    {
                        runAtStart = start && !consumed;
                    }

                    run.Append(literal);
                }
                else if (_pattern[At] == '^' && !consumed)
                {
                    // What follows a leading ^ begins the block.
                    start = true;
                    At = end + 1;
                    continue;
                }
                else
                {
                    // A class, a quantifier, an escape such as \d, an anchor or a character whose case the check cannot follow: the run ends.
                    Flush();
                }

                Searches |= leading && !consumed && !start;
                consumed = true;
                At = end + 1;
            }

            Flush();
            return best;

            void Flush()
            {
                if (run.Length > 0)
                {
                    best = Better(best, new List<(string, bool)> { (run.ToString(), runAtStart) });
                    run.Clear();
                }
            }
        }

        /// <summary>The group at <see cref="At"/> (its <c>(</c>): what its alternation needs, or null for a lookaround; At ends past its <c>)</c>.</summary>
        private List<(string Text, bool AtStart)>? ReadGroup(bool atStart, bool leading)
        {
            var lookaround = false;
            var at = At + 1;
            if (at < _pattern.Length && _pattern[at] == '?')
            {
                var kind = at + 1 < _pattern.Length ? _pattern[at + 1] : '\0';
                switch (kind)
                {
                    case ':':
                    case '>':
                        at += 2;
                        break;
                    case '=':
                    case '!':
                        lookaround = true;
                        at += 2;
                        break;
                    case '<' when at + 2 < _pattern.Length && _pattern[at + 2] is '=' or '!':
                        lookaround = true;
                        at += 3;
                        break;
                    case '<':
                    case '\'':
                        var close = _pattern.IndexOf(kind == '<' ? '>' : '\'', at + 2);
                        if (close < 0)
                        {
                            Failed = true;
                            return null;
                        }

                        at = close + 1;
                        break;
                    default:
                        // A conditional, a balancing group's odd form, anything else: unsure.
                        Failed = true;
                        return null;
                }
            }

            if (++_nesting > MaxNesting)
            {
                Failed = true;
                return null;
            }

            At = at;
            var inner = ReadAlternation(atStart && !lookaround, leading && !lookaround);
            _nesting--;
            if (Failed || At >= _pattern.Length || _pattern[At] != ')')
            {
                Failed = true;
                return null;
            }

            At++;
            return lookaround ? null : inner;
        }

        /// <summary>A character the check compares at least as widely as the pattern: any without case-insensitivity; else ASCII, or one whose forms all fold alike.</summary>
        private bool Followed(char c) => !_ignoreCase || c < 128 || RequiredTexts.IsFoldable(c);

        /// <summary>
        /// For an optional group at <see cref="At"/> (<c>(?:[•·] )?</c>) that matches only a few texts (literal
        /// characters, small classes of plain characters, alternation): those texts, and where the pattern goes
        /// on after its <c>?</c>; else null.
        /// </summary>
        private (List<string> Texts, int End)? OptionalTexts()
        {
            var at = At + 1;
            if (at < _pattern.Length && _pattern[at] == '?')
            {
                if (at + 1 >= _pattern.Length || _pattern[at + 1] != ':')
                {
                    return null;
                }

                at += 2;
            }

            var texts = new List<string>();
            var alternative = new List<string> { string.Empty };
            while (at < _pattern.Length && _pattern[at] != ')')
            {
                if (_pattern[at] == '|')
                {
                    texts.AddRange(alternative);
                    alternative = new List<string> { string.Empty };
                    at++;
                    continue;
                }

                var end = ReadPiece(_pattern, at, out var piece, out var literal);
                char[]? members = piece switch
                {
                    Piece.Literal => new[] { literal },
                    Piece.Class when end > at => PlainClassMembers(_pattern, at, end),
                    _ => null,
                };
                if (end < 0 || members is null || members.Length > MaxOptionalTexts || QuantifierFollows(_pattern, end) || !System.Array.TrueForAll(members, Followed))
                {
                    return null;
                }

                var next = new List<string>();
                foreach (var text in alternative)
                {
                    foreach (var member in members)
                    {
                        next.Add(text + member);
                    }
                }

                if (next.Count + texts.Count > MaxOptionalTexts)
                {
                    return null;
                }

                alternative = next;
                at = end + 1;
            }

            texts.AddRange(alternative);

            // The group's ')' and then '?' (or '??'): matched once or not at all.
            if (at + 1 >= _pattern.Length || _pattern[at + 1] != '?')
            {
                return null;
            }

            at += 2;
            if (at < _pattern.Length && _pattern[at] == '?')
            {
                at++;
            }

            return (texts, at);
        }

        /// <summary>
        /// The requirement that costs a block least to check and turns more blocks away: texts at the block's
        /// start of two characters or more (a block's first characters rule most of them out at once) before any
        /// text looked for anywhere, then the longer shortest text, then fewer texts.
        /// </summary>
        private static List<(string Text, bool AtStart)> Better(List<(string Text, bool AtStart)>? best, List<(string Text, bool AtStart)> candidate)
        {
            if (best is null)
            {
                return candidate;
            }

            var (bestScore, candidateScore) = (Score(best), Score(candidate));
            return candidateScore > bestScore || candidateScore == bestScore && candidate.Count < best.Count ? candidate : best;
        }

        private static int Score(List<(string Text, bool AtStart)> texts)
        {
            var score = int.MaxValue;
            foreach (var (text, atStart) in texts)
            {
                score = System.Math.Min(score, atStart && text.Length >= 2 ? 1000 + text.Length : text.Length + (atStart ? 3 : 0));
            }

            return score;
        }
    }
}
