
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RuntimeTemplate = global::Copydesk.ArticleTemplate;

namespace Copydesk.Generators.Tests.Analyzers;

/// <summary>
/// One semantics: for every test and sample article, and variants with blocks shuffled, dropped and
/// duplicated, the analyzer reports exactly the findings of the generated parser.
/// </summary>
public class DifferentialTests
{
    [Fact]
    public async Task Analyzer_diagnostics_equal_generated_parser_findings_on_every_article_and_variant()
    {
        var articles = Articles().ToList();
        Assert.True(articles.Count > 40, $"only {articles.Count} articles");

        var parser = GeneratorHarness.CompileAndLoad(("Templates/WireStory.article", Fixtures.WireStoryTemplate));
        var template = (RuntimeTemplate)parser.GetType("NewsDesk.Templates.WireStory")!.GetProperty("Template")!.GetValue(null)!;

        var expected = articles.SelectMany(article => template.Parse(article.Text).Findings.Select(finding => (
            article.Path,
            Id: DiagnosticDescriptors.ForFinding(ToGeneratorKind(finding.Kind)).Id,
            finding.Span.Line,
            finding.Span.Column,
            finding.Message))).ToList();

        var actual = await AnalyzeAsync(articles);

        Assert.NotEmpty(expected);
        Assert.Equal(Sorted(expected), Sorted(actual));
    }

    private static FindingKind ToGeneratorKind(global::Copydesk.FindingKind kind) => (FindingKind)(int)kind;

    private static List<(string Path, string Id, int Line, int Column, string Message)> Sorted(IEnumerable<(string Path, string Id, int Line, int Column, string Message)> items) =>
        items.OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.Line).ThenBy(i => i.Column).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();

    private static async Task<List<(string Path, string Id, int Line, int Column, string Message)>> AnalyzeAsync(List<(string Path, string Text)> articles)
    {
        var files = new List<AdditionalText> { new InMemoryAdditionalText("/p/Templates/WireStory.article", Fixtures.WireStoryTemplate) };
        var options = new TestAnalyzerConfigOptionsProvider();
        foreach (var (path, text) in articles)
        {
            files.Add(new InMemoryAdditionalText(path, text));
            options.Set(path, new Dictionary<string, string> { [ArticleLinks.TemplateMetadata] = "WireStory" });
        }

        var compilation = GeneratorHarness.CreateCompilation();
        var analyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new AdditionalFileAnalyzer()),
            new AnalyzerOptions(files.ToImmutableArray(), options));
        var diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        return diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return (span.Path, d.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.GetMessage());
        }).ToList();
    }

    /// <summary>The wire story in the seed's shape, the sample articles and the test articles, each with shuffled, dropped and duplicated variants.</summary>
    private static IEnumerable<(string Path, string Text)> Articles()
    {
        var originals = new List<(string Name, string Text)> { ("wire-story", Fixtures.ReadWireStoryArticle()) };
        originals.AddRange(Fixtures.SampleArticlePaths.Select(p => (Path.GetFileNameWithoutExtension(p), File.ReadAllText(p))));
        originals.Add(("only-boilerplate", "Leave a Reply\n\nYour email address will not be published."));
        originals.Add(("empty", ""));
        originals.Add(("repeated-update", "Headline\n\nThe story was updated on Monday.\n\nThe story was updated on Tuesday."));

        var random = new Random(20261128);
        foreach (var (name, text) in originals)
        {
            yield return ($"/p/Articles/{name}.txt", text);
            var blocks = text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries).ToList();
            if (blocks.Count < 2)
            {
                continue;
            }

            for (var variant = 0; variant < 4; variant++)
            {
                yield return ($"/p/Articles/{name}.shuffled{variant}.txt", Join(blocks.OrderBy(_ => random.Next())));

                var dropped = new List<string>(blocks);
                dropped.RemoveAt(random.Next(dropped.Count));
                yield return ($"/p/Articles/{name}.dropped{variant}.txt", Join(dropped));

                var duplicated = new List<string>(blocks);
                var index = random.Next(duplicated.Count);
                duplicated.Insert(random.Next(duplicated.Count + 1), duplicated[index]);
                yield return ($"/p/Articles/{name}.duplicated{variant}.txt", Join(duplicated));
            }
        }
    }

    private static string Join(IEnumerable<string> blocks) => string.Join("\n\n", blocks);
}
