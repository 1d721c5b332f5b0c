using System;
using System.Text;
using System.Text.RegularExpressions;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Finds text that every match of a pattern must contain, so blocks without it skip the regex. Only
/// what is certain counts: literal characters at the top level of a pattern without top-level
/// alternation, not followed by a quantifier, in a pattern without case-insensitivity or inline
/// options. Every escape is read whole (<c>\u0022</c>, <c>\x22</c>, <c>\p{IsGreek}</c>,
/// <c>\k&lt;name&gt;</c>, back-references) and counts as no text; an escape it does not know ends the
/// search with <c>null</c> (no prefilter). It never gives a wrong answer, only sometimes none.
/// </summary>
internal static partial class RequiredLiteral
{
    private const int MinimumLength = 3;

    /// <summary>The longest certain literal of <paramref name="pattern"/>, or <c>null</c>.</summary>
    public static string? Of(Regex pattern) => Of(pattern.ToString(), pattern.Options);

    /// <summary><see cref="Of(Regex)"/> for a pattern not built yet (the generator's view of a template pattern).</summary>
    public static string? Of(string pattern, RegexOptions options) =>
        (options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0 ? null : Of(pattern);

    /// <summary>The longest certain literal of a case-sensitive pattern, or <c>null</c>.</summary>
    public static string? Of(string pattern)
    {
        if (HasInlineOptions(pattern))
        {
            return null;
        }

        string? best = null;
        var run = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            i = ReadTopLevel(pattern, i, ref depth, out _, out var certain);
            if (i < 0)
            {
                return null;
            }

            if (certain is { } literal)
            {
                run.Append(literal);
                continue;
            }

            best = Longer(best, run);
            run.Clear();
        }

        best = Longer(best, run);
        return best is { Length: >= MinimumLength } ? best : null;
    }

    /// <summary>
    /// The text every match of <paramref name="pattern"/> must end the block with: the literal characters
    /// right before a final <c>$</c>, <c>\z</c> or <c>\Z</c> at the top level (<c>…report\.$</c>), or
    /// <c>null</c>. Block texts have no line breaks (they are collapsed), so <c>$</c> is the end. One
    /// comparison at the block's end then turns most blocks away, where a search for the literal reads them whole.
    /// </summary>
    public static string? SuffixOf(Regex pattern) => SuffixOf(pattern.ToString(), pattern.Options);

    /// <summary><see cref="SuffixOf(Regex)"/> for a pattern not built yet (the generator's view of a template pattern).</summary>
    public static string? SuffixOf(string pattern, RegexOptions options)
    {
        if (Plain(pattern, options) is not { } text)
        {
            return null;
        }

        var run = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            i = ReadTopLevel(text, i, ref depth, out var piece, out var certain);
            if (i < 0)
            {
                return null;
            }

            if (i == text.Length - 1 && depth == 0 && piece == Piece.Other &&
                (text[start] == '$' || (text[start] == '\\' && i == start + 1 && text[i] is 'z' or 'Z')))
            {
                return run.Length > 0 ? run.ToString() : null;
            }

            if (certain is { } literal)
            {
                run.Append(literal);
            }
            else
            {
                run.Clear();
            }
        }

        return null;
    }

    /// <summary>The text every match must begin the block with: the literal characters right after a leading <c>^</c> or <c>\A</c>, or <c>null</c>.</summary>
    public static string? PrefixOf(Regex pattern) => PrefixOf(pattern.ToString(), pattern.Options);

    /// <summary><see cref="PrefixOf(Regex)"/> for a pattern not built yet (the generator's view of a template pattern).</summary>
    public static string? PrefixOf(string pattern, RegexOptions options)
    {
        if (Plain(pattern, options) is not { } text || !(text.StartsWith("^", StringComparison.Ordinal) || text.StartsWith("\\A", StringComparison.Ordinal)))
        {
            return null;
        }

        var run = new StringBuilder();
        var open = true;
        var depth = 0;
        for (var i = text[0] == '^' ? 1 : 2; i < text.Length; i++)
        {
            i = ReadTopLevel(text, i, ref depth, out _, out var certain);
            if (i < 0)
            {
                return null;
            }

            // The prefix is the literals before the first piece that is not one; the rest is read for a top-level '|'.
            open &= certain is not null;
            if (open)
            {
                run.Append(certain!.Value);
            }
        }

        return run.Length > 0 ? run.ToString() : null;
    }

    /// <summary>
    /// Reads the piece at <paramref name="at"/> as <see cref="ReadPiece"/> does, keeping the group depth:
    /// the index of its last character, or -1 when unsure or at an alternation outside every group (then
    /// no text is certain). <paramref name="certain"/> is the character every match has here, or null: a
    /// literal at the top level that no quantifier follows.
    /// </summary>
    private static int ReadTopLevel(string pattern, int at, ref int depth, out Piece piece, out char? certain)
    {
        var end = ReadPiece(pattern, at, out piece, out var literal);
        depth += piece == Piece.GroupOpen ? 1 : piece == Piece.GroupClose ? -1 : 0;
        certain = end >= 0 && piece == Piece.Literal && depth == 0 && !QuantifierFollows(pattern, end) ? literal : null;
        return end < 0 || (piece == Piece.Alternation && depth == 0) ? -1 : end;
    }

    /// <summary>The pattern's text when its literals match only themselves: case-sensitive, no inline options, no free spacing, left to right, single line.</summary>
    private static string? Plain(string pattern, RegexOptions options) =>
        (options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.Multiline)) != 0 || HasInlineOptions(pattern)
            ? null
            : pattern;

    /// <summary>
    /// Characters of which every match of <paramref name="pattern"/> contains at least one: a punctuation
    /// character or a class of them (<c>@</c>, <c>\(</c>, <c>[-–—|]</c>, <c>[›»&gt;]</c>) that the pattern
    /// needs — at its top level or inside groups that must match at least once, outside alternation and
    /// not quantified to zero; the smallest such set, or <c>null</c>. Letters, digits and white space never
    /// count (too common to filter; case-insensitivity and collapsed spaces change them), nor does
    /// anything when the pattern has inline options.
    /// </summary>
    public static char[]? RequiredCharacters(Regex pattern) => RequiredCharacters(pattern.ToString(), pattern.Options);

    /// <summary><see cref="RequiredCharacters(Regex)"/> for a pattern not built yet (the generator's view of a template pattern).</summary>
    public static char[]? RequiredCharacters(string text, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        if (HasInlineOptions(text))
        {
            return null;
        }

        // One frame per open group: the sets it requires if it turns out to be required itself.
        var frames = new System.Collections.Generic.List<Frame> { new(consumes: true) };
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            i = ReadPiece(text, i, out var piece, out var literal);
            if (i < 0)
            {
                return null;
            }

            char[]? members = null;
            switch (piece)
            {
                case Piece.Literal:
                    members = new[] { literal };
                    break;
                case Piece.Class:
                    members = PlainClassMembers(text, start, i);
                    break;
                case Piece.GroupOpen:
                    {
                        // Lookarounds and conditionals do not consume what they name.
                        var next = i + 2 < text.Length && text[i + 1] == '?' ? text[i + 2] : '\0';
                        var lookbehind = next == '<' && i + 3 < text.Length && text[i + 3] is '=' or '!';
                        frames.Add(new Frame(consumes: next is not ('=' or '!' or '(') && !lookbehind));

                        // The group's header ((?:, (?<name>, (?'name', (?=, (?<!, …) is not text.
                        if (next is ':' or '=' or '!' or '>')
                        {
                            i += 2;
                        }
                        else if (lookbehind)
                        {
                            i += 3;
                        }
                        else if (next is '<' or '\'')
                        {
                            var close = text.IndexOf(next == '<' ? '>' : '\'', i + 3);
                            if (close < 0)
                            {
                                return null;
                            }

                            i = close;
                        }
                        else if (next != '\0')
                        {
                            return null;
                        }

                        break;
                    }

                case Piece.GroupClose:
                    {
                        if (frames.Count < 2)
                        {
                            return null;
                        }

                        var group = frames[frames.Count - 1];
                        frames.RemoveAt(frames.Count - 1);
                        if (group.Consumes && !group.Alternates && !MayRepeatZeroTimes(text, i))
                        {
                            frames[frames.Count - 1].Required.AddRange(group.Required);
                        }

                        break;
                    }

                case Piece.Alternation:
                    frames[frames.Count - 1].Alternates = true;
                    break;
            }

            if (members is not null && !MayRepeatZeroTimes(text, i) && AllFilterable(members))
            {
                frames[frames.Count - 1].Required.Add(members);
            }
        }

        if (frames.Count != 1 || frames[0].Alternates)
        {
            return null;
        }

        char[]? best = null;
        foreach (var members in frames[0].Required)
        {
            if (best is null || members.Length < best.Length)
            {
                best = members;
            }
        }

        return best;
    }

    /// <summary>What <see cref="ReadPiece"/> found.</summary>
    private enum Piece
    {
        /// <summary>One character matched as itself (written plainly or escaped, <c>\.</c>).</summary>
        Literal,

        /// <summary>A character class, <c>[…]</c>.</summary>
        Class,

        /// <summary>An opening parenthesis (its header, <c>?:</c> or <c>?&lt;name&gt;</c>, is not read).</summary>
        GroupOpen,

        /// <summary>A closing parenthesis.</summary>
        GroupClose,

        /// <summary>A <c>|</c>.</summary>
        Alternation,

        /// <summary>Anything that is no text: an escape such as <c>\d</c> or <c>\p{…}</c>, a quantifier and its bounds, an anchor, <c>.</c>.</summary>
        Other,
    }

    /// <summary>
    /// Reads the piece of <paramref name="pattern"/> that starts at <paramref name="at"/>; the index of
    /// its last character, or -1 when unsure (an escape it does not know, a class without its end).
    /// </summary>
    private static int ReadPiece(string pattern, int at, out Piece piece, out char literal)
    {
        literal = '\0';
        piece = Piece.Other;
        switch (pattern[at])
        {
            case '\\':
                if (at + 1 >= pattern.Length)
                {
                    return -1;
                }

                if (!char.IsLetterOrDigit(pattern[at + 1]))
                {
                    piece = Piece.Literal;
                    literal = pattern[at + 1];
                    return at + 1;
                }

                // \d, \u0022, \p{…}, \k<…>, \1 …: never taken as text; skipped whole.
                return EscapeEnd(pattern, at);
            case '[':
                piece = Piece.Class;
                return ClassEnd(pattern, at);
            case '(':
                piece = Piece.GroupOpen;
                return at;
            case ')':
                piece = Piece.GroupClose;
                return at;
            case '|':
                piece = Piece.Alternation;
                return at;
            case '{':
                {
                    // A quantifier's bounds ({2}, {0,2}, {1,}) are not text.
                    var i = at;
                    while (i + 1 < pattern.Length && (char.IsDigit(pattern[i + 1]) || pattern[i + 1] == ','))
                    {
                        i++;
                    }

                    return i;
                }

            case '.':
            case '^':
            case '$':
            case '*':
            case '+':
            case '?':
            case '}':
                return at;
            default:
                piece = Piece.Literal;
                literal = pattern[at];
                return at;
        }
    }

    private sealed class Frame
    {
        public Frame(bool consumes) => Consumes = consumes;

        public bool Consumes { get; }

        public bool Alternates { get; set; }

        public System.Collections.Generic.List<char[]> Required { get; } = new();
    }

    /// <summary>The members of a class written as plain characters (<c>[-–—|]</c>, <c>[\(\[]</c>), or null for ranges, negations, escapes of classes and subtractions.</summary>
    private static char[]? PlainClassMembers(string pattern, int open, int close)
    {
        var members = new System.Collections.Generic.List<char>();
        for (var i = open + 1; i < close; i++)
        {
            var c = pattern[i];
            if (c == '^' && i == open + 1 || c == '[' || c == '-' && i != open + 1 && i != close - 1)
            {
                return null;
            }

            if (c == '\\')
            {
                if (i + 1 >= close || char.IsLetterOrDigit(pattern[i + 1]))
                {
                    return null;
                }

                c = pattern[++i];
            }

            members.Add(c);
        }

        return members.Count == 0 ? null : members.ToArray();
    }

    private static bool AllFilterable(char[] members)
    {
        foreach (var c in members)
        {
            // Case-insensitivity and collapsed spaces never change punctuation like this (patterns see quotes as written).
            if (char.IsLetterOrDigit(c) || TextNormalizer.IsSpace(c) || char.IsSurrogate(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the element ending at <paramref name="i"/> is followed by <c>?</c>, <c>*</c> or <c>{0</c>.</summary>
    private static bool MayRepeatZeroTimes(string pattern, int i) =>
        i + 1 < pattern.Length && (pattern[i + 1] is '?' or '*' || (pattern[i + 1] == '{' && i + 2 < pattern.Length && pattern[i + 2] == '0'));

    /// <summary>The index of the last character of the escape that starts at <paramref name="at"/> (a backslash and a letter or digit), or -1 when unsure.</summary>
    internal static int EscapeEnd(string pattern, int at)
    {
        var kind = pattern[at + 1];
        switch (kind)
        {
            case 'u':
                return Hex(pattern, at + 2, 4);
            case 'x':
                return Hex(pattern, at + 2, 2);
            case 'c':
                return at + 2 < pattern.Length ? at + 2 : -1;
            case 'p':
            case 'P':
                return Closing(pattern, at + 2, '{', '}');
            case 'k':
                if (at + 2 >= pattern.Length)
                {
                    return -1;
                }

                return pattern[at + 2] switch
                {
                    '<' => Closing(pattern, at + 2, '<', '>'),
                    '\'' => Closing(pattern, at + 2, '\'', '\''),
                    _ => -1,
                };
            case 'd':
            case 'D':
            case 'w':
            case 'W':
            case 's':
            case 'S':
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
            case 't':
            case 'n':
            case 'r':
            case 'f':
            case 'v':
            case 'e':
            case 'a':
                return at + 1;
            default:
                if (char.IsDigit(kind))
                {
                    // A back-reference (\1) or an octal character (\012): digits, never literal text here.
                    var i = at + 1;
                    while (i + 1 < pattern.Length && char.IsDigit(pattern[i + 1]))
                    {
                        i++;
                    }

                    return i;
                }

                return -1;
        }
    }

    private static int Hex(string pattern, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (i >= pattern.Length || !Uri.IsHexDigit(pattern[i]))
            {
                return -1;
            }
        }

        return start + count - 1;
    }

    /// <summary>The index of <paramref name="close"/> after the <paramref name="open"/> at <paramref name="at"/>, or -1.</summary>
    private static int Closing(string pattern, int at, char open, char close)
    {
        if (at >= pattern.Length || pattern[at] != open)
        {
            return -1;
        }

        var end = pattern.IndexOf(close, at + 1);
        return end;
    }

    /// <summary>The index of the <c>]</c> that ends the class starting at <paramref name="at"/>, with escapes and subtractions (<c>[a-z-[aeiou]]</c>), or -1.</summary>
    internal static int ClassEnd(string pattern, int at)
    {
        var i = at + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        // A ']' first in a class is a member, not its end.
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when i > 0 && pattern[i - 1] == '-':
                    i = ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case ']':
                    return i;
            }
        }

        return -1;
    }

    private static bool HasInlineOptions(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            // (?: (?= (?! (?< (?> (?' are groups and lookarounds; (?i) (?x) (?-i) … change how text matches.
            var next = i + 2 < pattern.Length ? pattern[i + 2] : ')';
            if (next != ':' && next != '=' && next != '!' && next != '<' && next != '>' && next != '\'' && next != '(')
            {
                return true;
            }
        }

        return false;
    }

    private static bool QuantifierFollows(string pattern, int i) =>
        i + 1 < pattern.Length && pattern[i + 1] is '*' or '+' or '?' or '{';

    private static string? Longer(string? best, StringBuilder run) =>
        run.Length > (best?.Length ?? 0) ? run.ToString() : best;
}
