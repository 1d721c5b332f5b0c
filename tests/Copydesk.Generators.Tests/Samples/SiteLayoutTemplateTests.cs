using System.IO;
using System.Linq;
using Copydesk;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Tests.Infrastructure;

namespace Copydesk.Generators.Tests.Samples;

/// <summary>
/// The per-site templates of samples/NewsDesk/Templates place a page's parts relative to each other,
/// listing no line that changes between articles: each one parses two differently worded pages of
/// its layout (samples/NewsDesk/Pages) into headline, credit, story and furniture.
/// </summary>
public class SiteLayoutTemplateTests
{
    public static TheoryData<string, string, string, string, string, string> Pages => new()
    {
        // template, page, headline, credit, first story block, last story block
        { "WirePage", "Wire/central-bank-rates.txt", "Central bank holds rates steady, signals patience on cuts", "Anna Lindqvist",
            "STOCKHOLM (Meridian) - The central bank", "The currency barely moved" },
        { "WirePage", "Wire/harbour-cranes.txt", "Port operator orders forty electric cranes as it races to cut emissions", "Tomás Ferreira and Ines Costa",
            "LISBON (Meridian) - One of Europe's busiest", "“We cannot ask our customers" },
        { "LocalNewsPage", "Local/library-reopens.txt", "Downtown library reopens after two-year renovation", "By Maria Gonzalez | Special to the Courier",
            "The downtown library reopened", "Library director Paul Okafor" },
        { "LocalNewsPage", "Local/river-cleanup.txt", "Volunteers pull two tons of trash from the river in weekend cleanup", "By DAVID PARK and LENA MOORE",
            "More than 300 volunteers", "Organizers said plastic bottles" },
        { "BlogPost", "Blog/sourdough-starter.txt", "How I finally kept a sourdough starter alive", "by Rowan September 15, 2025",
            "My first three starters died", "I moved the jar to the top of the fridge" },
        { "BlogPost", "Blog/rye-crackers.txt", "Rye crackers from leftover starter, and why they never go soft", "written by Rowan",
            "Every baker ends up with a jar", "Bake them until the edges darken" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_layout_template_finds_headline_credit_and_story(string templateName, string page, string headline, string credit, string storyStart, string storyEnd)
    {
        var template = Compile(templateName);
        var article = template.Parse(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "samples", "NewsDesk", "Pages", page)));

        Assert.Equal(headline, Assert.Single(article.Blocks, b => b.Role == SectionRole.Headline).Text);
        Assert.Contains(article.Blocks, b => b.Role == SectionRole.Attribution && b.Text == credit);

        var story = article.Blocks.Where(b => b.Role is SectionRole.Paragraph or SectionRole.Heading).ToList();
        Assert.StartsWith(storyStart, story[0].Text);
        Assert.StartsWith(storyEnd, story[^1].Text);

        // Everything before the headline and after the story's end is furniture, reported once per run.
        var headlineIndex = article.Blocks.First(b => b.Role == SectionRole.Headline).Index;
        Assert.All(article.Blocks.Take(headlineIndex), b => Assert.Equal(SectionRole.Boilerplate, b.Role));
        Assert.All(article.Blocks.Skip(story[^1].Index + 1), b => Assert.NotEqual(SectionRole.Paragraph, b.Role));
        Assert.Equal(article.Blocks.Take(headlineIndex).Count(), article.Findings.First(f => f.Kind == FindingKind.BoilerplateFound).BlockCount);
        Assert.DoesNotContain(article.Findings, f => f.Kind is FindingKind.MissingAttribution or FindingKind.UnmatchedBlock or FindingKind.RepeatedSection);
    }

    [Theory]
    [InlineData("WirePage")]
    [InlineData("LocalNewsPage")]
    [InlineData("BlogPost")]
    public void The_layout_template_binds_without_any_diagnostic(string templateName)
    {
        var compilation = TemplateCompilation.Compile(File.ReadAllText(PathOf(templateName)), templateName + ".article");

        Assert.Empty(compilation.Diagnostics);
    }

    private static ArticleTemplate Compile(string name)
    {
        var compilation = TemplateCompilation.Compile(File.ReadAllText(PathOf(name)), name + ".article");
        Assert.True(compilation.Spec is not null, string.Join("\n", compilation.Diagnostics));
        return EngineTemplates.Build(compilation.Spec!);
    }

    private static string PathOf(string name) => Path.Combine(Fixtures.RepositoryRoot, "samples", "NewsDesk", "Templates", name + ".article");
}
