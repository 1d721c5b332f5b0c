using System;
using System.Linq;

namespace Copydesk.Tests.Engine;

/// <summary>The candidate screen: which rules a block's first character and length leave, and what it trusts.</summary>
public class CandidateScreenTests
{
    // Rule 0: at most 10 characters, then a pattern the sequence form decides (no time limit): trusted.
    // Rule 1: a pattern with a back-reference, which only backtracking decides: its part is not trusted.
    // Rule 2: at most 5 characters, nothing else.
    private static readonly ArticleRule[] Rules = new ArticleTemplate("Screen", new[]
    {
        new ArticleRule(SectionRole.Boilerplate, "Menu", Cardinality.Many, new[]
        {
            BlockCondition.Create(ConditionKind.MaxLength, number: 10),
            BlockCondition.Create(ConditionKind.Pattern, pattern: "^abc"),
        }),
        new ArticleRule(SectionRole.Boilerplate, "Twin", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.Pattern, pattern: @"^(\w)\1x") }),
        new ArticleRule(SectionRole.Boilerplate, "Tiny", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.MaxLength, number: 5) }),
    }).RuleArray;

    private static CandidateScreen Screen(string? others) => new CandidateScreen()
        .Add(0, 0, maxLength: 10, condition: 1, minLength: 3, low: 0, high: 1UL << ('a' - 64), others: others)
        .Add(1, 1, condition: 0, minLength: 3, low: 0, high: 1UL << ('q' - 64), others: "")
        .Add(2, 2, maxLength: 5);

    [Theory]
    [InlineData('a', 3, 0b111UL)] // every rule may take it (Twin's part is not trusted)
    [InlineData('a', 2, 0b110UL)] // shorter than a match of ^abc
    [InlineData('a', 10, 0b011UL)] // at Menu's limit, past Tiny's
    [InlineData('a', 11, 0b010UL)]
    [InlineData('b', 4, 0b110UL)] // ^abc cannot begin with b
    [InlineData('é', 4, 0b110UL)] // nor with a character outside ASCII when none is listed
    public void A_cleared_bit_is_a_rule_that_cannot_take_the_block(char first, int length, ulong expected)
    {
        Assert.Equal(expected | ~0b111UL, Screen(others: "").Of(Rules, first, length));
    }

    [Fact]
    public void Characters_outside_ASCII_follow_the_list_or_any()
    {
        Assert.Equal(0b111UL | ~0b111UL, Screen(others: "é").Of(Rules, 'é', 4));
        Assert.Equal(0b110UL | ~0b111UL, Screen(others: "é").Of(Rules, 'ü', 4));
        Assert.Equal(0b111UL | ~0b111UL, Screen(others: null).Of(Rules, 'ü', 4));
    }

    [Fact]
    public void A_position_past_the_mask_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CandidateScreen().Add(CandidateScreen.MaxRules, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CandidateScreen().Add(-1, 0));
    }

    [Fact]
    public void An_entry_naming_no_condition_of_the_rules_trusts_only_its_length()
    {
        // A screen built for other rules (a condition index out of range) never rules a block out by its pattern.
        var screen = new CandidateScreen().Add(0, 0, maxLength: 10, condition: 7, minLength: 3, low: 0, high: 0);

        Assert.Equal(ulong.MaxValue, screen.Of(Rules, 'z', 1));
        Assert.Equal(~1UL, screen.Of(Rules, 'z', 11));
    }

    [Fact]
    public void Many_listed_characters_outside_ASCII_answer_as_a_few_do()
    {
        // Up to 32 listed characters are scanned, more are hashed: both answer alike.
        var many = "é" + new string(Enumerable.Range(0x0400, 40).Select(c => (char)c).ToArray());
        Assert.Equal(0b111UL | ~0b111UL, Screen(others: many).Of(Rules, 'é', 4));
        Assert.Equal(0b111UL | ~0b111UL, Screen(others: many).Of(Rules, '\u0427', 4));
        Assert.Equal(0b110UL | ~0b111UL, Screen(others: many).Of(Rules, 'ü', 4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(100_000)]
    public void Lengths_up_to_the_table_and_past_it_answer_alike(int length)
    {
        // Short lengths are looked up, longer ones searched: a rule with a limit past the table still counts it.
        var screen = new CandidateScreen().Add(0, 0, maxLength: 700).Add(2, 2, maxLength: 5);
        var expected = (length <= 700 ? 1UL : 0) | (length <= 5 ? 0b100UL : 0) | ~0b101UL;
        Assert.Equal(expected, screen.Of(Rules, 'a', length));
    }
}
