using System.Collections.Generic;

namespace Copydesk.Fuzz;

/// <summary>
/// The proof the emitted dispatch needs: a generated parser's template (which runs its emitted
/// classification) and the same rules interpreted must put every block under the same rule with the
/// same captures, and find the same things.
/// </summary>
public static class DispatchAgreement
{
    /// <summary>The first difference between <paramref name="emitted"/> and its rules interpreted on <paramref name="text"/>, or null.</summary>
    public static string? FirstDisagreement(ArticleTemplate emitted, string text)
    {
        var interpreted = new ArticleTemplate(emitted.Name, emitted.Rules);
        var left = emitted.Parse(text);
        var right = interpreted.Parse(text);
        if (left.Blocks.Count != right.Blocks.Count)
        {
            return $"{left.Blocks.Count} blocks emitted, {right.Blocks.Count} interpreted";
        }

        for (var i = 0; i < left.Blocks.Count; i++)
        {
            var (a, b) = (left.Blocks[i], right.Blocks[i]);
            if (a.RuleIndex != b.RuleIndex)
            {
                return $"block {i} ('{b.Text}'): emitted rule {a.Rule?.Name ?? "none"}, interpreted {b.Rule?.Name ?? "none"}";
            }

            for (var c = 0; c < (a.Rule?.Captures.Count ?? 0); c++)
            {
                if (a.GetCapture(c) != b.GetCapture(c))
                {
                    return $"block {i} ('{b.Text}'): capture {a.Rule!.Captures[c].Name} emitted '{a.GetCapture(c)}', interpreted '{b.GetCapture(c)}'";
                }
            }
        }

        var emittedFindings = Describe(left.Findings);
        var interpretedFindings = Describe(right.Findings);
        for (var i = 0; i < System.Math.Max(emittedFindings.Count, interpretedFindings.Count); i++)
        {
            var a = i < emittedFindings.Count ? emittedFindings[i] : "nothing";
            var b = i < interpretedFindings.Count ? interpretedFindings[i] : "nothing";
            if (a != b)
            {
                return $"finding {i}: emitted {a}, interpreted {b}";
            }
        }

        return null;
    }

    private static List<string> Describe(IReadOnlyList<ArticleFinding> findings)
    {
        var described = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            described.Add($"{finding.Kind} {finding.RuleName} at {finding.Span}");
        }

        return described;
    }
}
