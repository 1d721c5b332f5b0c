using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.CodeFixes;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Tests.CodeFixes;

/// <summary>
/// The fixes for template mistakes, run the way an IDE runs them: the analyzer's diagnostic on an
/// additional document, the provider's action applied to the solution, then the analyzer run again
/// on the result to check the diagnostic is gone.
/// </summary>
public class TemplateSuggestionCodeFixTests
{
    private const string Header = "template T in N\n@headline Title first block\n@attribution Credit? starts with \"By\"\n";

    [Theory]
    [InlineData("@paragrap Body* otherwise\n", "ART0002", "Change to '@paragraph'", "@paragraph Body* otherwise\n")]
    [InlineData("@paragraph Body* maxx length 90\n", "ART0001", "Change to 'max'", "@paragraph Body* max length 90\n")]
    [InlineData("@boilerplate use coment-form\n@paragraph Body* otherwise\n", "ART0015", "Change to 'comment-form'", "@boilerplate use comment-form\n@paragraph Body* otherwise\n")]
    [InlineData("@note Time? /^\\d+ min read$/\n@boilerplate Top* before section Tmie\n@paragraph Body* otherwise\n", "ART0020", "Change to 'Time'", "@note Time? /^\\d+ min read$/\n@boilerplate Top* before section Time\n@paragraph Body* otherwise\n")]
    [InlineData("@paragraph Body* max length 90\n@paragraph Body* otherwise\n", "ART0006", "Rename to 'Body2'", "@paragraph Body* max length 90\n@paragraph Body2* otherwise\n")]
    public async Task A_template_mistake_is_fixed_by_the_suggestion(string rules, string id, string title, string fixedRules)
    {
        var (fixedText, remaining) = await FixAsync(Header + rules, article: null, id, title);

        Assert.Equal(Header + fixedRules, fixedText);
        Assert.DoesNotContain(id, remaining);
    }

    [Theory]
    [InlineData("template T in N\n@headline Title first block\n@paragraph Body* otherwise\n", "template T in N\n@attribution use common\n@headline Title first block\n@paragraph Body* otherwise\n")]
    [InlineData("template T in N", "template T in N\n@attribution use common\n")]
    public async Task A_template_without_credit_rules_gets_the_catalog_credit_families(string template, string expected)
    {
        var (fixedText, remaining) = await FixAsync(template, article: null, "ART0005", "Add '@attribution use common'");

        Assert.Equal(expected, fixedText);
        Assert.DoesNotContain("ART0005", remaining);
    }

    [Fact]
    public async Task A_block_no_rule_accepts_gets_a_default_rule_in_the_templates_file()
    {
        var template = Header + "@paragraph Body* max length 20";

        var (fixedText, remaining) = await FixAsync(template, "Headline\n\nBy Jane Roe\n\nA paragraph far longer than twenty characters.", "ART0104",
            "Add '@paragraph Text* otherwise' to template 'T'");

        Assert.Equal(template + "\n@paragraph Text* otherwise\n", fixedText);
        Assert.DoesNotContain("ART0104", remaining);
    }

    [Fact]
    public async Task No_default_rule_is_offered_for_the_built_in_template()
    {
        var diagnostics = await AnalyzeAsync(Project(template: null, article: "Leave a Reply"), "NewsArticle");

        Assert.All(diagnostics, d => Assert.False(d.Properties.ContainsKey("CopydeskTargetPath")));
    }

    [Fact]
    public async Task Mistakes_without_a_suggestion_offer_no_fix()
    {
        var project = Project(Header + "@paragraph Body* zzzzzzzz\n", article: null);
        var diagnostic = (await AnalyzeAsync(project)).First(d => d.Id == "ART0001");

        var actions = new List<CodeAction>();
        await new TemplateSuggestionCodeFix().RegisterCodeFixesAsync(new CodeFixContext(project.AdditionalDocuments.First(), diagnostic, (a, _) => actions.Add(a), CancellationToken.None));

        Assert.Empty(actions);
    }

    /// <summary>Applies the fix titled <paramref name="title"/> to the first <paramref name="id"/>; returns the template's new text and the IDs left after re-analysis.</summary>
    private static async Task<(string Text, IReadOnlyList<string> Remaining)> FixAsync(string template, string? article, string id, string title)
    {
        var project = Project(template, article);
        var diagnostic = (await AnalyzeAsync(project)).First(d => d.Id == id);
        var document = project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);

        var (solution, actionTitle) = await FixHarness.ApplySingleAsync(new TemplateSuggestionCodeFix(), document, diagnostic);
        Assert.Equal(title, actionTitle);

        var changed = solution.GetProject(project.Id)!;
        var templateDocument = changed.AdditionalDocuments.Single(d => d.FilePath == "/p/T.article");
        var remaining = (await AnalyzeAsync(changed)).Select(d => d.Id).ToList();
        return ((await templateDocument.GetTextAsync()).ToString(), remaining);
    }

    private static Project Project(string? template, string? article)
    {
        var project = new AdhocWorkspace().AddProject("Consumer", LanguageNames.CSharp).AddMetadataReferences(GeneratorHarness.References);
        if (template is not null)
        {
            project = project.AddAdditionalDocument("T.article", SourceText.From(template), filePath: "/p/T.article").Project;
        }

        if (article is not null)
        {
            project = project.AddAdditionalDocument("a.txt", SourceText.From(article), filePath: "/p/a.txt").Project;
        }

        return project;
    }

    /// <summary>The analyzer's diagnostics, with the article (if any) linked to <paramref name="articleTemplate"/>.</summary>
    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, string articleTemplate = "T") =>
        FixHarness.AnalyzeAsync(project, new Dictionary<string, string> { ["/p/a.txt"] = articleTemplate });
}
