using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Copydesk.Tests.Engine;

/// <summary>
/// The prefilter is conservative: over 100,000 seeded pattern × text cases biased towards escapes,
/// inline options, classes and groups, a rule matches a block exactly when <c>Regex.IsMatch</c>
/// matches the block's collapsed text.
/// </summary>
// Builds patterns by the thousand, which empties the shared pattern table: not beside the tests of that table.
[Collection("Shared patterns")]
public class RequiredLiteralFuzzTests
{
    private static readonly string[] Atoms =
    {
        "ab", "abc", "x", "quote", "\"", "-", " ", "é", "Ω", "a b", "q-q",
        @"\u0022", @"\u0041", @"\x22", @"\x41", @"\p{IsGreek}", @"\p{Lu}", @"\P{L}", @"\d", @"\w", @"\s", @"\.", @"\-", @"\\", @"\t", @"\b",
        "(?<q>ab)", @"\k<q>", @"\k'q'", @"\1",
        "[a-c]", "[^x]", "[a-z-[aeiou]]", "[]a]", @"[\]]", @"[\p{L}]", "[\"-]",
        "(?i)", "(?i:abc)", "(?-i:AB)", "(?=a)", "(?!x)", "(?#note)", "(?:ab|cd)", "(x|y)", "|",
        "^", "$", ".",
    };

    private static readonly string[] Quantifiers = { "", "", "", "*", "+", "?", "{2}", "{1,3}", "*?", "{0,}" };

    private static readonly string[] TextPieces =
    {
        "ab", "abc", "x", "quote", "\"", "-", " ", "  ", "é", "Ω", "αβ", "A", "B", "1", "42", "cd", "y", "]", "\\", "q-q", ".", "\t", "AB", "ABC", "\u00A0",
    };

    [Fact]
    public void Rule_match_equals_Regex_IsMatch_on_the_collapsed_text()
    {
        var random = new Random(20261128);
        var cases = 0;
        var matches = 0;
        var prefiltered = 0;
        var anchored = 0;
        var failures = new List<string>();
        while (cases < 100_000)
        {
            var pattern = Anchored(random, Pattern(random));
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (RequiredLiteral.Of(regex) is not null)
            {
                prefiltered++;
            }

            if (RequiredLiteral.PrefixOf(regex) is not null || RequiredLiteral.SuffixOf(regex) is not null)
            {
                anchored++;
            }

            var template = new ArticleTemplate("Fuzz", new[]
            {
                new ArticleRule(SectionRole.Boilerplate, "P", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.Pattern, pattern: pattern) }),
            });
            for (var t = 0; t < 10; t++)
            {
                var text = Text(random, regex);
                var block = template.Parse(text).Blocks[0];
                var expected = regex.IsMatch(block.Text);
                var actual = block.Rule is not null;
                cases++;
                matches += expected ? 1 : 0;
                if (expected != actual && failures.Count < 10)
                {
                    failures.Add($"/{pattern}/ on \"{block.Text}\": Regex.IsMatch {expected}, rule {actual}");
                }
            }
        }

        Assert.Empty(failures);
        // The corpus exercises both answers and the prefilter itself.
        Assert.True(matches > cases / 20, $"only {matches} of {cases} cases match");
        Assert.True(prefiltered > 500, $"only {prefiltered} patterns have a prefilter");
        Assert.True(anchored > 500, $"only {anchored} patterns have a literal they must begin or end with");
    }

    /// <summary>Seeded patterns with four texts each, for other differential tests.</summary>
    internal static IEnumerable<(string Pattern, string[] Texts)> Corpus(int seed, int patterns)
    {
        var random = new Random(seed);
        for (var i = 0; i < patterns; i++)
        {
            var pattern = Pattern(random);
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                continue;
            }

            yield return (pattern, new[] { Text(random, regex), Text(random, regex), Text(random, regex), Text(random, regex) });
        }
    }

    /// <summary>Often anchored at one end or both, so the literals a match must begin or end the block with are fuzzed too.</summary>
    private static string Anchored(Random random, string pattern) => random.Next(6) switch
    {
        0 => "^" + pattern,
        1 => pattern + "$",
        2 => "^" + pattern + "$",
        3 => @"\A" + pattern + @"\z",
        _ => pattern,
    };

    private static string Pattern(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 7);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Atoms[random.Next(Atoms.Length)]).Append(Quantifiers[random.Next(Quantifiers.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A one-block text: random pieces, often around a match of the pattern's own literal parts.</summary>
    private static string Text(Random random, Regex regex)
    {
        var builder = new StringBuilder("z");
        var count = random.Next(0, 8);
        for (var i = 0; i < count; i++)
        {
            builder.Append(TextPieces[random.Next(TextPieces.Length)]);
        }

        if (random.Next(2) == 0)
        {
            // Splice in the pattern with its escapes undone, which often matches it.
            builder.Insert(random.Next(builder.Length + 1), Unescape(regex.ToString()));
        }

        return builder.ToString();
    }

    private static string Unescape(string pattern)
    {
        try
        {
            return Regex.Unescape(Regex.Replace(pattern, @"\\[pPk][{<'][^}>']*[}>']|\(\?[^)]*\)|[()\[\]^$|*+?{}]", ""));
        }
        catch (ArgumentException)
        {
            return pattern;
        }
    }
}
