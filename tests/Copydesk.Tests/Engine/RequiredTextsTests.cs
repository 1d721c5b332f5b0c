using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Copydesk.Tests.Engine;

/// <summary>
/// <see cref="RequiredLiteral.AlternativesOf"/> and <see cref="RequiredTexts"/>: what texts a pattern
/// with alternation needs, and that a block without them never matches the pattern.
/// </summary>
public class RequiredTextsTests
{
    private const RegexOptions CaseInsensitive = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A footer line in the catalog's style: a mark or "copyright" first, or a reserved-rights phrase anywhere.
    private const string Footer =
        @"^(?:©|\(c\) ?\d{4}|copyright (?:©|\(c\)|\d{4}))|all rights reserved|tous droits réservés|^(?:our (?:editorial )?standards|editorial (?:standards|policy)|(?:ethics|corrections) policy)\b";

    [Fact]
    public void Reads_the_texts_of_every_branch_through_groups()
    {
        var texts = RequiredLiteral.AlternativesOf(Footer, CaseInsensitive)!;

        // "copyright " before a group with a branch of digits only; "(c)" before an optional space; é and É
        // fold alike, so "réservés" is whole; "our (?:editorial )?standards" needs "our " first, which a
        // block's first characters rule out at once, rather than the longer "standards" anywhere.
        Assert.Equal(new[] { "©", "(c)", "copyright ", "our ", "editorial ", "ethics", "corrections" }, texts.Prefixes);
        Assert.Equal(new[] { "all rights reserved", "tous droits réservés" }, texts.Contained);
        Assert.True(texts.IgnoreCase);
    }

    [Theory]
    [InlineData("All Rights Reserved 2024", true)]
    [InlineData("© 2024 The Example Post", true)]
    [InlineData("COPYRIGHT 2024", true)]
    [InlineData("Our editorial standards", true)]
    [InlineData("TOUS DROITS RÉSERVÉS", true)]
    [InlineData("Read our editorial standards", false)] // "our" must begin the block
    [InlineData("Editorial Policy", true)]
    [InlineData("Tous droits réservés", true)]
    [InlineData("Sports", false)]
    [InlineData("The council met on Tuesday to discuss the bridge.", false)]
    [InlineData("The newsletter", false)]
    [InlineData("Say (c) 2024", false)]
    public void A_block_without_the_texts_is_turned_away(string text, bool mayMatch)
    {
        var texts = RequiredLiteral.AlternativesOf(Footer, CaseInsensitive)!;

        Assert.Equal(mayMatch, texts.MayMatch(text));
        if (!mayMatch)
        {
            Assert.False(Regex.IsMatch(text, Footer, CaseInsensitive));
        }
    }

    [Fact]
    public void Characters_outside_ASCII_that_match_ASCII_letters_keep_the_block()
    {
        // The Kelvin sign matches k in a case-insensitive pattern; ordinal comparison ignoring case would miss it.
        var texts = RequiredLiteral.AlternativesOf("^menu|kelvin scale", CaseInsensitive)!;
        var text = "the \u212Aelvin scale";

        Assert.Contains('\u212A', RequiredTexts.FoldsToAscii);
        Assert.True(Regex.IsMatch(text, "^menu|kelvin scale", CaseInsensitive));
        Assert.True(texts.MayMatch(text));
        Assert.False(texts.MayMatch("the celsius scale"));
    }

    [Theory]
    [InlineData("Menu", true)]
    [InlineData("MENU items", true)]
    [InlineData("mE", false)] // shorter than "menu": compared, and no prefix fits
    [InlineData("Mx", false)]
    [InlineData("Search", true)]
    [InlineData("Sports", false)]
    [InlineData("© 2024", true)]
    [InlineData("\u212Aelvin", true)] // the Kelvin sign is never ruled out by the table
    [InlineData("", false)]
    public void A_block_whose_first_two_characters_begin_no_prefix_is_turned_away(string text, bool mayMatch)
    {
        var texts = RequiredLiteral.AlternativesOf("^(?:menu|search|©|kelvin)|all rights reserved", CaseInsensitive)!;

        Assert.Equal(new[] { "menu", "search", "©", "kelvin" }, texts.Prefixes);
        Assert.Equal(mayMatch, texts.MayMatch(text));
    }

    [Theory]
    [InlineData("Текст: Иван Петров", true)]
    [InlineData("ТЕКСТ: ИВАН", true)]
    [InlineData("текст: иван", true)]
    [InlineData("Тексты", true)] // a prefix only: the pattern's \b is not read
    [InlineData("Новости", false)]
    public void Letters_outside_ASCII_are_compared_in_every_form_the_pattern_matches(string text, bool mayMatch)
    {
        var texts = RequiredLiteral.AlternativesOf(@"^(?:текст|автор)\b|все права защищены", CaseInsensitive)!;

        Assert.Equal(new[] { "текст", "автор" }, texts.Prefixes);
        Assert.Equal(mayMatch, texts.MayMatch(text));
        Assert.True(RequiredTexts.IsFoldable('т'));
    }

    [Theory]
    [InlineData(@"(?:abc)?defg|xyzz+w", "", "defg|xyz")]
    [InlineData(@"^news(?:letter)?|sign up now", "news", "sign up now")]
    [InlineData(@"(?<Name>alpha)|beta(?:gamma)+", "", "alpha|gamma")]
    [InlineData(@"^(?:menu|search|home)$", "menu|search|home", "")]
    [InlineData(@"^(?:our|the) standards|^(?:ethics )?policy", "our|the|policy|ethics policy", "")]
    [InlineData(@"^(?:[•·] )?(?:By|Von) \w+", "By|• By|· By|Von|• Von|· Von", "")]
    [InlineData(@"^(?:-|–)?news\b|^(?:a|b|c|d|e)?sign", "news|-news|–news", "sign")] // five openings are more than are read

    public void Optional_and_repeated_pieces_count_as_they_must(string pattern, string prefixes, string contained)
    {
        var texts = RequiredLiteral.AlternativesOf(pattern, RegexOptions.CultureInvariant)!;

        Assert.Equal(prefixes.Split('|', StringSplitOptions.RemoveEmptyEntries), texts.Prefixes);
        Assert.Equal(contained.Split('|', StringSplitOptions.RemoveEmptyEntries), texts.Contained);
        Assert.False(texts.IgnoreCase);
    }

    [Theory]
    [InlineData(@"^abc|\d+", RegexOptions.CultureInvariant)] // a branch needs no text
    [InlineData(@"(?=abc)\w+|hello", RegexOptions.CultureInvariant)] // a lookahead needs nothing where the match is
    [InlineData(@"(?(x)abc|def)|ghi", RegexOptions.CultureInvariant)] // conditionals are not read
    [InlineData(@"(?i)abc|def", RegexOptions.CultureInvariant)] // inline options change what matches
    [InlineData(@"abc|def", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    [InlineData(@"abc|def", RegexOptions.IgnoreCase)] // the current culture's case rules
    [InlineData(@"^(?:\d )?(?:alpha|beta|gamma)", RegexOptions.CultureInvariant)] // anchored, with three texts to look for anywhere
    [InlineData(@"ab|cd", RegexOptions.CultureInvariant)] // too short to turn blocks away
    [InlineData(@"abc|(?:def|)", RegexOptions.CultureInvariant)] // an empty branch
    [InlineData(@"abc|def)", RegexOptions.CultureInvariant)] // unbalanced
    public void Nothing_is_required_when_unsure_or_useless(string pattern, RegexOptions options)
    {
        Assert.Null(RequiredLiteral.AlternativesOf(pattern, options));
    }

    [Fact]
    public void Groups_nested_past_the_limit_are_not_read_and_do_not_overflow()
    {
        var deep = new string('(', 20_000) + "abc" + new string(')', 20_000) + "|all rights reserved";
        var shallow = new string('(', 8) + "abc" + new string(')', 8) + "|all rights reserved";

        Assert.Null(RequiredLiteral.AlternativesOf(deep, RegexOptions.CultureInvariant));
        Assert.Equal(new[] { "abc", "all rights reserved" }, RequiredLiteral.AlternativesOf(shallow, RegexOptions.CultureInvariant)!.Contained);
    }

    private static readonly string[] Atoms =
    {
        "all rights", "kelvin", "straße", "résumé", "©", "(c)", "news", "Ωmega", "idiom", "sign up", "x", "-",
        @"\d", @"\w+", @"\s", @"\.", @"\b", "[a-c]", "[^x]", ".", "(?:ab|cd)", "(?<g>efg)", "(?=k)", "(?!q)", "(?>hij)",
        "[•·] ", "(?:x|yz)", "(?:[•·]|-) ", "(?:[•·] )", "текст", "Ωmega", "µs",
    };

    private static readonly string[] Quantifiers = { "", "", "", "*", "+", "?", "{2}", "{0,2}", "+?" };

    private static readonly string[] TextPieces =
    {
        "ALL RIGHTS", "All Rights", "all rights", "\u212Aelvin", "KELVIN", "kelvin", "STRASSE", "straße", "ſign up", "SIGN UP", "İdiom", "ıdiom", "IDIOM",
        "RÉSUMÉ", "résumé", "©", "(C)", "(c)", "news", "NEWS", "ΩMEGA", "ωmega", "x", "-", " ", "1", "42", "efg", "EFG", "hij", "ab", "CD", "k", "q",
        "• ", "· ", "yz", "YZ", "Текст", "ТЕКСТ", "текст", "ΜS", "μs", "µs",
    };

    [Fact]
    public void A_block_the_texts_turn_away_never_matches_the_pattern()
    {
        var random = new Random(20261205);
        var failures = new List<string>();
        var rejected = 0;
        var checkedPatterns = 0;
        for (var p = 0; p < 6000; p++)
        {
            var pattern = Pattern(random);
            var options = random.Next(2) == 0 ? CaseInsensitive : RegexOptions.CultureInvariant;
            Regex regex;
            try
            {
                regex = new Regex(pattern, options);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (RequiredLiteral.AlternativesOf(pattern, options) is not { } texts)
            {
                continue;
            }

            checkedPatterns++;
            for (var t = 0; t < 20; t++)
            {
                var text = Text(random);
                var mayMatch = texts.MayMatch(text);
                rejected += mayMatch ? 0 : 1;
                if (!mayMatch && regex.IsMatch(text) && failures.Count < 10)
                {
                    failures.Add($"/{pattern}/{(options == CaseInsensitive ? "i" : "")} on \"{text}\"");
                }
            }
        }

        Assert.Empty(failures);
        // The seeded patterns exercise the reader, and the texts turn blocks away.
        Assert.True(checkedPatterns > 300, $"only {checkedPatterns} patterns have texts");
        Assert.True(rejected > 1000, $"only {rejected} texts turned away");
    }

    [Fact]
    public void The_catalog_patterns_never_turn_away_a_corpus_block_they_match()
    {
        var patterns = Copydesk.Templates.NewsArticle.Template.Rules
            .SelectMany(rule => rule.Conditions)
            .Where(condition => condition.Pattern is not null)
            .Select(condition => condition.Pattern!)
            .ToList();
        var blocks = Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "tests", "Copydesk.Tests", "Corpus"), "*.txt")
            .SelectMany(file => Regex.Split(File.ReadAllText(file), @"\n\s*\n"))
            .Concat(Fixtures.ReadBylines().Split('\n'))
            .Select(block => Regex.Replace(block.Trim(), @"\s+", " "))
            .Where(block => block.Length > 0)
            .SelectMany(block => new[] { block, block.ToUpperInvariant(), block.ToLowerInvariant() })
            .ToList();
        var failures = new List<string>();
        var withTexts = 0;
        foreach (var pattern in patterns)
        {
            if (RequiredLiteral.AlternativesOf(pattern.ToString(), pattern.Options) is not { } texts)
            {
                continue;
            }

            withTexts++;
            foreach (var block in blocks)
            {
                if (!texts.MayMatch(block) && pattern.IsMatch(block) && failures.Count < 10)
                {
                    failures.Add($"/{pattern}/ on \"{block}\"");
                }
            }
        }

        Assert.Empty(failures);
        // The legal footer's unanchored phrases are what the texts are for.
        Assert.Contains(patterns, pattern => pattern.ToString().Contains("all rights reserved") && RequiredLiteral.AlternativesOf(pattern.ToString(), pattern.Options) is not null);
        Assert.True(withTexts >= 1, "no catalog pattern has required texts");
        Assert.True(blocks.Count > 500, $"only {blocks.Count} corpus blocks");
    }

    private static string Pattern(Random random)
    {
        var builder = new StringBuilder();
        var branches = random.Next(1, 5);
        for (var b = 0; b < branches; b++)
        {
            if (b > 0)
            {
                builder.Append('|');
            }

            if (random.Next(3) == 0)
            {
                builder.Append('^');
            }

            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                var atom = Atoms[random.Next(Atoms.Length)];
                var quantifier = Quantifiers[random.Next(Quantifiers.Length)];
                builder.Append(quantifier.Length > 0 && atom.Length > 1 && atom[0] != '\\' && atom[0] != '[' && atom[0] != '(' ? "(?:" + atom + ")" : atom).Append(quantifier);
            }
        }

        return random.Next(4) == 0 ? "(?:" + builder + ")" + (random.Next(2) == 0 ? "" : @"\b") : builder.ToString();
    }

    private static string Text(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            builder.Append(TextPieces[random.Next(TextPieces.Length)]);
            if (random.Next(2) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
