namespace Copydesk.Tests.Engine;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("See also\u00A0 Asylum seekers", "See also Asylum seekers")]
    [InlineData("  two\r\nlines\tand\u2009thin  ", "two lines and thin")]
    [InlineData("plain text", "plain text")]
    [InlineData("", "")]
    public void Whitespace_runs_collapse_to_one_space(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.CollapseSpaces(input));
    }

    [Fact]
    public void Curly_quotes_and_apostrophes_fold_to_straight_ones_keeping_indices()
    {
        var folded = TextNormalizer.FoldQuotes("CNN’s “quote” ‘inner’ «fr»");

        Assert.Equal("CNN's \"quote\" 'inner' \"fr\"", folded);
    }

    [Fact]
    public void Literals_are_compared_in_the_same_tolerant_form()
    {
        Assert.Equal(TextNormalizer.NormalizeLiteral("Your email address won't  be published."),
            TextNormalizer.NormalizeLiteral("Your email\u00A0address won’t be published."));
    }
}
