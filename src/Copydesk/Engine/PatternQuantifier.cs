#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>Reads a quantifier in a pattern's text as .NET reads it: the pattern readers of the engine and the generator share it.</summary>
internal static class PatternQuantifier
{
    /// <summary>
    /// The index of the <c>}</c> closing a counted quantifier (<c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c>) whose
    /// <c>{</c> is at <paramref name="at"/>, or -1 when the brace is a literal: .NET counts only ASCII
    /// digits (<c>{٣}</c> is literal text), and a count of more than nine digits is not read.
    /// </summary>
    public static int BraceEnd(string pattern, int at)
    {
        var i = at + 1;
        var digits = Digits(pattern, ref i);
        if (digits is 0 or > 9 || i >= pattern.Length)
        {
            return -1;
        }

        if (pattern[i] == '}')
        {
            return i;
        }

        if (pattern[i] != ',')
        {
            return -1;
        }

        i++;
        return Digits(pattern, ref i) <= 9 && i < pattern.Length && pattern[i] == '}' ? i : -1;
    }

    /// <summary>
    /// Reads the quantifier at <paramref name="at"/> (<c>*</c>, <c>+</c>, <c>?</c>, <c>{n}</c>, <c>{n,}</c>,
    /// <c>{n,m}</c>; not a lazy mark after it): true with its bounds and <paramref name="at"/> past it, false
    /// with <paramref name="at"/> unchanged when none starts there.
    /// </summary>
    public static bool TryRead(string pattern, ref int at, out int min, out int max)
    {
        min = max = 1;
        if (at >= pattern.Length)
        {
            return false;
        }

        switch (pattern[at])
        {
            case '*':
                (min, max) = (0, int.MaxValue);
                at++;
                return true;
            case '+':
                (min, max) = (1, int.MaxValue);
                at++;
                return true;
            case '?':
                (min, max) = (0, 1);
                at++;
                return true;
            case '{' when BraceEnd(pattern, at) is var close and >= 0:
                var i = at + 1;
                min = Count(pattern, ref i);
                if (pattern[i] == '}')
                {
                    max = min;
                }
                else
                {
                    i++;
                    max = pattern[i] == '}' ? int.MaxValue : Count(pattern, ref i);
                }

                at = close + 1;
                return true;
            default:
                return false;
        }
    }

    private static int Digits(string pattern, ref int i)
    {
        var start = i;
        while (i < pattern.Length && pattern[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }

    private static int Count(string pattern, ref int i)
    {
        var count = 0;
        while (pattern[i] is >= '0' and <= '9')
        {
            count = (count * 10) + (pattern[i] - '0');
            i++;
        }

        return count;
    }
}
