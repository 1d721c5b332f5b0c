using System.Text.RegularExpressions;

namespace Copydesk.Tests.Engine;

public class RequiredLiteralTests
{
    [Theory]
    [InlineData(@"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$", " contributed to this report.")]
    [InlineData(@"^Case (?<Number>\d+)(?: \((?<Court>[^)]+)\))?$", "Case ")]
    [InlineData(@"\(AP\) reports", "(AP) reports")]
    [InlineData(@"(abc)+defg", "defg")]
    [InlineData(@"abcd?ef", "abc")]
    [InlineData(@"\d+ dead", " dead")]
    public void Top_level_literals_that_every_match_contains_are_found(string pattern, string expected)
    {
        Assert.Equal(expected, RequiredLiteral.Of(new Regex(pattern)));
    }

    [Theory]
    [InlineData(@"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$", null, " contributed to this report.")]
    [InlineData(@"^See also (?<Headline>.+)$", "See also ", null)]
    [InlineData(@"\AThe story\z", "The story", "The story")]
    [InlineData(@"^ab?c$", "a", "c")]
    [InlineData(@"x+ report\.\Z", null, " report.")]
    [InlineData(@"^\$\d+ or \$$", "$", " or $")]
    [InlineData(@"^(?:ab)cd$", null, "cd")]
    [InlineData(@"^ab|cd$", null, null)]
    [InlineData(@"^(ab)$", null, null)]
    [InlineData(@"ab\b$", null, null)]
    [InlineData(@"abc{2}$", null, null)]
    [InlineData(@"(?i)^abc$", null, null)]
    [InlineData(@"abc$ ", null, null)]
    [InlineData(@"a^bc", null, null)]
    public void Literals_a_match_must_begin_or_end_the_block_with_are_found(string pattern, string? prefix, string? suffix)
    {
        var regex = new Regex(pattern);

        Assert.Equal(prefix, RequiredLiteral.PrefixOf(regex));
        Assert.Equal(suffix, RequiredLiteral.SuffixOf(regex));
    }

    [Theory]
    [InlineData(RegexOptions.IgnoreCase)]
    [InlineData(RegexOptions.Multiline)]
    [InlineData(RegexOptions.RightToLeft)]
    [InlineData(RegexOptions.IgnorePatternWhitespace)]
    public void No_end_is_required_under_options_that_change_what_literals_or_anchors_match(RegexOptions options)
    {
        var regex = new Regex("^The story was updated$", options);

        Assert.Null(RequiredLiteral.PrefixOf(regex));
        Assert.Null(RequiredLiteral.SuffixOf(regex));
    }

    [Theory]
    [InlineData(@"^[(—–-]{0,2} ?(?<Agency>Reuters|AP)\)?\.?$")]
    [InlineData(@"^[^›»>\n]{1,40}(?: ?[›»>] ?[^›»>\n]{1,40}){1,6}$")]
    [InlineData(@"alpha|beta")]
    [InlineData(@"(?i)contributed")]
    [InlineData(@"ab")]
    [InlineData(@"x{2}yz")]
    public void Nothing_uncertain_is_taken_as_required(string pattern)
    {
        var literal = RequiredLiteral.Of(new Regex(pattern));

        if (literal is not null)
        {
            // Whatever is returned must really be in every match; these patterns have none of length 3.
            Assert.Fail($"'{literal}' was taken as required in {pattern}");
        }
    }

    [Theory]
    [InlineData(@"^\u0022x\u0022$", "\"x\"")]
    [InlineData(@"^\x22x\x22$", "\"x\"")]
    [InlineData(@"^\p{IsGreek}+$", "αβγ")]
    [InlineData(@"^(?<q>ab)-\k<q>$", "ab-ab")]
    [InlineData(@"^(?<q>ab)-\k'q'$", "ab-ab")]
    [InlineData(@"^[a-z-[aeiou]]]xyz$", "b]xyz")]
    [InlineData(@"^[]a]bcd$", "]bcd")]
    [InlineData(@"^\P{L}\cAyz$", "1\u0001yz")]
    [InlineData(@"^(a)bcd\1$", "abcda")]
    public void Escapes_are_read_whole_and_never_taken_as_text(string pattern, string text)
    {
        var regex = new Regex(pattern);
        var literal = RequiredLiteral.Of(regex);

        Assert.Matches(regex, text);
        Assert.True(literal is null || text.Contains(literal, System.StringComparison.Ordinal), $"'{literal}' is not in '{text}'");
    }

    [Theory]
    [InlineData(@"^(?<Author>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,4}) @(?<Outlet>\w{2,40})$", "@")]
    [InlineData(@"^(?<Name>\p{Lu}\w+) ?[-–—|] (?<Date>\d{4})$", "-–—|")]
    [InlineData(@"^[^›»>\n]{1,40}(?: ?[›»>] ?[^›»>\n]{1,40}){1,6}$", "›»>")]
    [InlineData(@"^(?:(?<Place>\p{Lu}\w+) )?\((?<Agency>AP|AFP)\) ?[—–-]", "(")]
    [InlineData(@"(?:x@y|z@w)#", "#")]
    [InlineData(@"a(?:b&)+c", "&")]
    public void Punctuation_every_match_needs_is_found(string pattern, string expected)
    {
        Assert.Equal(expected, new string(RequiredLiteral.RequiredCharacters(new Regex(pattern, RegexOptions.IgnoreCase)) ?? System.Array.Empty<char>()));
    }

    [Theory]
    [InlineData(@"a@b|c")]
    [InlineData(@"x@?y")]
    [InlineData(@"x(?:@y)?")]
    [InlineData(@"x(?:@|y)")]
    [InlineData(@"x(?=@)")]
    [InlineData(@"x(?<!@)y")]
    [InlineData(@"x(?(y)@|#)")]
    [InlineData(@"(?i)x@")]
    [InlineData(@"x[a-z@]")]
    [InlineData(@"x[^@]")]
    [InlineData(@"x@{0,2}")]
    [InlineData(@"x@*")]
    [InlineData(@"x\d y")]
    public void Nothing_uncertain_is_taken_as_a_needed_character(string pattern)
    {
        Assert.Null(RequiredLiteral.RequiredCharacters(new Regex(pattern)));
    }

    [Fact]
    public void Case_insensitive_patterns_get_no_prefilter()
    {
        Assert.Null(RequiredLiteral.Of(new Regex("contributed to this report", RegexOptions.IgnoreCase)));
    }

    [Theory]
    [InlineData(@"^By (?<Author>\p{Lu}\w+)$", "By Jane")]
    [InlineData(@"Case (?<N>\d+) \(High Court\)", "Case 12 (High Court)")]
    [InlineData(@"(?:See|Read) also: (?<H>.+)", "Read also: More news")]
    [InlineData(@"total: \d+ votes?", "total: 12 vote")]
    public void The_prefilter_never_rejects_a_text_the_pattern_matches(string pattern, string text)
    {
        var regex = new Regex(pattern);
        var literal = RequiredLiteral.Of(regex);

        Assert.Matches(regex, text);
        Assert.True(literal is null || text.Contains(literal, System.StringComparison.Ordinal), literal);
    }
}
