using System;
using AnalyzerText = Copydesk.Generators.TextNormalizer;
using AnalyzerQuotes = Copydesk.Generators.QuotationDetector;
using RuntimeText = Copydesk.TextNormalizer;
using RuntimeQuotes = Copydesk.QuotationDetector;

namespace Copydesk.Generators.Tests.Engine;

/// <summary>
/// The analyzers run the engine built for netstandard2.0, whose white-space and quotation checks use
/// other code than the runtime library's .NET 8 build (loops, not vectorized searches): both must give the same answers.
/// </summary>
public class NetStandardTextSearchTests
{
    [Fact]
    public void Every_character_is_taken_for_a_space_or_a_quotation_mark_as_the_runtime_library_takes_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var one = ((char)c).ToString();
            var inText = "a" + one + "b";
            var beside = "a " + one + "b";
            Assert.True(RuntimeText.IsRegular(inText, 0, inText.Length) == AnalyzerText.IsRegular(inText, 0, inText.Length), $"regular: U+{c:X4}");
            Assert.True(RuntimeText.IsRegular(beside, 0, beside.Length) == AnalyzerText.IsRegular(beside, 0, beside.Length), $"regular after a space: U+{c:X4}");
            Assert.True(RuntimeQuotes.HasQuotation(one) == AnalyzerQuotes.HasQuotation(one), $"quotation: U+{c:X4}");
        }

        Assert.False(AnalyzerText.IsRegular("a\u00A0b", 0, 3));
        Assert.False(AnalyzerText.IsRegular("a\uFEFFb", 0, 3));
        Assert.True(AnalyzerQuotes.HasQuotation("«"));
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
