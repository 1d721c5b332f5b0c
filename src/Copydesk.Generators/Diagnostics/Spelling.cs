using System;
using System.Collections.Generic;

namespace Copydesk.Generators.Diagnostics;

/// <summary>"Did you mean": the one place that picks the closest known word for a misspelt one.</summary>
internal static class Spelling
{
    /// <summary>The closest candidate within two edits, or one the word starts with, or <c>null</c>.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        var lower = word.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var other = candidate.ToLowerInvariant();
            var distance = lower.StartsWith(other, StringComparison.Ordinal) ? 1 : EditDistance(lower, other);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
