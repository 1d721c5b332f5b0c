using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Copydesk.Generators.Emit;

namespace Copydesk.Generators.Tests.Emit;

/// <summary>
/// The first characters read from a pattern are a certain filter: no block the pattern matches
/// begins with an ASCII character outside them, and patterns it cannot read with certainty give none.
/// </summary>
public class PatternFirstCharactersTests
{
    [Theory]
    [InlineData("^(?:ab|cd)", false, "ac")]
    [InlineData("^(?:ab|cd)", true, "acAC")]
    [InlineData("^(?:[•·] )?(?:By|BY|Written by) ", false, "BW")]
    [InlineData(@"^\d{1,2}[./]", false, "0123456789")]
    [InlineData("^x?y*(?<Name>z|w)", false, "xyzw")]
    [InlineData(@"^\s*\(AP\)", false, "\t\n\v\f\r (")]
    [InlineData("^(?:a{0}b|c)", false, "bc")]
    [InlineData(@"\b^\$5", false, "$")]
    public void An_anchored_pattern_gives_the_ASCII_characters_its_matches_begin_with(string pattern, bool ignoreCase, string expected)
    {
        var first = PatternFirstCharacters.Of(pattern, ignoreCase);

        Assert.NotNull(first);
        Assert.Equal(Sorted(expected), Characters(first!.Value));
    }

    [Theory]
    [InlineData("^(?:ab|cd)", false, false)]
    [InlineData("^(?:ab|cd)", true, false)]
    [InlineData("^(?:kb|cd)", true, true)]
    [InlineData("^(?:sa|cd)", true, true)]
    [InlineData(@"^\d{1,2}[./]", false, true)]
    [InlineData("^[0-9]{1,2}[./]", false, false)]
    [InlineData("^(?:[•·] )?(?:By|BY|Written by) ", false, true)]
    [InlineData("^(?:By|BY|Written by) ", false, false)]
    [InlineData(@"^\p{Lu}[\w.]*", false, true)]
    [InlineData("^.a", false, true)]
    [InlineData(@"^\(AP\)", false, false)]
    [InlineData("^(?:é|a)", false, true)]
    public void Whether_a_match_can_begin_outside_ASCII_is_read_with_the_characters(string pattern, bool ignoreCase, bool nonAscii)
    {
        var first = PatternFirstCharacters.Of(pattern, ignoreCase);

        Assert.NotNull(first);
        Assert.Equal(nonAscii, first!.Value.Others is not "");
    }

    [Theory]
    [InlineData("^(?:sa|cd)", true, "\u017F")]
    [InlineData("^(?:ia|kd)", true, "\u0130\u0131\u212A")]
    [InlineData("^[•·] ", false, "·•")]
    [InlineData("^(?:“|a)", false, "“")]
    [InlineData(@"^\d", false, null)]
    [InlineData("^(?:é|a)", true, null)]
    public void The_few_characters_outside_ASCII_a_match_can_begin_with_are_listed(string pattern, bool ignoreCase, string? others)
    {
        var first = PatternFirstCharacters.Of(pattern, ignoreCase);

        Assert.NotNull(first);
        Assert.Equal(others, first!.Value.Others);
    }

    [Fact]
    public void Case_insensitive_elements_with_other_than_ASCII_text_admit_every_letter()
    {
        // Case tables differ between .NET versions for letters such as U+212A KELVIN SIGN.
        var first = PatternFirstCharacters.Of("^(?:à|1)", ignoreCase: true);

        Assert.NotNull(first);
        Assert.Equal(Sorted("1ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), Characters(first!.Value));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("^a|b")]
    [InlineData("^a?")]
    [InlineData("^(?:a|)")]
    [InlineData("(?:^a)?b")]
    [InlineData("^(?=a)a")]
    [InlineData("^(?!a)b")]
    [InlineData("^(?<=a)b")]
    [InlineData("^(?>a)")]
    [InlineData("^(a)\\1")]
    [InlineData("^(?<q>a)\\k<q>")]
    [InlineData("^(?i)a")]
    [InlineData("^(?i:a)")]
    [InlineData("^(?#note)a")]
    [InlineData("^(?(a)a|b)")]
    [InlineData("\\Ga")]
    [InlineData("^*a")]
    [InlineData("^(?<a-b>x)")]
    [InlineData("^a++")]
    [InlineData("^[a")]
    [InlineData("^((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))")]
    public void What_it_cannot_read_with_certainty_gives_no_filter(string pattern)
    {
        Assert.Null(PatternFirstCharacters.Of(pattern, ignoreCase: false));
    }

    [Fact]
    public void No_match_of_a_seeded_pattern_begins_outside_its_first_characters()
    {
        var random = new Random(20261128);
        var read = 0;
        var matched = 0;
        var failures = new List<string>();
        foreach (var (pattern, ignoreCase, regex) in SeededPatterns(random))
        {
            if (failures.Count >= 10)
            {
                break;
            }

            if (PatternFirstCharacters.Of(pattern, ignoreCase) is not { } first)
            {
                continue;
            }

            read++;
            for (var t = 0; t < 10; t++)
            {
                var text = Text(random, pattern);
                if (text.Length == 0 || !regex.IsMatch(text))
                {
                    continue;
                }

                matched++;
                var c = text[0];
                var admitted = c >= 128 ? first.Others is null || first.Others.IndexOf(c) >= 0 : ((c < 64 ? first.Low >> c : first.High >> (c - 64)) & 1) != 0;
                if (!admitted)
                {
                    failures.Add($"/{pattern}/{(ignoreCase ? "i" : "")} matches \"{text}\" but U+{(int)c:X4} is not among its first characters");
                }
            }
        }

        Assert.Empty(failures);
        // The seeds exercise the reader and produce matches, so the check above can fail.
        Assert.True(read > 3_000, $"only {read} patterns were read");
        Assert.True(matched > 3_000, $"only {matched} texts matched a read pattern");
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("^(?:ab|c)d?$", 1)]
    [InlineData(@"\d{2,4}-\d{2}", 5)]
    [InlineData("(?:ab)+x*", 2)]
    [InlineData("(?<Name>a{3})|bc", 2)]
    [InlineData(@"^\b(?:)", 0)]
    [InlineData("a{0}b", 1)]
    [InlineData("(?:a|)", 0)]
    [InlineData("^a{٣}b", 5)]
    [InlineData("a{1,٣}", 6)]
    public void A_pattern_gives_the_fewest_characters_a_match_takes(string pattern, int expected)
    {
        Assert.Equal(expected, PatternFirstCharacters.MinimumLength(pattern));
    }

    [Theory]
    [InlineData("(?=ab)a")]
    [InlineData(@"(a)\1")]
    [InlineData("a++")]
    [InlineData("(?i)ab")]
    public void A_pattern_it_cannot_read_gives_no_minimum_length(string pattern)
    {
        Assert.Null(PatternFirstCharacters.MinimumLength(pattern));
    }

    [Fact]
    public void No_match_of_a_seeded_pattern_is_shorter_than_its_minimum_length()
    {
        var random = new Random(20261204);
        var read = 0;
        var matched = 0;
        var failures = new List<string>();
        foreach (var (pattern, ignoreCase, regex) in SeededPatterns(random))
        {
            if (failures.Count >= 10)
            {
                break;
            }

            if (PatternFirstCharacters.MinimumLength(pattern) is not { } shortest)
            {
                continue;
            }

            read++;
            for (var t = 0; t < 10; t++)
            {
                // Every match, not only the first: a shorter one later in the text would show a wrong minimum too.
                for (var match = regex.Match(Text(random, pattern)); match.Success; match = match.NextMatch())
                {
                    matched++;
                    if (match.Length < shortest)
                    {
                        failures.Add($"/{pattern}/{(ignoreCase ? "i" : "")} matches \"{match.Value}\", shorter than {shortest}");
                    }

                    if (match.Length == 0)
                    {
                        break;
                    }
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(read > 3_000, $"only {read} patterns were read");
        Assert.True(matched > 3_000, $"only {matched} matches were seen");
    }

    /// <summary>20,000 seeded patterns, those .NET accepts with their case mode and built, drawn as they are read.</summary>
    private static IEnumerable<(string Pattern, bool IgnoreCase, Regex Regex)> SeededPatterns(Random random)
    {
        for (var p = 0; p < 20_000; p++)
        {
            var pattern = Pattern(random);
            var ignoreCase = random.Next(3) == 0;
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
            }
            catch (ArgumentException)
            {
                continue;
            }

            yield return (pattern, ignoreCase, regex);
        }
    }

    private static readonly string[] Atoms =
    {
        "a", "b", "ab", "By", "x", " ", "-", "é", "Ω", "K", "\u212A", "1", "(", "\"",
        @"\d", @"\w", @"\s", @"\p{Lu}", @"\p{L}", @"\P{L}", @"\.", @"\(", @"\u0041", @"\x61", @"\b",
        "[a-c]", "[^x]", "[A-Z]", "[•·]", "[a-z-[aeiou]]", "[]a]", ".",
        "(?:ab|cd)", "(x|y)", "(?<N>a|B)", "(?:)", "(?:a|)", "$",
    };

    private static readonly string[] Quantifiers = { "", "", "", "*", "+", "?", "{2}", "{0,2}", "*?", "{0}" };

    private static readonly string[] TextPieces = { "a", "b", "ab", "By", "x", "X", " ", "-", "é", "Ω", "K", "k", "\u212A", "\u017F", "\u0660", "1", "42", "(", "\"", "A", "é", "•", "·", ".", "“" };

    private static string Pattern(Random random)
    {
        var builder = new StringBuilder();
        var branches = random.Next(1, 3);
        for (var b = 0; b < branches; b++)
        {
            if (b > 0)
            {
                builder.Append('|');
            }

            if (random.Next(8) != 0)
            {
                builder.Append('^');
            }

            var count = random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Atoms[random.Next(Atoms.Length)]).Append(Quantifiers[random.Next(Quantifiers.Length)]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A text that often begins with what the pattern spells out, followed by random pieces.</summary>
    private static string Text(Random random, string pattern)
    {
        var builder = new StringBuilder();
        if (random.Next(3) != 0)
        {
            builder.Append(Unescape(pattern));
        }

        var count = random.Next(0, 5);
        for (var i = 0; i < count; i++)
        {
            builder.Insert(random.Next(2) == 0 ? 0 : builder.Length, TextPieces[random.Next(TextPieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Unescape(string pattern)
    {
        try
        {
            var branch = pattern.Split('|')[0];
            return Regex.Unescape(Regex.Replace(branch, @"\\[pP]\{[^}]*\}|\\[dwsb]|\[[^\]]*\]|\(\?[^)]*\)|[()^$|*+?{}.]|\{\d+(,\d*)?\}", ""));
        }
        catch (ArgumentException)
        {
            return pattern;
        }
    }

    private static string Characters((ulong Low, ulong High, string? Others) first)
    {
        var builder = new StringBuilder();
        for (var c = 0; c < 128; c++)
        {
            if (((c < 64 ? first.Low >> c : first.High >> (c - 64)) & 1) != 0)
            {
                builder.Append((char)c);
            }
        }

        return builder.ToString();
    }

    private static string Sorted(string characters)
    {
        var array = characters.ToCharArray();
        Array.Sort(array);
        return new string(array);
    }
}
