using System.Text.RegularExpressions;

namespace Copydesk.Tests.Engine;

public class PatternQuantifierTests
{
    [Theory]
    [InlineData("*", 0, int.MaxValue)]
    [InlineData("+", 1, int.MaxValue)]
    [InlineData("?", 0, 1)]
    [InlineData("{3}", 3, 3)]
    [InlineData("{2,}", 2, int.MaxValue)]
    [InlineData("{0,4}", 0, 4)]
    [InlineData("{123456789}", 123456789, 123456789)]
    public void A_quantifier_is_read_with_the_bounds_NET_gives_it(string quantifier, int min, int max)
    {
        var pattern = "a" + quantifier + "b";
        var at = 1;

        Assert.True(PatternQuantifier.TryRead(pattern, ref at, out var readMin, out var readMax));
        Assert.Equal((min, max), (readMin, readMax));
        Assert.Equal('b', pattern[at]);

        // .NET agrees on the bounds where they are small enough to try.
        for (var count = 0; count <= 6 && min < 100; count++)
        {
            var expected = count >= min && count <= max;
            Assert.Equal(expected, Regex.IsMatch(new string('a', count) + "b", "^" + pattern + "$"));
        }
    }

    [Theory]
    [InlineData("{٣}")]
    [InlineData("{1,٣}")]
    [InlineData("{x}")]
    [InlineData("{,3}")]
    [InlineData("{1234567890}")]
    [InlineData("{")]
    [InlineData("{2")]
    public void A_brace_that_opens_no_quantifier_is_left_as_literal_text(string text)
    {
        var pattern = "a" + text;
        var at = 1;

        Assert.Equal(-1, PatternQuantifier.BraceEnd(pattern, 1));
        Assert.False(PatternQuantifier.TryRead(pattern, ref at, out _, out _));
        Assert.Equal(1, at);
        if (text != "{1234567890}")
        {
            // .NET reads it as the text it is.
            Assert.Matches("^" + pattern + "$", pattern);
        }
    }
}
