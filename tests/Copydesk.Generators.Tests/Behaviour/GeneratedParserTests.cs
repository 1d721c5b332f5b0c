
using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Copydesk.Generators.Tests.Infrastructure;
using RuntimeArticle = global::Copydesk.IArticle;
using RuntimeFormatException = global::Copydesk.ArticleFormatException;

namespace Copydesk.Generators.Tests.Behaviour;

/// <summary>Generated parsers compiled in memory, loaded and run on articles.</summary>
public class GeneratedParserTests
{
    private static readonly Lazy<Assembly> Parsers = new(() => GeneratorHarness.CompileAndLoad(
        ("Templates/WireStory.article", Fixtures.WireStoryTemplate),
        ("Templates/CourtReport.article", TestTemplates.CourtReport.Replace("internal template CourtReport", "template CourtReport in Tests.Court"))));

    private static dynamic WireStory(string text) => GeneratorHarness.Parse(Parsers.Value, "NewsDesk.Templates.WireStory", text);

    [Fact]
    public void The_wire_story_parses_into_the_typed_anatomy_of_the_brief()
    {
        var seed = Fixtures.ReadWireStoryArticle();

        var story = WireStory(seed);

        Assert.Equal("The harbour authority said the port of Veldhaven is ready to reopen its container terminal if the strike ends this week", (string)story.Title.Text);
        Assert.Equal("WNA", (string)story.Credit.Outlet);
        Assert.Equal("Maria Keller", (string)story.Credit.Contributor);
        Assert.Equal("The story was updated on Wednesday with the union’s vote.", (string)story.Update.Text);
        Assert.Equal("Ferry timetable changes for the winter season", (string)story.SeeAlso[0].Headline);
        Assert.Equal("New cycle bridge opens across the river", (string)story.SeeAlso[1].Headline);

        var headings = ((System.Collections.IEnumerable)story.Sections).Cast<dynamic>().Select(s => s.Heading == null ? null : (string)s.Heading.Text).ToArray();
        Assert.Equal(new[] { null, "Union blames automation for the dispute", "Growing queues at the outer anchorage" }, headings);
        Assert.Equal(6, (int)story.Sections[0].Paragraphs.Count);
        Assert.Equal(new[] { 6, 6, 5 }, ((System.Collections.IEnumerable)story.Sections).Cast<dynamic>().Select(s => (int)s.Paragraphs.Count));
        Assert.Equal(17, (int)story.Body.Count);

        // The story alone: no headline, credit, update note or boilerplate, through the generated member and IArticle.
        var storyText = (string)story.StoryText;
        Assert.Equal(storyText, ((RuntimeArticle)story).StoryText);
        Assert.StartsWith("“We expect the cranes", storyText);
        Assert.DoesNotContain("See also", storyText);
        Assert.DoesNotContain("contributed to this report", storyText);

        var boilerplate = ((RuntimeArticle)story).Boilerplate;
        Assert.Equal(new[] { ("SeeAlso", 15), ("SeeAlso", 37), ("CommentForm", 49), ("CommentForm", 51) }, boilerplate.Select(b => (b.RuleName, b.Line)));
    }

    [Fact]
    public void Typed_blocks_are_made_when_first_read_once_and_are_the_same_objects_in_every_list()
    {
        var story = WireStory(Fixtures.ReadWireStoryArticle());
        var typed = TypedBlocksOf(story);

        // Counts come from the parse: no paragraph object is made to answer them.
        Assert.Equal(17, (int)story.Body.Count);
        Assert.Equal(new[] { 6, 6, 5 }, ((System.Collections.IEnumerable)story.Sections).Cast<dynamic>().Select(s => (int)s.Paragraphs.Count));
        Assert.Equal(2, typed.MadeCount);

        var first = story.Body[0];
        Assert.Equal(19, typed.MadeCount);
        Assert.Same(first, story.Body[0]);
        Assert.Same(first, story.Sections[0].Paragraphs[0]);
        Assert.Same(story.Subheading[1], story.Sections[2].Heading);
        Assert.Same(story.SeeAlso[0], ((RuntimeArticle)story).Boilerplate[0]);
        Assert.Same(story.Credit, story.Attributions[0]);
        Assert.Same(story.Update, story.Notes[0]);
        Assert.Equal(((System.Collections.IEnumerable)story.Body).Cast<object>(), ((System.Collections.IEnumerable)story.Sections).Cast<dynamic>().SelectMany(s => ((System.Collections.IEnumerable)s.Paragraphs).Cast<object>()));
    }

    [Fact]
    public void Single_members_and_empty_lists_are_kept_without_making_a_list()
    {
        var text = string.Join("\n\n", Fixtures.ReadWireStoryArticle().Split("\n\n").Where(b => !b.Contains("contributed to this report")));
        var story = WireStory(text);
        var typed = TypedBlocksOf(story);

        Assert.Null(story.Credit);
        Assert.Null(story.Credit);
        Assert.Equal(0, (int)story.Attributions.Count);
        Assert.Same(story.Attributions, story.Attributions);
        Assert.Equal(0, typed.MadeCount);

        var title = story.Title;
        Assert.Same(title, story.Title);
        Assert.Equal(1, typed.MadeCount);
        Assert.Equal("Title", (string)title.RuleName);
        Assert.Same(story.Update, story.Notes[0]);
        Assert.Equal(2, typed.MadeCount);
    }

    [Fact]
    public void Typed_members_read_from_many_threads_at_once_are_the_same_objects()
    {
        var text = Fixtures.ReadWireStoryArticle();
        for (var round = 0; round < 20; round++)
        {
            var story = WireStory(text);
            var seen = Enumerable.Range(0, 8)
                .Select(_ => System.Threading.Tasks.Task.Run(() => ((object)story.Body, (object)story.Sections, (object)story.Sections[1].Paragraphs[2], (object)story.Credit, (object)story.Boilerplate)))
                .Select(task => task.Result)
                .ToList();

            Assert.All(seen, s => Assert.Same(seen[0].Item1, s.Item1));
            Assert.All(seen, s => Assert.Same(seen[0].Item2, s.Item2));
            Assert.All(seen, s => Assert.Same(seen[0].Item3, s.Item3));
            Assert.All(seen, s => Assert.Same(seen[0].Item4, s.Item4));
            Assert.All(seen, s => Assert.Same(seen[0].Item5, s.Item5));
            Assert.Same(seen[0].Item3, story.Body[8]);
        }
    }

    private static global::Copydesk.TypedBlocks TypedBlocksOf(object story) =>
        (global::Copydesk.TypedBlocks)story.GetType().GetField("__blocks", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(story)!;

    [Fact]
    public void Every_element_knows_its_line_column_offset_and_length()
    {
        var seed = Fixtures.ReadWireStoryArticle();

        var credit = WireStory(seed).Credit;

        var creditLine = "WNA’s Maria Keller contributed to this report.";
        Assert.Equal(seed.IndexOf(creditLine, StringComparison.Ordinal), (int)credit.Offset);
        Assert.Equal(creditLine.Length, (int)credit.Length);
        Assert.Equal((47, 1), ((int)credit.Line, (int)credit.Column));
        Assert.Equal(creditLine, seed.Substring((int)credit.Offset, (int)credit.Length));
    }

    [Fact]
    public void Clean_text_has_no_boilerplate_line_and_keeps_everything_else()
    {
        var story = WireStory(Fixtures.ReadWireStoryArticle());

        string clean = story.CleanText;

        Assert.DoesNotContain("See also", clean);
        Assert.DoesNotContain("Leave a Reply", clean);
        Assert.DoesNotContain("Your email address will not be published.", clean);
        Assert.Contains("Automation is “a tool for safety, not a way to cut jobs.", clean);
        Assert.StartsWith("The harbour authority said", clean);
        Assert.EndsWith("WNA’s Maria Keller contributed to this report.", clean);
    }

    [Fact]
    public void Findings_list_boilerplate_and_the_unattributed_quotation()
    {
        var story = (RuntimeArticle)WireStory(Fixtures.ReadWireStoryArticle());

        Assert.Equal(
            new[] { "BoilerplateFound 15 x1", "UnattributedQuotation 25 x1", "BoilerplateFound 37 x1", "BoilerplateFound 49 x2" },
            story.Findings.Select(f => $"{f.Kind} {f.Span.Line} x{f.BlockCount}"));
    }

    [Fact]
    public void A_missing_credit_is_a_finding_not_an_exception()
    {
        var seed = Fixtures.ReadWireStoryArticle().Replace("WNA’s Maria Keller contributed to this report.", "");

        var story = WireStory(seed);

        Assert.Null(story.Credit);
        Assert.Contains(((RuntimeArticle)story).Findings, f => f.Kind == global::Copydesk.FindingKind.MissingAttribution);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_missing_section_with_line_and_column()
    {
        var exception = Assert.Throws<RuntimeFormatException>(() => WireStory(""));

        Assert.Equal("Title", exception.SectionName);
        Assert.Equal((1, 1), (exception.Line, exception.Column));
        Assert.Contains("Required section 'Title' of template 'WireStory' is missing", exception.Message);
    }

    [Fact]
    public void Parse_throws_when_a_single_section_occurs_again()
    {
        var text = "Headline\n\nThe story was updated on Monday.\n\nBody.\n\n  The story was updated on Tuesday.";

        var exception = Assert.Throws<RuntimeFormatException>(() => WireStory(text));

        Assert.Equal("Update", exception.SectionName);
        Assert.Equal((7, 3), (exception.Line, exception.Column));
    }

    [Fact]
    public void TryParse_returns_false_instead_of_throwing()
    {
        var tryParse = Parsers.Value.GetType("NewsDesk.Templates.WireStory")!.GetMethod("TryParse")!;

        var empty = new object?[] { "", null };
        var valid = new object?[] { "Headline\n\nBody.", null };
        var missing = new object?[] { null, null };

        Assert.False((bool)tryParse.Invoke(null, empty)!);
        Assert.Null(empty[1]);
        Assert.False((bool)tryParse.Invoke(null, missing)!);
        Assert.True((bool)tryParse.Invoke(null, valid)!);
        Assert.Equal("Headline", ((dynamic)valid[1]!).Title.Text);
    }

    [Fact]
    public void Parse_rejects_null_with_argument_null_exception()
    {
        Assert.Throws<ArgumentNullException>(() => WireStory(null!));
    }

    [Fact]
    public void Typed_captures_become_typed_properties()
    {
        var text = "Court hears appeal\n\nHearing date: 3 March 2022\n\nCase 1234 (High Court)\n\nQ: Where were you?\n\nThe judge listened.\n\nBy Jane Roe";

        var report = GeneratorHarness.Parse(Parsers.Value, "Tests.Court.CourtReport", text);

        Assert.Equal(new DateTime(2022, 3, 3), (DateTime)report.Hearing.Date);
        Assert.Equal(1234, (int?)report.Docket.Number);
        Assert.Equal("High Court", (string)report.Docket.Court);
        Assert.Equal("Jane Roe", (string)report.Byline.Author);
        Assert.Equal(2, (int)report.Sections[0].Paragraphs.Count);
    }

    [Fact]
    public void An_optional_regex_group_that_does_not_take_part_is_null()
    {
        var report = GeneratorHarness.Parse(Parsers.Value, "Tests.Court.CourtReport", "Title\n\nCase 77\n\nBy Jane Roe");

        Assert.Equal(77, (int?)report.Docket.Number);
        Assert.Null((string?)report.Docket.Court);
    }

    [Fact]
    public void A_capture_that_does_not_convert_leaves_the_block_to_later_rules()
    {
        // "31 February 2022" is no date: the Hearing rule does not match and the block is a paragraph.
        var report = GeneratorHarness.Parse(Parsers.Value, "Tests.Court.CourtReport", "Title\n\nHearing date: 31 February 2022\n\nBy Jane Roe");

        Assert.Null(report.Hearing);
        Assert.Equal("Hearing date: 31 February 2022", (string)report.Body[0].Text);
    }

    [Fact]
    public void Odd_whitespace_crlf_and_a_bom_parse_like_clean_text()
    {
        var path = Fixtures.SampleArticlePaths.Single(p => p.EndsWith("cycle-lanes.txt", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var text = new UTF8Encoding(false).GetString(bytes); // keeps the BOM as U+FEFF

        var story = WireStory(text);

        Assert.Equal("Council approves new cycle lanes for the city centre", (string)story.Title.Text);
        Assert.Equal((1, 1, 1), ((int)story.Title.Line, (int)story.Title.Column, (int)story.Title.Offset));
        Assert.Equal("AP", (string)story.Credit.Outlet);
        Assert.Equal("Construction starts in spring", (string)story.Sections[1].Heading.Text);
        Assert.Equal((8, 2), ((int)story.Sections[1].Paragraphs[0].Line, (int)story.Sections[1].Paragraphs[0].Column));
        Assert.DoesNotContain("\r", (string)story.CleanText);
    }

    [Fact]
    public void Every_sample_article_parses()
    {
        foreach (var path in Fixtures.SampleArticlePaths)
        {
            var story = WireStory(File.ReadAllText(path));
            Assert.False(string.IsNullOrEmpty((string)story.Title.Text), path);
        }
    }

    [Fact]
    public void An_article_of_only_boilerplate_is_reported_as_missing_its_headline()
    {
        // The first block is the headline by rule; content rules win, so the comment form stays boilerplate.
        var exception = Assert.Throws<RuntimeFormatException>(() => WireStory("Leave a Reply\n\nYour email address will not be published."));

        Assert.Equal("Title", exception.SectionName);
    }

    [Fact]
    public void Users_can_add_members_to_the_partial_parser_class()
    {
        const string extension = """
            namespace NewsDesk.Templates
            {
                public sealed partial class WireStory
                {
                    /// <summary>The credit as one line.</summary>
                    public string CreditLine => Credit is null ? "(no credit)" : Credit.Outlet + " / " + Credit.Contributor;
                }
            }
            """;
        var assembly = GeneratorHarness.CompileAndLoad(new[] { ("Templates/WireStory.article", Fixtures.WireStoryTemplate) }, new[] { extension });

        var story = GeneratorHarness.Parse(assembly, "NewsDesk.Templates.WireStory", Fixtures.ReadWireStoryArticle());

        Assert.Equal("WNA / Maria Keller", (string)story.CreditLine);
    }

    [Fact]
    public void A_ten_megabyte_article_parses()
    {
        var builder = new StringBuilder("Headline\n\n");
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("A paragraph, the official said.\n\nSee also Another story\n\n");
        }

        var story = WireStory(builder.ToString());

        Assert.Equal((int)story.SeeAlso.Count, (int)story.Body.Count);
        Assert.True((int)story.SeeAlso.Count > 100_000);
    }
}
