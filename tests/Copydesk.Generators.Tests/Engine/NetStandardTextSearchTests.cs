using System;
using System.Linq;
using AnalyzerText = Copydesk.Generators.TextNormalizer;
using AnalyzerQuotes = Copydesk.Generators.QuotationDetector;
using RuntimeText = Copydesk.TextNormalizer;
using RuntimeQuotes = Copydesk.QuotationDetector;

namespace Copydesk.Generators.Tests.Engine;

/// <summary>
/// The analyzers run the engine built for netstandard2.0, whose white-space and quotation checks use
/// other searches than the runtime library's .NET 8 build: both must give the same answers.
/// </summary>
public class NetStandardTextSearchTests
{
    [Fact]
    public void The_search_sets_hold_exactly_the_characters_the_predicates_take()
    {
        var all = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray();

        Assert.Equal(all.Where(c => c != ' ' && AnalyzerText.IsSpace(c)), AnalyzerText.SpacesButBlank);
        Assert.Equal(all.Where(c => RuntimeQuotes.HasQuotation(c.ToString())), AnalyzerQuotes.DoubleQuotes);
        Assert.Contains('\u00A0', AnalyzerText.SpacesButBlank);
        Assert.Contains('\uFEFF', AnalyzerText.SpacesButBlank);
        Assert.Contains('«', AnalyzerQuotes.DoubleQuotes);
    }

    [Fact]
    public void Regular_spacing_and_quotations_are_found_as_the_runtime_library_finds_them_on_random_text()
    {
        var random = new Random(11);
        var alphabet = new[] { 'a', 'Z', ' ', ' ', ' ', '\n', '\t', '\u00A0', '\u2009', '\u200B', '“', '”', '"', '\'', 'é', '«' };
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 30)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            Assert.True(RuntimeText.IsRegular(text, start, end) == AnalyzerText.IsRegular(text, start, end), $"regular: \"{text}\" [{start}, {end})");
            Assert.True(RuntimeQuotes.HasQuotation(text) == AnalyzerQuotes.HasQuotation(text), $"quotation: \"{text}\"");
        }
    }
}
