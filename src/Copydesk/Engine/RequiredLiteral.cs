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
/// options. Anything else yields <c>null</c> (no prefilter), never a wrong answer.
/// </summary>
internal static class RequiredLiteral
{
    private const int MinimumLength = 3;

    /// <summary>The longest certain literal of <paramref name="pattern"/>, or <c>null</c>.</summary>
    public static string? Of(Regex pattern)
    {
        if ((pattern.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) != 0)
        {
            return null;
        }

        return Of(pattern.ToString());
    }

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
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (inClass)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == ']')
                {
                    inClass = false;
                }

                continue;
            }

            char? literal = null;
            switch (c)
            {
                case '\\':
                    if (i + 1 < pattern.Length && !char.IsLetterOrDigit(pattern[i + 1]))
                    {
                        literal = pattern[++i];
                    }
                    else
                    {
                        // \d, \w, \p{…}, \b, back-references: not literal text.
                        i++;
                    }

                    break;
                case '[':
                    inClass = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|':
                    if (depth == 0)
                    {
                        return null;
                    }

                    break;
                case '{':
                    // A quantifier's bounds ({2}, {0,2}, {1,}) are not text.
                    while (i + 1 < pattern.Length && (char.IsDigit(pattern[i + 1]) || pattern[i + 1] == ','))
                    {
                        i++;
                    }

                    break;
                case '.':
                case '^':
                case '$':
                case '*':
                case '+':
                case '?':
                case '}':
                    break;
                default:
                    literal = c;
                    break;
            }

            if (literal is { } l && depth == 0 && !QuantifierFollows(pattern, i))
            {
                run.Append(l);
                continue;
            }

            best = Longer(best, run);
            run.Clear();
        }

        best = Longer(best, run);
        return best is { Length: >= MinimumLength } ? best : null;
    }

    private static bool HasInlineOptions(string pattern)
    {
        for (var i = pattern.IndexOf("(?", System.StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, System.StringComparison.Ordinal))
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
