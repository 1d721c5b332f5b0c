using System;
using System.Collections.Generic;
using System.Linq;

namespace Copydesk.Tests.Engine;

/// <summary>The semantics of conditions that name other sections and of runs, as docs/template-language.md states them.</summary>
public class RelativeConditionTests
{
    private static BlockCondition Section(ConditionKind kind, string name) => BlockCondition.Create(kind, literals: new[] { name });

    private static BlockCondition Pattern(string pattern) => BlockCondition.Create(ConditionKind.Pattern, pattern: pattern, ignoreCase: true);

    /// <summary>The issue's example layout: reading time as the anchor, the reporter right before it, the headline right before the reporter.</summary>
    private static readonly ArticleTemplate Layout = new("Layout", new[]
    {
        new ArticleRule(SectionRole.Note, "ReadTime", Cardinality.Optional, new[] { Pattern(@"^\d+ min read$") }),
        new ArticleRule(SectionRole.Attribution, "Reporter", Cardinality.Optional, new[] { Section(ConditionKind.RightBeforeSection, "ReadTime") }),
        new ArticleRule(SectionRole.Headline, "Title", Cardinality.Optional, new[] { Section(ConditionKind.RightBeforeSection, "Reporter") }),
        new ArticleRule(SectionRole.Boilerplate, "Header", Cardinality.Many, new[] { Section(ConditionKind.BeforeSection, "Title") }),
        new ArticleRule(SectionRole.Boilerplate, "Standards", Cardinality.Optional, new[] { BlockCondition.Create(ConditionKind.StartsWith, literals: new[] { "Our Standards:" }) }),
        new ArticleRule(SectionRole.Boilerplate, "Footer", Cardinality.Many, new[] { Section(ConditionKind.AfterSection, "Standards") }),
        new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
    });

    [Fact]
    public void Sections_placed_relative_to_each_other_follow_the_dependency_order()
    {
        var article = Layout.Parse("Menu\n\nMarkets\n\nRates hold\n\nJane Roe\n\n3 Min Read\n\nFirst.\n\nSecond.\n\nOur Standards: Trust.\n\nMore news\n\nAbout us");

        Assert.Equal(
            new[] { "Header", "Header", "Title", "Reporter", "ReadTime", "Body", "Body", "Standards", "Footer", "Footer" },
            article.Blocks.Select(b => b.Rule!.Name));
        Assert.Equal("First.\n\nSecond.", article.StoryText);
    }

    [Fact]
    public void A_relative_condition_whose_section_took_no_block_is_false()
    {
        var article = Layout.Parse("Menu\n\nRates hold\n\nJane Roe\n\nFirst.");

        Assert.All(article.Blocks, b => Assert.Equal("Body", b.Rule!.Name));
    }

    [Fact]
    public void Relative_conditions_count_from_the_first_block_the_named_section_took()
    {
        var template = new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Note, "Marker", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.Exactly, literals: new[] { "*" }) }),
            new ArticleRule(SectionRole.Paragraph, "Next", Cardinality.Optional, new[] { Section(ConditionKind.RightAfterSection, "Marker") }),
            new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
        });

        var article = template.Parse("a\n\n*\n\nb\n\n*\n\nc");

        Assert.Equal(new[] { "Body", "Marker", "Next", "Marker", "Body" }, article.Blocks.Select(b => b.Rule!.Name));
    }

    [Fact]
    public void A_run_takes_only_blocks_among_enough_consecutive_blocks_that_meet_the_other_conditions()
    {
        var template = new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Boilerplate, "Menu", Cardinality.Many, new[]
            {
                BlockCondition.Create(ConditionKind.InRun, number: 3),
                BlockCondition.Create(ConditionKind.MaxLength, number: 12),
            }),
            new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
        });

        var article = template.Parse("Home\n\nNews\n\nSport\n\nA paragraph that is long.\n\nShort one\n\nShort two\n\nAnother long paragraph here.");

        Assert.Equal(new[] { "Menu", "Menu", "Menu", "Body", "Body", "Body", "Body" }, article.Blocks.Select(b => b.Rule!.Name));
        var run = Assert.Single(article.Findings, f => f.Kind == FindingKind.BoilerplateFound);
        Assert.Equal((1, 3), (run.Span.Line, run.BlockCount));
    }

    [Fact]
    public void A_template_built_by_hand_with_an_unknown_section_or_a_cycle_is_refused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many, new[] { Section(ConditionKind.AfterSection, "Nowhere") }),
        }));
        Assert.Contains("'Nowhere'", unknown.Message);

        var cycle = Assert.Throws<ArgumentException>(() => new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Headline, "A", Cardinality.Optional, new[] { Section(ConditionKind.RightBeforeSection, "B") }),
            new ArticleRule(SectionRole.Paragraph, "B", Cardinality.Many, new[] { Section(ConditionKind.AfterSection, "A") }),
        }));
        Assert.Contains("cycle", cycle.Message);
    }

    [Fact]
    public void Anchors_placed_directly_equal_anchors_placed_by_a_whole_pass()
    {
        // The same rules, plus one that reads earlier roles and never matches: it forces whole passes.
        ArticleTemplate Build(bool forceWholePasses)
        {
            var rules = new List<ArticleRule>
            {
                new(SectionRole.Boilerplate, "Ad", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.Exactly, literals: new[] { "Advertisement" }) }),
                new(SectionRole.Note, "Marker", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.OneOf, literals: new[] { "*", "Advertisement" }) }),
                new(SectionRole.Heading, "Next", Cardinality.Optional, new[] { Section(ConditionKind.RightAfterSection, "Marker") }),
                new(SectionRole.Boilerplate, "Tail", Cardinality.Many, new[] { Section(ConditionKind.AfterSection, "Next"), BlockCondition.Create(ConditionKind.MaxLength, number: 3) }),
                new(SectionRole.Paragraph, "Body", Cardinality.Many),
            };
            if (forceWholePasses)
            {
                rules.Insert(0, new ArticleRule(SectionRole.Note, "Never", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.AfterAttribution), BlockCondition.Create(ConditionKind.Exactly, literals: new[] { "never" }) }));
            }

            return new ArticleTemplate("T", rules);
        }

        var direct = Build(forceWholePasses: false);
        var whole = Build(forceWholePasses: true);
        var random = new Random(7);
        var words = new[] { "*", "Advertisement", "ab", "abcd", "text.", "x" };
        for (var trial = 0; trial < 500; trial++)
        {
            var article = string.Join("\n\n", Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));

            Assert.Equal(
                whole.Parse(article).Blocks.Select(b => b.Rule!.Name),
                direct.Parse(article).Blocks.Select(b => b.Rule!.Name));
        }
    }

    [Fact]
    public void Classification_stays_linear_in_blocks_with_chained_sections()
    {
        // Four passes (three anchors deep) over 20 000 blocks; the anchors sit in the middle.
        var page = string.Join("\n\n", Enumerable.Range(0, 20_000).Select(i => i == 10_000 ? "Jane Roe\n\n3 min read" : "Paragraph " + i + "."));

        var article = Layout.Parse(page);

        Assert.Equal("Reporter", article.Blocks[10_000].Rule!.Name);
        Assert.Equal("Title", article.Blocks[9_999].Rule!.Name);
        Assert.Equal(9_999, article.Blocks.Count(b => b.Rule!.Name == "Header"));
    }
}
