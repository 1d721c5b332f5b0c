using System;
using System.Text;
using System.Text.RegularExpressions;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Which UTF-16 code units a one-character expression matches, asked of .NET's engine in one search of
/// every code unit (rather than one run each): how the engine's case and class tables are read wherever
/// a prefilter must agree with them.
/// </summary>
internal static class EveryCharacter
{
    // Each UTF-16 code unit once, in order.
    private static readonly Lazy<string> All = new(() =>
    {
        var all = new char[char.MaxValue + 1];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (char)i;
        }

        return new string(all);
    });

    /// <summary>
    /// The code units from <paramref name="from"/> up that <paramref name="expression"/> (one character
    /// long) matches, in order; <c>null</c> when there are more than <paramref name="limit"/>.
    /// </summary>
    public static string? MatchedBy(Regex expression, int from = 0, int limit = int.MaxValue)
    {
        var found = new StringBuilder();
        for (var match = expression.Match(All.Value, from); match.Success; match = match.NextMatch())
        {
            if (match.Length != 1)
            {
                continue;
            }

            if (found.Length == limit)
            {
                return null;
            }

            found.Append(match.Value);
        }

        return found.ToString();
    }
}
