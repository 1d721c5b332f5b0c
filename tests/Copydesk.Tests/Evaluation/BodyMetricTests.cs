using System.Collections.Generic;
using Copydesk.Evaluation;

namespace Copydesk.Tests.Evaluation;

/// <summary>The benchmark's body metric on texts of our own, with figures worked out by hand.</summary>
public class BodyMetricTests
{
    [Theory]
    [InlineData("Café au lait", new[] { "Café", "au", "lait" })]
    // A combining acute accent is not a word character for Python's \w (it is for .NET's).
    [InlineData("Cafe\u0301 au lait", new[] { "Cafe", "au", "lait" })]
    // Superscript two is a numeral (No); the connector "‿" is not a word character for Python.
    [InlineData("x² a‿b snake_case 42", new[] { "x²", "a", "b", "snake_case", "42" })]
    [InlineData("“Quoted,” she said—twice.", new[] { "Quoted", "she", "said", "twice" })]
    [InlineData("", new string[0])]
    public void Tokens_are_Pythons_word_runs(string text, string[] expected)
    {
        Assert.Equal(expected, BodyMetric.Tokens(text));
    }

    [Fact]
    public void Precision_recall_and_F1_follow_the_benchmark_on_a_hand_worked_fixture()
    {
        var pages = new List<BodyMetric.PageCounts>
        {
            // 5 true tokens → shingles "a b c d", "b c d e"; predicted "a b c d", "b c d x": tp 1, fp 1, fn 1 → precision 1/2, recall 1/2.
            BodyMetric.Page("a b c d e", "a b c d x"),
            // Nothing predicted: counts for recall (0) only.
            BodyMetric.Page("one two", ""),
            // Same tokens for Python's \w, though not the same characters: precision 1, recall 1.
            BodyMetric.Page("Cafe\u0301 au lait", "Cafe au lait"),
        };

        Assert.Equal(new BodyMetric.PageCounts(1.0 / 3, 1.0 / 3, 1.0 / 3), pages[0]);
        Assert.Equal(new BodyMetric.PageCounts(0, 0, 1), pages[1]);

        var summary = BodyMetric.Aggregate(pages);

        // Precision over pages 1 and 3: (1/2 + 1) / 2; recall over all three: (1/2 + 0 + 1) / 3.
        Assert.Equal(0.75, summary.Precision, 10);
        Assert.Equal(0.5, summary.Recall, 10);
        Assert.Equal(2 * 0.75 * 0.5 / 1.25, summary.F1, 10);
        Assert.Equal(3, summary.Pages);
    }

    [Fact]
    public void Repeated_shingles_count_as_a_multiset()
    {
        // Truth has "a b c d" twice (a b c d a b c d → 5 shingles); the prediction once: tp 1… of the repeated one.
        var counts = BodyMetric.Page("a b c d a b c d", "a b c d");

        // Truth shingles: abcd ×2, bcda, cdab, dabc; predicted: abcd. tp 1, fp 0, fn 4 → 1/5, 0, 4/5.
        Assert.Equal(new BodyMetric.PageCounts(0.2, 0, 0.8), counts);
    }
}
