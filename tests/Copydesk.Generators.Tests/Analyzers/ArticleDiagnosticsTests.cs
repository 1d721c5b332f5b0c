using System.Threading.Tasks;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static Copydesk.Generators.Tests.Infrastructure.AnalyzerHarness;

namespace Copydesk.Generators.Tests.Analyzers;

public class ArticleDiagnosticsTests
{
    private const string Template = "Templates/WireStory.article";
    private const string Seed = "Articles/wire-story.txt";

    private static AnalyzerHarness WithWireStory() => new AnalyzerHarness().Template(Template, Fixtures.WireStoryTemplate);

    [Fact]
    public async Task The_wire_story_reports_its_boilerplate_and_its_unattributed_quotation_and_nothing_else()
    {
        var seed = Fixtures.ReadWireStoryArticle();

        await WithWireStory()
            .Article(Seed, seed)
            .Expect(
                OnLine(DiagnosticDescriptors.BoilerplateFound, Seed, seed, 15)
                    .WithMessage("Boilerplate block 'SeeAlso' of template 'WireStory' (\"See also Ferry timetable changes for the winter season\") is still in the article"),
                OnLine(DiagnosticDescriptors.UnattributedQuotation, Seed, seed, 25)
                    .WithMessage("Paragraph 'Body' of template 'WireStory' quotes without attributing the quotation to a speaker (\"Automation is “a tool for safety, not a way to cut jobs.\")"),
                OnLine(DiagnosticDescriptors.BoilerplateFound, Seed, seed, 37),
                OnLines(DiagnosticDescriptors.BoilerplateFound, Seed, seed, 49, 51)
                    .WithMessage("2 consecutive boilerplate blocks, from 'CommentForm' of template 'WireStory' (\"Leave a Reply\"), are still in the article"))
            .RunAsync();
    }

    [Fact]
    public async Task Without_its_credit_line_the_wire_story_is_missing_attribution()
    {
        var seed = Fixtures.ReadWireStoryArticle().Replace("WNA’s Maria Keller contributed to this report.\n\n", "");

        await WithWireStory()
            .Article(Seed, seed)
            .Expect(
                OnLine(DiagnosticDescriptors.BoilerplateFound, Seed, seed, 15),
                OnLine(DiagnosticDescriptors.UnattributedQuotation, Seed, seed, 25),
                OnLine(DiagnosticDescriptors.BoilerplateFound, Seed, seed, 37),
                OnLines(DiagnosticDescriptors.BoilerplateFound, Seed, seed, 47, 49),
                OnLine(DiagnosticDescriptors.MissingAttribution, Seed, seed, 49)
                    .WithMessage("The article has no attribution: no block matches rule 'Credit' of template 'WireStory'"))
            .RunAsync();
    }

    [Fact]
    public async Task A_clean_article_has_no_diagnostics()
    {
        await WithWireStory()
            .Article("Articles/clean.txt", "Headline\n\n“A quote,” she said.\n\nReuters’s Anna Bakker contributed to this report.")
            .RunAsync();
    }

    [Fact]
    public async Task A_missing_required_section_is_reported()
    {
        const string template = "template Report in N\n@headline Title first block and no final punctuation\n@paragraph Body+ otherwise\n@attribution Byline? starts with \"By\"";
        const string article = "Starts with a sentence.\n\nBy Jane";

        await new AnalyzerHarness()
            .Template("Report.article", template)
            .Article("a.txt", article, "Report")
            .Expect(
                At(DiagnosticDescriptors.MissingRequiredSection, "a.txt", 3, 1, 3, 8).WithMessage("Required section 'Title' of template 'Report' is missing"))
            .RunAsync();
    }

    [Fact]
    public async Task Blocks_no_rule_accepts_are_reported_when_the_template_has_no_default()
    {
        const string template = "template Strict in N\n@headline Title first block\n@attribution Byline? starts with \"By\"";

        await new AnalyzerHarness()
            .Template("Strict.article", template)
            .Article("a.txt", "Headline\n\nStray text\nover two lines.\n\nBy Jane", "Strict")
            .Expect(At(DiagnosticDescriptors.UnmatchedBlock, "a.txt", 3, 1, 4, 16)
                .WithMessage("No rule of template 'Strict' accepts the block (\"Stray text over two lines.\")"))
            .RunAsync();
    }

    [Fact]
    public async Task A_single_section_that_repeats_is_reported_at_the_repeat()
    {
        const string article = "Headline\n\nThe story was updated on Monday.\n\nBody.\n\nThe story was updated on Tuesday.\n\nAP’s Tom Reyes contributed to this report.";

        await WithWireStory()
            .Article("a.txt", article)
            .Expect(OnLine(DiagnosticDescriptors.RepeatedSection, "a.txt", article, 7))
            .RunAsync();
    }

    [Fact]
    public async Task An_article_linked_to_an_unknown_template_is_reported_with_a_suggestion()
    {
        await WithWireStory()
            .Article("a.txt", "Headline", "WireStroy")
            .Expect(At(DiagnosticDescriptors.UnknownTemplate, "a.txt", 1, 1, 1, 1)
                .WithMessage("The article is linked to template 'WireStroy', which no *.article file of the project declares; did you mean 'WireStory'?"))
            .RunAsync();
    }

    [Fact]
    public async Task An_article_marked_without_template_and_no_default_is_reported()
    {
        await WithWireStory()
            .Article("a.txt", "Headline", template: null)
            .Expect(At(DiagnosticDescriptors.UnknownTemplate, "a.txt", 1, 1, 1, 1))
            .RunAsync();
    }

    [Fact]
    public async Task The_project_default_template_links_articles_without_template_metadata()
    {
        const string article = "Headline\n\nLeave a Reply";

        await WithWireStory()
            .GlobalOption("build_property.CopydeskDefaultTemplate", "NewsDesk.Templates.WireStory")
            .Article("a.txt", article, template: null)
            .Expect(
                OnLine(DiagnosticDescriptors.MissingAttribution, "a.txt", article, 3),
                OnLine(DiagnosticDescriptors.BoilerplateFound, "a.txt", article, 3))
            .RunAsync();
    }

    [Fact]
    public async Task Binary_content_gets_one_diagnostic_and_no_analysis()
    {
        await WithWireStory()
            .Article("a.txt", "Headline\0\0\0\n\nLeave a Reply")
            .Expect(At(DiagnosticDescriptors.InvalidText, "a.txt", 1, 1, 1, 1)
                .WithMessage("'a.txt' is not valid UTF-8 text (it contains NUL characters, as binary files do); Copydesk cannot read it"))
            .RunAsync();
    }

    [Fact]
    public async Task Text_read_in_a_legacy_code_page_is_reported()
    {
        // What the compiler hands over when a file is not valid UTF-8: text decoded with a fallback code page.
        var legacy = SourceText.From("Headline\n\nCaf\u00e9", System.Text.Encoding.Latin1);

        await WithWireStory()
            .Article("a.txt", legacy)
            .Expect(At(DiagnosticDescriptors.InvalidText, "a.txt", 1, 1, 1, 1)
                .WithMessage("'a.txt' is not valid UTF-8 text (it was read as iso-8859-1); Copydesk cannot read it"))
            .RunAsync();
    }

    [Fact]
    public async Task Files_that_are_neither_templates_nor_linked_articles_are_ignored()
    {
        await WithWireStory()
            .AdditionalFile("notes.txt", SourceText.From("Leave a Reply", System.Text.Encoding.UTF8))
            .RunAsync();
    }

    [Fact]
    public async Task NoWarn_metadata_on_an_article_switches_those_diagnostics_off()
    {
        const string article = "Headline\n\nLeave a Reply";

        await WithWireStory()
            .Article("a.txt", article, noWarn: "ART0102;ART0101")
            .RunAsync();
    }

    [Fact]
    public async Task Per_path_editorconfig_keys_set_the_severity_of_article_diagnostics()
    {
        const string article = "Headline\n\nLeave a Reply\n\nAP’s Tom Reyes contributed to this report.";

        await WithWireStory()
            .EditorConfig("", "root = true\n\n[Articles/legacy/**]\ncopydesk.ART0102.severity = none\n\n[Articles/strict/*.txt]\ncopydesk.ART0102.severity = error\n")
            .Article("Articles/legacy/old.txt", article)
            .Article("Articles/strict/new.txt", article)
            .Article("Articles/other.txt", article)
            .Expect(
                OnLine(DiagnosticDescriptors.BoilerplateFound, "Articles/other.txt", article, 3).WithSeverity(DiagnosticSeverity.Warning),
                OnLine(DiagnosticDescriptors.BoilerplateFound, "Articles/strict/new.txt", article, 3).WithSeverity(DiagnosticSeverity.Error))
            .RunAsync();
    }

    [Fact]
    public async Task A_template_directive_switches_a_diagnostic_off_for_its_articles()
    {
        const string article = "Headline\n\nLeave a Reply\n\nAP’s Tom Reyes contributed to this report.";

        await new AnalyzerHarness()
            .Template(Template, "# copydesk: disable ART0102\n" + Fixtures.WireStoryTemplate)
            .Article("a.txt", article)
            .RunAsync();
    }

    [Fact]
    public async Task Articles_of_a_template_with_errors_are_not_analyzed_and_the_template_says_why()
    {
        await new AnalyzerHarness()
            .Template("Broken.article", "template Broken in N\n@headline Title first block\n@attribution Credit? /(/")
            .Article("a.txt", "Headline\n\nBody.", "Broken")
            .Expect(At(DiagnosticDescriptors.InvalidPattern, "Broken.article", 3, 23, 3, 24).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations))
            .RunAsync();
    }
}
