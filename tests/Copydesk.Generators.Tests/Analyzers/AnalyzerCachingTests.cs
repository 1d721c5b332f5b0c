using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Tests.Analyzers;

public class AnalyzerCachingTests
{
    [Fact]
    public void A_template_is_parsed_once_per_text_across_compilations()
    {
        var cache = new AnalysisCache();
        var template = new InMemoryAdditionalText("/p/WireStory.article", Fixtures.WireStoryTemplate);
        var other = new InMemoryAdditionalText("/p/Minimal.article", TestTemplates.Minimal);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(template, other), new TestAnalyzerConfigOptionsProvider());

        var first = TemplateCatalog.Build(options.AdditionalFiles, System.Array.Empty<AdditionalText>(), "", cache, CancellationToken.None);
        // Another file changed: the unchanged template keeps its text, so its parse is reused.
        var edited = new InMemoryAdditionalText("/p/Minimal.article", TestTemplates.Minimal + "\n# edited");
        var second = TemplateCatalog.Build(ImmutableArray.Create<AdditionalText>(template, edited), System.Array.Empty<AdditionalText>(), "", cache, CancellationToken.None);

        Assert.Same(first.Entries[0].Compilation, second.Entries[0].Compilation);
        Assert.NotSame(first.Entries[1].Compilation, second.Entries[1].Compilation);
    }

    [Fact]
    public void A_template_read_anew_with_the_same_content_is_not_parsed_again_but_another_name_or_content_is()
    {
        // The compiler server reads every file again for each build: new texts, same content.
        var cache = new AnalysisCache();
        TemplateCatalog Read(string path, string text) =>
            TemplateCatalog.Build(new[] { new InMemoryAdditionalText(path, text) }, System.Array.Empty<AdditionalText>(), "", cache, CancellationToken.None);

        var first = Read("/p/WireStory.article", Fixtures.WireStoryTemplate).Entries[0];
        var again = Read("/p/WireStory.article", Fixtures.WireStoryTemplate).Entries[0];
        var renamedFile = Read("/p/Wire.article", Fixtures.WireStoryTemplate).Entries[0];
        var edited = Read("/p/WireStory.article", Fixtures.WireStoryTemplate + "\n# edited").Entries[0];
        // Only a path's latest text is kept: typing in a template replaces its entry.
        var editedBack = Read("/p/WireStory.article", Fixtures.WireStoryTemplate).Entries[0];

        Assert.NotSame(first.Text, again.Text);
        Assert.Same(first.Compilation, again.Compilation);
        Assert.Same(first.EngineTemplate, again.EngineTemplate);
        Assert.NotSame(first.Compilation, renamedFile.Compilation);
        Assert.NotSame(first.Compilation, edited.Compilation);
        Assert.NotSame(first.Compilation, editedBack.Compilation);
    }

    [Fact]
    public void An_article_is_analyzed_once_per_text_and_template()
    {
        var cache = new AnalysisCache();
        var template = Copydesk.Generators.Binding.TemplateCompilation.Compile(Fixtures.WireStoryTemplate, "WireStory.article");
        var article = Fixtures.ReadWireStoryArticle();

        var first = cache.FindingsOf("/p/a.txt", article, template, template.ToEngine(), ArticleFindings.AllKinds);
        var again = cache.FindingsOf("/p/a.txt", new string(article.ToCharArray()), template, template.ToEngine(), ArticleFindings.AllKinds);
        var changedTemplate = Copydesk.Generators.Binding.TemplateCompilation.Compile(Fixtures.WireStoryTemplate.Replace("Credit?", "Credit*"), "WireStory.article");
        var underNewTemplate = cache.FindingsOf("/p/a.txt", article, changedTemplate, changedTemplate.ToEngine(), ArticleFindings.AllKinds);

        Assert.True(first == again, "the second analysis of the same text recomputed the findings");
        Assert.False(first == underNewTemplate, "a changed template must re-analyze the article");
        Assert.Equal(first.Select(f => f.Message), underNewTemplate.Select(f => f.Message));
        Assert.Equal(2, cache.ArticlesParsed);
    }

    [Fact]
    public async Task A_new_build_of_unchanged_files_parses_no_article_again_and_reports_the_same()
    {
        // As in the compiler server: a new analyzer and new texts for each build, one cache in the process.
        var cache = new AnalysisCache();
        var article = Fixtures.ReadWireStoryArticle().Replace("WNA’s Maria Keller contributed to this report.\n\n", "");

        var first = await AnalyzeAsync(article, new AdditionalFileAnalyzer(cache), noWarn: new string[0]);
        var second = await AnalyzeAsync(article, new AdditionalFileAnalyzer(cache), noWarn: new string[0]);
        var edited = await AnalyzeAsync(article + "\n\nOne more paragraph of the story.", new AdditionalFileAnalyzer(cache), noWarn: new string[0]);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.NotEmpty(edited);
        Assert.Equal(2, cache.ArticlesParsed);
    }

    [Fact]
    public void An_edited_article_replaces_its_entry_and_the_tables_start_again_past_their_bound()
    {
        var template = Copydesk.Generators.Binding.TemplateCompilation.Compile(Fixtures.WireStoryTemplate, "WireStory.article");
        var engine = template.ToEngine();
        var article = Fixtures.ReadWireStoryArticle();
        var edits = new AnalysisCache();

        edits.FindingsOf("/p/a.txt", article, template, engine, ArticleFindings.AllKinds);
        edits.FindingsOf("/p/a.txt", article + " ", template, engine, ArticleFindings.AllKinds);
        edits.FindingsOf("/p/a.txt", article, template, engine, ArticleFindings.AllKinds);
        Assert.Equal(3, edits.ArticlesParsed);

        var bounded = new AnalysisCache(maxCharacters: article.Length + 10);
        bounded.FindingsOf("/p/a.txt", article, template, engine, ArticleFindings.AllKinds);
        bounded.FindingsOf("/p/a.txt", article, template, engine, ArticleFindings.AllKinds);
        Assert.Equal(1, bounded.ArticlesParsed);
        // A second file's text takes the tables past their bound: they start again, so the first is parsed again.
        bounded.FindingsOf("/p/b.txt", article + " ", template, engine, ArticleFindings.AllKinds);
        bounded.FindingsOf("/p/a.txt", article, template, engine, ArticleFindings.AllKinds);
        Assert.Equal(3, bounded.ArticlesParsed);
    }

    [Fact]
    public async Task Findings_the_project_switches_off_with_NoWarn_are_not_made_and_the_rest_are_as_before()
    {
        var article = Fixtures.ReadWireStoryArticle().Replace("WNA’s Maria Keller contributed to this report.\n\n", "");
        var everything = await AnalyzeAsync(article, new AdditionalFileAnalyzer(new AnalysisCache()), noWarn: new string[0]);
        var analyzer = new AdditionalFileAnalyzer(new AnalysisCache());
        var withoutBoilerplate = await AnalyzeAsync(article, analyzer, noWarn: new[] { DiagnosticDescriptors.BoilerplateFound.Id });

        Assert.Contains(everything, d => d.Id == DiagnosticDescriptors.BoilerplateFound.Id);
        Assert.Contains(everything, d => d.Id == DiagnosticDescriptors.MissingAttribution.Id);
        Assert.Equal(everything.Where(d => d.Id != DiagnosticDescriptors.BoilerplateFound.Id), withoutBoilerplate);
        Assert.Equal(1, analyzer.Cache.ArticlesParsed);
    }

    [Fact]
    public async Task An_article_whose_every_finding_is_switched_off_is_not_parsed()
    {
        var analyzer = new AdditionalFileAnalyzer(new AnalysisCache());
        var allOff = DiagnosticDescriptors.FindingKinds.Select(kind => DiagnosticDescriptors.ForFinding(kind).Id).Distinct().ToArray();

        var diagnostics = await AnalyzeAsync(Fixtures.ReadWireStoryArticle(), analyzer, allOff);

        Assert.Empty(diagnostics);
        Assert.Equal(0, analyzer.Cache.ArticlesParsed);
        // One kind left on: the article is parsed again.
        var oneOn = new AdditionalFileAnalyzer(new AnalysisCache());
        Assert.NotEmpty(await AnalyzeAsync(Fixtures.ReadWireStoryArticle(), oneOn, allOff.Where(id => id != DiagnosticDescriptors.BoilerplateFound.Id).ToArray()));
        Assert.Equal(1, oneOn.Cache.ArticlesParsed);
    }

    /// <summary>The wire story linked to its template, in a project whose NoWarn lists <paramref name="noWarn"/> (the compiler's SpecificDiagnosticOptions).</summary>
    private static async Task<List<(string Id, int Line, string Message)>> AnalyzeAsync(string article, AdditionalFileAnalyzer analyzer, string[] noWarn)
    {
        const string articlePath = "/p/Articles/wire-story.txt";
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/p/Templates/WireStory.article", Fixtures.WireStoryTemplate),
            new InMemoryAdditionalText(articlePath, article));
        var options = new TestAnalyzerConfigOptionsProvider();
        options.Set(articlePath, new Dictionary<string, string> { [ArticleLinks.TemplateMetadata] = "WireStory" });
        var compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(noWarn.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress))));

        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new AnalyzerOptions(files, options))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics
            .Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage()))
            .OrderBy(d => d.Item2).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToList();
    }
}
