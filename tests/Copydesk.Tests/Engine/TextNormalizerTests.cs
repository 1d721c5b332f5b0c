using System;
using System.Linq;

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
    public void The_vectorized_search_for_spaces_outside_ascii_finds_exactly_the_characters_IsSpace_accepts()
    {
        for (var c = 128; c <= char.MaxValue; c++)
        {
            var text = "abc" + (char)c + "d\u2019e";
            var expected = TextNormalizer.IsSpace((char)c) ? 3 : -1;
            Assert.True(expected == TextNormalizer.IndexOfNonAsciiSpace(text), $"U+{c:X4}");
        }

        Assert.Equal(-1, TextNormalizer.IndexOfNonAsciiSpace("plain ascii\t text"));
    }

    [Fact]
    public void The_search_for_spaces_outside_ascii_finds_the_first_after_any_number_of_other_non_ascii_characters()
    {
        // The search looks at the first few non-ASCII characters one by one, then hands over to a set search.
        var random = new Random(1204);
        var pieces = new[] { "a", "b c", "\u2019", "\u201C", "é", "Ω", "\u00A0", "\u2009", "\u3000", "\uFEFF", "\t", "  " };
        for (var i = 0; i < 20000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = -1;
            for (var k = 0; k < text.Length; k++)
            {
                if (text[k] >= 128 && TextNormalizer.IsSpace(text[k]))
                {
                    expected = k;
                    break;
                }
            }

            Assert.True(expected == TextNormalizer.IndexOfNonAsciiSpace(text), string.Join(" ", text.Select(c => ((int)c).ToString("X4"))));
        }
    }

    [Fact]
    public void The_searches_for_line_and_tab_characters_and_for_any_character_outside_ascii_find_exactly_those()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "abc" + (char)c + "d";
            Assert.True((c is >= '\t' and <= '\r' ? 3 : -1) == TextNormalizer.IndexOfControlSpace(text), $"control U+{c:X4}");
            Assert.True((c >= 128 ? 3 : -1) == TextNormalizer.IndexOfNonAscii(text), $"non-ASCII U+{c:X4}");
        }
    }

    [Fact]
    public void The_case_tables_give_what_ToUpperInvariant_and_ToLowerInvariant_give_for_every_character()
    {
        // Pages are built on first use; reading from the top down builds them in another order than use would.
        for (var c = (int)char.MaxValue; c >= 0; c--)
        {
            Assert.True(char.ToUpperInvariant((char)c) == TextNormalizer.UpperInvariant((char)c), $"upper U+{c:X4}");
            Assert.True(char.ToLowerInvariant((char)c) == TextNormalizer.LowerInvariant((char)c), $"lower U+{c:X4}");
        }
    }

    [Fact]
    public void Contains_jumps_between_stand_ins_and_finds_what_a_comparison_at_every_position_finds()
    {
        var random = new System.Random(20261128);
        var pieces = new[] { "cookie", "COOKIE", "CooKie", "c", "C", "ook", "ie", " ", "x", "\u0131", "\u017F", "s", "S", "i", "I", "'", "\u2019", "\"", "\u201C", "é", "k", "\u212A" };
        var literals = new[] { "cookie", "is", "'s", "\"x", "c", "ie c", "ſ", "x" };
        for (var n = 0; n < 20_000; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (var i = random.Next(0, 8); i > 0; i--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            var literal = TextNormalizer.NormalizeLiteral(literals[random.Next(literals.Length)]);
            var ignoreCase = random.Next(2) == 0;
            var expected = false;
            for (var i = 0; i + literal.Length <= text.Length && !expected; i++)
            {
                expected = TextNormalizer.FoldedStartsWith(text, i, literal, ignoreCase);
            }

            Assert.True(expected == TextNormalizer.FoldedContains(text, literal, ignoreCase), $"\"{literal}\" in \"{text}\" (ignoring case: {ignoreCase})");
        }
    }

    [Theory]
    [InlineData("https://example.com/a https://example.com/b", true)]
    [InlineData("www.example.com", true)]
    [InlineData("See www.example.com for the full report of the council meeting", false)]
    [InlineData("Home News Sport", false)]
    public void A_block_of_web_addresses_is_mostly_links_and_a_block_without_http_or_www_never_is(string text, bool expected)
    {
        var parsed = new ArticleTemplate("Links", new[]
        {
            new ArticleRule(SectionRole.Boilerplate, "UrlLine", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.MostlyLinks) }),
        }).Parse(text);

        Assert.Equal(expected, parsed.Blocks[0].Rule is not null);
    }

    [Fact]
    public void Literals_are_compared_in_the_same_tolerant_form()
    {
        Assert.Equal(TextNormalizer.NormalizeLiteral("Your email address won't  be published."),
            TextNormalizer.NormalizeLiteral("Your email\u00A0address won’t be published."));
    }
}

public class SpaceCollapsingCasesTests
{
    [Theory]
    [InlineData("a \nb", "a b")]
    [InlineData("a  b", "a b")]
    [InlineData("a   b", "a b")]
    [InlineData("a \t b", "a b")]
    [InlineData("a \u00A0b", "a b")]
    [InlineData("one\r\ntwo  three\n\tfour", "one two three four")]
    [InlineData("x\u2009\u2009y z", "x y z")]
    [InlineData("“quoted”  text\nnext", "“quoted” text next")]
    [InlineData("  a \n \n b  ", "a b")]
    public void Every_mix_of_spaces_collapses_to_single_spaces(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.CollapseSpaces(input));
    }

    [Fact]
    public void Collapsing_agrees_with_a_plain_character_loop_on_random_text()
    {
        var random = new System.Random(7);
        var alphabet = new[] { 'a', 'b', ' ', ' ', '\n', '\r', '\t', '\u00A0', '“', 'é', '\u2009', '\u200B' };
        for (var n = 0; n < 2000; n++)
        {
            // Short blocks are collapsed in one walk, long ones (over 256 characters) in stretches: both.
            var chars = new char[random.Next(0, n % 4 == 0 ? 700 : 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(Reference(text), TextNormalizer.CollapseSpaces(text));
        }
    }

    private static string Reference(string text)
    {
        var builder = new System.Text.StringBuilder();
        var pending = false;
        foreach (var c in text)
        {
            if (TextNormalizer.IsSpace(c))
            {
                pending = builder.Length > 0;
                continue;
            }

            if (pending)
            {
                builder.Append(' ');
                pending = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
