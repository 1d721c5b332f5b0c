using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Copydesk.CodeFixes;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Tests.CodeFixes;

/// <summary>
/// The fix runs in a workspace the way an IDE runs it: the analyzer's diagnostic on an additional
/// document, a <see cref="CodeFixContext"/> for that document, the code action applied to the solution.
/// </summary>
public class RemoveBoilerplateCodeFixTests
{
    private const string Credit = "AP’s Tom Reyes contributed to this report.";

    [Fact]
    public async Task A_boilerplate_block_is_removed_with_its_blank_line()
    {
        var fixedText = await FixFirstAsync("Headline\n\nLeave a Reply\n\n" + Credit);

        Assert.Equal("Headline\n\n" + Credit, fixedText);
    }

    [Fact]
    public async Task The_last_block_is_removed_with_the_blank_lines_before_it()
    {
        var fixedText = await FixFirstAsync("Headline\n\n" + Credit + "\r\n\r\n\r\nYour email address will not be published.");

        Assert.Equal("Headline\n\n" + Credit, fixedText);
    }

    [Fact]
    public async Task A_multi_line_block_in_the_middle_goes_whole()
    {
        var fixedText = await FixFirstAsync("Headline\n\nFirst paragraph, he said.\n\nYour email address\nwill not be published.\n\n   \n" + Credit);

        Assert.Equal("Headline\n\nFirst paragraph, he said.\n\n" + Credit, fixedText);
    }

    [Fact]
    public async Task A_run_of_boilerplate_blocks_goes_whole_with_one_fix()
    {
        var fixedText = await FixFirstAsync("Headline\n\nFirst paragraph, he said.\n\nLeave a Reply\n\nYour email address will not be published.\n\nSee also Ferry timetable changes\n\n" + Credit);

        Assert.Equal("Headline\n\nFirst paragraph, he said.\n\n" + Credit, fixedText);
    }

    [Fact]
    public void The_fix_belongs_to_ART0102_only()
    {
        Assert.Equal(new[] { "ART0102" }, new RemoveBoilerplateCodeFix().FixableDiagnosticIds);
    }

    /// <summary>Analyzes the article, applies the fix to its first ART0102, returns the article's new text.</summary>
    private static async Task<string> FixFirstAsync(string article)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Consumer", LanguageNames.CSharp)
            .AddMetadataReferences(GeneratorHarness.References);
        var template = project.AddAdditionalDocument("WireStory.article", SourceText.From(Fixtures.WireStoryTemplate), filePath: "/p/WireStory.article");
        var articleDocument = template.Project.AddAdditionalDocument("a.txt", SourceText.From(article), filePath: "/p/a.txt");
        project = articleDocument.Project;

        var diagnostics = await FixHarness.AnalyzeAsync(project, new Dictionary<string, string> { ["/p/a.txt"] = "WireStory" });
        var boilerplate = diagnostics.First(d => d.Id == DiagnosticDescriptors.BoilerplateFound.Id);

        var (changed, _) = await FixHarness.ApplySingleAsync(new RemoveBoilerplateCodeFix(), articleDocument, boilerplate);
        return (await changed.GetProject(project.Id)!.GetAdditionalDocument(articleDocument.Id)!.GetTextAsync()).ToString();
    }
}
