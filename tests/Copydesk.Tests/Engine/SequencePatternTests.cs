using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Copydesk.Tests.Engine;

public class SequencePatternTests
{
    private const string CreditLine = @"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$";

    [Theory]
    [InlineData("Reuters’s Anna Bakker contributed to this report.", "Reuters", "Anna Bakker")]
    [InlineData("AP's Tom Reyes and Lin Wu contributed to this report.", "AP", "Tom Reyes and Lin Wu")]
    [InlineData("U.S.’s X contributed to this report.", "U.S.", "X")]
    [InlineData("Reuters’s  contributed to this report. contributed to this report.", "Reuters", " contributed to this report.")]
    public void The_credit_line_matches_and_captures_as_Regex_does(string text, string outlet, string contributor)
    {
        var sequence = SequencePattern.TryCreate(CreditLine, RegexOptions.CultureInvariant);

        Assert.NotNull(sequence);
        Assert.Equal(1, sequence!.Match(text));
        Assert.Equal(new[] { "Outlet", "Contributor" }, sequence.Captures.Select(c => c.Name));
        Assert.Equal(outlet, sequence.Captured(text, 0));
        Assert.Equal(contributor, sequence.Captured(text, 1));
        var match = new Regex(CreditLine, RegexOptions.CultureInvariant).Match(text);
        Assert.Equal((match.Groups["Outlet"].Value, match.Groups["Contributor"].Value), (outlet, contributor));
    }

    [Theory]
    [InlineData("reuters’s Anna Bakker contributed to this report.")]
    [InlineData("Reuters’s Anna Bakker contributed to this report")]
    [InlineData("Reuters’s contributed to this report.")]
    [InlineData("Reuters’s Anna\nBakker contributed to this report.")]
    [InlineData("")]
    public void The_credit_line_does_not_match_what_Regex_refuses(string text)
    {
        var sequence = SequencePattern.TryCreate(CreditLine, RegexOptions.CultureInvariant)!;

        Assert.False(new Regex(CreditLine, RegexOptions.CultureInvariant).Match(text).Success);
        Assert.Equal(0, sequence.Match(text));
    }

    [Theory]
    [InlineData("foo", "unanchored: every start would be tried")]
    [InlineData("^(?:a|b)c", "alternation")]
    [InlineData("^a*?b", "lazy loop")]
    [InlineData("^(?=a)a", "lookahead")]
    [InlineData(@"^\bfoo", "word boundary")]
    [InlineData(@"^(?<a>x)\k<a>", "back-reference")]
    [InlineData(@"^(x)\1", "numbered back-reference")]
    [InlineData("^(?i)a", "inline options")]
    [InlineData("^(?>a+)b", "atomic group")]
    [InlineData("^(ab)+", "quantified group")]
    [InlineData("^a{2}{3}", "two quantifiers")]
    [InlineData("^a{x}", "braces that are not a quantifier")]
    [InlineData(@"^\w*\w*x", "two loops that can take the same characters, with a loop after them")]
    [InlineData(@"^.*a.*b", "a loop that can take what follows it, with a loop after it")]
    [InlineData("^a$b", "an end anchor inside")]
    [InlineData("^a^", "a start anchor inside")]
    [InlineData("^(?<n>a)(?<n>b)", "a name used twice")]
    [InlineData("^(?<a-b>x)", "balancing group")]
    [InlineData("^(a", "unclosed group")]
    public void Patterns_outside_the_sequence_form_are_left_to_Regex(string pattern, string why)
    {
        Assert.True(SequencePattern.TryCreate(pattern, RegexOptions.CultureInvariant) is null, why);
    }

    [Fact]
    public void A_pattern_of_more_elements_than_the_limit_is_refused_before_NET_is_asked_about_them()
    {
        // Two hundred classes would be two hundred questions to .NET; a long literal is one element.
        Assert.Null(SequencePattern.TryCreate("^" + string.Concat(Enumerable.Repeat("[ab]", 200)) + "$", RegexOptions.CultureInvariant));
        var literal = "^" + new string('x', 1000) + "$";
        Assert.Equal(1, SequencePattern.TryCreate(literal, RegexOptions.CultureInvariant)!.Match(new string('x', 1000)));
    }

    [Theory]
    [InlineData(@"^.+ \d{4}$")]
    [InlineData(@"^\w+, (?<Name>[^,]+)\z")]
    [InlineData(@"\A(?:See also:?) (?<Rest>.*)")]
    [InlineData("^$")]
    public void Sequences_whose_backtracking_stays_linear_are_taken(string pattern)
    {
        Assert.NotNull(SequencePattern.TryCreate(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Case_insensitive_elements_take_what_NET_takes_for_them()
    {
        var sequence = SequencePattern.TryCreate("^kelvin$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)!;

        // U+212A KELVIN SIGN is a case form of 'k' in .NET's invariant case table.
        foreach (var text in new[] { "KELVIN", "kelvin", "\u212Aelvin" })
        {
            Assert.Equal(Regex.IsMatch(text, "^kelvin$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase) ? 1 : 0, sequence.Match(text));
        }

        Assert.Equal(1, sequence.Match("\u212Aelvin"));
    }

    [Fact]
    public void The_end_anchor_allows_a_final_line_break_and_the_end_only_anchor_does_not()
    {
        Assert.Equal(1, SequencePattern.TryCreate("^ab$", RegexOptions.None)!.Match("ab\n"));
        Assert.Equal(1, SequencePattern.TryCreate(@"^ab\Z", RegexOptions.None)!.Match("ab\n"));
        Assert.Equal(0, SequencePattern.TryCreate(@"^ab\z", RegexOptions.None)!.Match("ab\n"));
        Assert.Equal(0, SequencePattern.TryCreate("^ab$", RegexOptions.None)!.Match("ab\n\n"));
    }

    [Fact]
    public void A_long_block_is_decided_in_linear_steps()
    {
        var sequence = SequencePattern.TryCreate(CreditLine, RegexOptions.CultureInvariant)!;
        var text = "Reuters’s " + new string('x', 200_000) + " contributed to this report!";

        Assert.Equal(0, sequence.Match(text));
    }

    /// <summary>
    /// One behaviour with .NET: over seeded sequence patterns (classes, escapes, case-insensitive
    /// elements, greedy quantifiers, named and plain groups, every end anchor) and texts built from their
    /// elements' members, the sequence form matches exactly when <c>Regex.Match</c> does, and captures
    /// what its groups capture.
    /// </summary>
    [Fact]
    public void Agrees_with_Regex_on_seeded_patterns_and_texts()
    {
        var random = new Random(20261205);
        int taken = 0, cases = 0, matches = 0, gaveUp = 0;
        var failures = new List<string>();
        for (var p = 0; p < 6000; p++)
        {
            var (pattern, pieces) = SeededPattern(random);
            var options = RegexOptions.CultureInvariant | (random.Next(3) == 0 ? RegexOptions.IgnoreCase : RegexOptions.None);
            var sequence = SequencePattern.TryCreate(pattern, options);
            if (sequence is null)
            {
                continue;
            }

            taken++;
            var regex = new Regex(pattern, options);
            for (var t = 0; t < 12; t++)
            {
                var text = Text(random, pieces);
                var expected = regex.Match(text);
                var actual = sequence.Match(text);
                cases++;
                if (actual < 0)
                {
                    gaveUp++;
                    continue;
                }

                var same = expected.Success == (actual == 1);
                for (var i = 0; same && expected.Success && i < sequence.Captures.Length; i++)
                {
                    same = expected.Groups[sequence.Captures[i].Name].Value == sequence.Captured(text, i);
                }

                matches += expected.Success ? 1 : 0;
                if (!same && failures.Count < 10)
                {
                    failures.Add($"/{pattern}/ ({options}) on \"{text}\": Regex {expected.Success}, sequence {actual}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(0, gaveUp);
        Assert.True(taken > 2000, $"only {taken} patterns taken");
        Assert.True(matches > cases / 5, $"only {matches} of {cases} cases match");
    }

    private static readonly (string Atom, string[] Members)[] Atoms =
    {
        ("a", new[] { "a", "A" }),
        ("b", new[] { "b" }),
        ("k", new[] { "k", "K", "\u212A" }),
        ("é", new[] { "é", "É" }),
        (" ", new[] { " " }),
        ("’", new[] { "’", "'" }),
        (@"\.", new[] { "." }),
        (@"\(", new[] { "(" }),
        ("-", new[] { "-" }),
        ("[a-c]", new[] { "a", "c", "B" }),
        ("[^x]", new[] { "y", "x", "\n" }),
        (@"[\w.]", new[] { "a", ".", "_", "é", "1" }),
        ("['’]", new[] { "'", "’" }),
        (@"\p{Lu}", new[] { "A", "Ω", "a" }),
        (@"\P{L}", new[] { "1", " ", "a" }),
        (@"\d", new[] { "1", "٣" }),
        (@"\s", new[] { " ", "\t", "\n", "\u00A0" }),
        (@"\S", new[] { "x", "." }),
        (@"\w", new[] { "a", "1", "_" }),
        (@"\W", new[] { " ", "-", "\n" }),
        (".", new[] { "a", " ", "\n" }),
        (@"\u0041", new[] { "A", "a" }),
        (@"\x2E", new[] { "." }),
        (@"[\]]", new[] { "]" }),
        ("[]a]", new[] { "]", "a" }),
        ("[a-z-[aeiou]]", new[] { "b", "a" }),
        (@"\n", new[] { "\n" }),
        (@"\t", new[] { "\t" }),
    };

    private static readonly string[] Quantifiers = { "", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "{2,}" };

    private static readonly string[] Ends = { "", "$", @"\z", @"\Z" };

    /// <summary>A sequence pattern, and for each of its elements the texts that element's members make up.</summary>
    private static (string Pattern, List<string[]> Pieces) SeededPattern(Random random)
    {
        var builder = new StringBuilder(random.Next(4) == 0 ? @"\A" : "^");
        var pieces = new List<string[]>();
        var count = random.Next(1, 7);
        var openGroups = 0;
        var group = 0;
        for (var i = 0; i < count; i++)
        {
            if (random.Next(5) == 0)
            {
                builder.Append(random.Next(3) switch { 0 => $"(?<G{group++}>", 1 => "(?:", _ => "(" });
                openGroups++;
            }

            var (atom, members) = Atoms[random.Next(Atoms.Length)];
            var quantifier = Quantifiers[random.Next(Quantifiers.Length)];
            builder.Append(atom).Append(quantifier);
            pieces.Add(members.Select(m => quantifier switch
            {
                "" => m,
                "{2}" or "{2,}" => m + m,
                "+" => m + m + m,
                _ => random.Next(2) == 0 ? string.Empty : m,
            }).ToArray());

            if (openGroups > 0 && random.Next(3) == 0)
            {
                builder.Append(')');
                openGroups--;
            }
        }

        builder.Append(')', openGroups);
        builder.Append(Ends[random.Next(Ends.Length)]);
        return (builder.ToString(), pieces);
    }

    /// <summary>A text of the elements' members in order, often changed a little: a piece left out or doubled, a line break or junk at the end.</summary>
    private static string Text(Random random, List<string[]> pieces)
    {
        var builder = new StringBuilder();
        foreach (var members in pieces)
        {
            var repeat = random.Next(8) switch { 0 => 0, 1 => 2, _ => 1 };
            for (var r = 0; r < repeat; r++)
            {
                builder.Append(members[random.Next(members.Length)]);
            }
        }

        switch (random.Next(6))
        {
            case 0:
                builder.Append('\n');
                break;
            case 1:
                builder.Append("zz");
                break;
            case 2:
                builder.Insert(0, "q");
                break;
        }

        return builder.ToString();
    }
}
