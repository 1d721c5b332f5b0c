using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Copydesk.Evaluation;

/// <summary>
/// The article-extraction benchmark's body metric, as <c>realpages/score.py</c> computes it: tokens are
/// Python's <c>\w+</c> on text (letters, decimal and other numerals, <c>_</c>; not combining marks or
/// connector punctuation, which .NET's <c>\w</c> also takes), units are overlapping 4-token shingles
/// compared as multisets per page, and precision and recall are averaged over pages.
/// </summary>
public static class BodyMetric
{
    private const int ShingleSize = 4;

    /// <summary>One page's true positives, false positives and false negatives, each divided by their sum.</summary>
    public readonly record struct PageCounts(double TruePositive, double FalsePositive, double FalseNegative);

    public readonly record struct Summary(double Precision, double Recall, double F1, int Pages);

    /// <summary>Python's <c>re.findall(r"\w+", text)</c>.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var word = IsPythonWordCharacter(text, i);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text.Substring(start, i - start));
                start = -1;
            }

            i += width - 1;
        }

        if (start >= 0)
        {
            tokens.Add(text.Substring(start));
        }

        return tokens;
    }

    /// <summary>Python's <c>str.isalnum() or c == "_"</c> for the code point at <paramref name="index"/>.</summary>
    private static bool IsPythonWordCharacter(string text, int index)
    {
        if (text[index] == '_')
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return counts;
        }

        // A text of 1 to 3 tokens is one shorter shingle.
        var grams = tokens.Count < ShingleSize
            ? new[] { string.Join("\u0001", tokens) }
            : Enumerable.Range(0, tokens.Count - ShingleSize + 1).Select(i => string.Join("\u0001", tokens.Skip(i).Take(ShingleSize)));
        foreach (var gram in grams)
        {
            counts[gram] = counts.TryGetValue(gram, out var n) ? n + 1 : 1;
        }

        return counts;
    }

    public static PageCounts Page(string truth, string prediction)
    {
        var t = Shingles(truth);
        var p = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var gram in t.Keys.Union(p.Keys))
        {
            var a = t.TryGetValue(gram, out var x) ? x : 0;
            var b = p.TryGetValue(gram, out var y) ? y : 0;
            tp += Math.Min(a, b);
            if (b > a)
            {
                fp += b - a;
            }
            else
            {
                fn += a - b;
            }
        }

        var total = tp + fp + fn;
        return total > 0 ? new PageCounts(tp / total, fp / total, fn / total) : new PageCounts(0, 0, 0);
    }

    public static Summary Aggregate(IReadOnlyList<PageCounts> pages)
    {
        var precisions = pages.Where(c => c.TruePositive + c.FalsePositive > 0).Select(c => Ratio(c.TruePositive, c.FalsePositive, c.FalseNegative)).ToList();
        var recalls = pages.Where(c => c.TruePositive + c.FalseNegative > 0).Select(c => Ratio(c.TruePositive, c.FalseNegative, c.FalsePositive)).ToList();
        var precision = precisions.Count > 0 ? precisions.Average() : double.NaN;
        var recall = recalls.Count > 0 ? recalls.Average() : double.NaN;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Summary(precision, recall, f1, pages.Count);
    }

    private static double Ratio(double hit, double miss, double otherMiss) =>
        miss == 0 && otherMiss == 0 ? 1 : hit == 0 && miss == 0 ? 0 : hit / (hit + miss);
}
