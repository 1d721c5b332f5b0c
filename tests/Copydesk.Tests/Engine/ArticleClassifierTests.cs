using System;
using System.Linq;
using System.Text;

namespace Copydesk.Tests.Engine;

public class ArticleClassifierTests
{
    private static readonly ArticleTemplate WireStory = Fixtures.WireStory();

    [Fact]
    public void The_wire_story_has_the_anatomy_of_the_brief()
    {
        var article = WireStory.Parse(Fixtures.ReadWireStoryArticle());

        string RuleAt(string start) => article.Blocks.Single(b => b.Text.StartsWith(start, StringComparison.Ordinal)).Rule!.Name;

        Assert.Equal("Title", article.Blocks[0].Rule!.Name);
        Assert.StartsWith("The harbour authority said", article.Blocks[0].Text);
        Assert.Equal("Subheading", RuleAt("Union blames automation"));
        Assert.Equal("Subheading", RuleAt("Growing queues at the outer anchorage"));
        Assert.Equal("Body", RuleAt("Automation is “a tool for safety"));
        Assert.Equal("Update", RuleAt("The story was updated"));
        Assert.Equal("Credit", RuleAt("WNA’s Maria Keller"));
        Assert.Equal("CommentForm", RuleAt("Leave a Reply"));
        Assert.Equal("CommentForm", RuleAt("Your email address"));

        var teasers = article.BlocksOf(3);
        Assert.Equal(new[] { "Ferry timetable changes for the winter season", "New cycle bridge opens across the river" }, teasers.Select(b => b.GetCapture("Headline")));
        Assert.Equal(new[] { 15, 37 }, teasers.Select(b => b.Span.Line));

        var credit = article.BlocksOf(5).Single();
        Assert.Equal("WNA", credit.GetCapture("Outlet"));
        Assert.Equal("Maria Keller", credit.GetCapture("Contributor"));
        Assert.Equal(47, credit.Span.Line);
    }

    [Fact]
    public void The_wire_story_findings_are_the_boilerplate_and_the_one_unattributed_quotation()
    {
        var article = WireStory.Parse(Fixtures.ReadWireStoryArticle());

        Assert.Equal(
            new[]
            {
                (FindingKind.BoilerplateFound, 15, "SeeAlso"),
                (FindingKind.UnattributedQuotation, 25, "Body"),
                (FindingKind.BoilerplateFound, 37, "SeeAlso"),
                (FindingKind.BoilerplateFound, 49, "CommentForm"),
            },
            article.Findings.Select(f => (f.Kind, f.Span.Line, f.RuleName!)));
        Assert.Null(article.TypedResultError);
    }

    [Fact]
    public void Without_the_credit_line_the_wire_story_has_no_attribution()
    {
        var seed = Fixtures.ReadWireStoryArticle().Replace("WNA’s Maria Keller contributed to this report.", "");

        var article = WireStory.Parse(seed);

        var finding = Assert.Single(article.Findings, f => f.Kind == FindingKind.MissingAttribution);
        Assert.Equal("Credit", finding.RuleName);
        Assert.Contains("'WireStory'", finding.Message);
        Assert.False(finding.PreventsTypedResult);
    }

    [Fact]
    public void Clean_text_keeps_every_block_but_boilerplate()
    {
        var seed = Fixtures.ReadWireStoryArticle();
        var article = WireStory.Parse(seed);

        Assert.DoesNotContain("See also", article.CleanText);
        Assert.DoesNotContain("Leave a Reply", article.CleanText);
        Assert.DoesNotContain("Your email address", article.CleanText);
        Assert.Contains("WNA’s Maria Keller contributed to this report.", article.CleanText);
        var kept = article.Blocks.Where(b => b.Role != SectionRole.Boilerplate).Select(b => b.RawText);
        Assert.Equal(string.Join("\n\n", kept), article.CleanText);
    }

    [Fact]
    public void Story_text_is_the_headings_and_paragraphs_in_order_and_nothing_else()
    {
        var article = WireStory.Parse(Fixtures.ReadWireStoryArticle());

        var expected = article.Blocks.Where(b => b.Role is SectionRole.Heading or SectionRole.Paragraph).Select(b => b.RawText).ToList();
        Assert.Equal(string.Join("\n\n", expected), article.StoryText);
        // 26 blocks less the headline, two teasers, the update note, the credit and two comment-form lines.
        Assert.Equal(19, expected.Count);
        Assert.DoesNotContain("The harbour authority said the port", article.StoryText);
        Assert.DoesNotContain("See also", article.StoryText);
        Assert.DoesNotContain("The story was updated", article.StoryText);
        Assert.DoesNotContain("contributed to this report", article.StoryText);
        Assert.DoesNotContain("Leave a Reply", article.StoryText);
        Assert.StartsWith("“We expect the cranes", article.StoryText);
        Assert.EndsWith("the mediator said.", article.StoryText);
        Assert.Contains("\n\nUnion blames automation for the dispute\n\n", article.StoryText);
    }

    [Fact]
    public void Content_rules_are_tried_before_structural_ones()
    {
        // "See also …" is also short and unpunctuated: the content rule wins though declared later.
        var article = WireStory.Parse("Headline\n\nSee also Something else entirely\n\nBody text.");

        Assert.Equal("SeeAlso", article.Blocks[1].Rule!.Name);
    }

    [Fact]
    public void Literal_matching_tolerates_spacing_and_quote_style()
    {
        var article = WireStory.Parse("Headline\n\nLeave  a\u00A0Reply\n\nYour email\naddress will not be published.");

        Assert.All(article.Blocks.Skip(1), b => Assert.Equal("CommentForm", b.Rule!.Name));
    }

    [Fact]
    public void A_prefix_ending_in_a_letter_matches_at_a_word_boundary_only()
    {
        var template = new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Attribution, "Byline", Cardinality.Optional, new[] { BlockCondition.Create(ConditionKind.StartsWith, literals: new[] { "By" }, captureName: "Author") }),
            new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
        });

        var article = template.Parse("Byzantine art is old.\n\nBy Jane Doe");

        Assert.Equal("Body", article.Blocks[0].Rule!.Name);
        Assert.Equal("Jane Doe", article.Blocks[1].GetCapture("Author"));
    }

    [Fact]
    public void A_capture_that_does_not_convert_to_its_type_means_no_match()
    {
        var template = new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Note, "Toll", Cardinality.Many,
                new[] { BlockCondition.Create(ConditionKind.Pattern, pattern: @"^(?<Count>\S+) dead$") },
                new[] { new CaptureDefinition("Count", CaptureKind.Int) }),
            new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
        });

        var article = template.Parse("12 dead\n\nmany dead");

        Assert.Equal(new[] { "Toll", "Body" }, article.Blocks.Select(b => b.Rule!.Name));
        Assert.Equal("12", article.Blocks[0].GetCapture("Count"));
    }

    [Fact]
    public void Date_captures_use_their_format_in_invariant_culture()
    {
        var capture = new CaptureDefinition("When", CaptureKind.Date, "d MMMM yyyy");

        Assert.True(capture.Accepts("23 December 2021"));
        Assert.False(capture.Accepts("2021-12-23"));
        Assert.Equal(CaptureDefinition.DefaultDateFormat, new CaptureDefinition("When", CaptureKind.Date).Format);
    }

    [Fact]
    public void A_missing_required_section_prevents_the_typed_result_and_says_where()
    {
        var template = new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Headline, "Title", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.FirstBlock), BlockCondition.Create(ConditionKind.NoFinalPunctuation) }),
            new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
        });

        var article = template.Parse("Starts with a sentence.\n\nAnother one.");

        var error = article.TypedResultError!;
        Assert.Equal(FindingKind.MissingRequiredSection, error.Kind);
        Assert.Equal("Title", error.RuleName);
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public void A_single_section_that_occurs_again_is_reported_at_the_repeat()
    {
        var article = WireStory.Parse("Headline\n\nThe story was updated on Monday.\n\nBody.\n\nThe story was updated on Tuesday.");

        var error = article.TypedResultError!;
        Assert.Equal(FindingKind.RepeatedSection, error.Kind);
        Assert.Equal("Update", error.RuleName);
        Assert.Equal(7, error.Span.Line);
        Assert.Contains("first at line 3", error.Message);
    }

    [Fact]
    public void Without_a_default_rule_unaccepted_blocks_are_kept_and_reported()
    {
        var template = new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Headline, "Title", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.FirstBlock) }),
        });

        var article = template.Parse("Headline\n\nStray block.");

        var finding = Assert.Single(article.Findings);
        Assert.Equal(FindingKind.UnmatchedBlock, finding.Kind);
        Assert.Null(article.Blocks[1].Rule);
        Assert.Equal(-1, article.Blocks[1].RuleIndex);
        Assert.Contains("Stray block.", article.CleanText);
    }

    [Fact]
    public void An_empty_article_reports_its_missing_sections_at_line_one()
    {
        var article = WireStory.Parse("");

        Assert.Empty(article.Blocks);
        Assert.Equal(new[] { FindingKind.MissingRequiredSection, FindingKind.MissingAttribution }, article.Findings.Select(f => f.Kind).OrderBy(k => k == FindingKind.MissingAttribution));
        Assert.All(article.Findings, f => Assert.Equal((1, 1), (f.Span.Line, f.Span.Column)));
    }

    [Fact]
    public void An_article_of_only_boilerplate_cleans_to_nothing()
    {
        var template = new ArticleTemplate("T", new[]
        {
            new ArticleRule(SectionRole.Boilerplate, "CommentForm", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.OneOf, literals: new[] { "Leave a Reply", "Post Comment" }) }),
        });

        var article = template.Parse("Leave a Reply\r\n\r\nPost Comment\r\n");

        // Two boilerplate blocks in a row are one finding covering both.
        var finding = Assert.Single(article.Findings, f => f.Kind == FindingKind.BoilerplateFound);
        Assert.Equal(2, finding.BlockCount);
        Assert.Equal((0, "Leave a Reply\r\n\r\nPost Comment".Length), (finding.Span.Offset, finding.Span.Length));
        Assert.StartsWith("2 consecutive boilerplate blocks, from 'CommentForm'", finding.Message);
        Assert.Equal("", article.CleanText);
    }

    [Fact]
    public void Clean_text_uses_line_feeds_whatever_the_input_line_endings()
    {
        var article = WireStory.Parse("Headline\r\n\r\nFirst line\r\nsecond line.\r\n\r\nLeave a Reply");

        Assert.Equal("Headline\n\nFirst line\nsecond line.", article.CleanText);
    }

    [Fact]
    public void A_ten_megabyte_article_parses()
    {
        var builder = new StringBuilder("Headline\n\n");
        var paragraph = "“Quoted words,” the official said in a long paragraph of the article.\n\nSee also Another story\n\n";
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(paragraph);
        }

        var article = WireStory.Parse(builder.ToString());

        Assert.Equal(article.Blocks.Count / 2, article.Findings.Count(f => f.Kind == FindingKind.BoilerplateFound));
    }

    [Fact]
    public void Rules_reject_captures_no_condition_fills()
    {
        Assert.Throws<ArgumentException>(() => new ArticleRule(SectionRole.Note, "N", Cardinality.Many,
            new[] { BlockCondition.Create(ConditionKind.StartsWith, literals: new[] { "Note" }) }, new[] { new CaptureDefinition("Missing", CaptureKind.Int) }));
    }
}
