
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using AdditionalFileAnalyzer = Copydesk.Generators.Analyzers.AdditionalFileAnalyzer;
using AnalysisCache = Copydesk.Generators.Analyzers.AnalysisCache;
using ArticleParserGenerator = Copydesk.Generators.ArticleParserGenerator;
using GeneratorCache = Copydesk.Generators.GeneratorCache;
using InMemoryAdditionalText = Copydesk.Generators.InMemoryAdditionalText;

namespace Copydesk.Benchmarks;

/// <summary>
/// What Copydesk costs a build of the stress project (200 templates, 2,000 linked articles): a full
/// generator run plus all analyzers, then a re-run after editing one template and after editing one
/// article, as the IDE does while a user types, and a rebuild of unchanged files as the compiler server
/// runs it (new texts and a new analyzer for each build, one analysis cache in the process).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class BuildTimeBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _files;
    private AnalyzerConfigOptionsProvider _options = null!;
    private GeneratorDriver _warmDriver = null!;
    private AdditionalFileAnalyzer _warmAnalyzer = null!;
    private AdditionalText _template = null!;
    private AdditionalText _editedTemplate = null!;
    private AdditionalText _article = null!;
    private AdditionalText _editedArticle = null!;
    private AnalysisCache _serverCache = null!;
    private GeneratorCache _serverGeneratorCache = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_compilation, _files, _options) = Create();

        _template = _files[7];
        _editedTemplate = new InMemoryAdditionalText(_template.Path, _template.GetText()!.ToString().Replace("Update?", "Update*", System.StringComparison.Ordinal));
        _article = _files[StressProject.TemplateCount + 42];
        _editedArticle = new InMemoryAdditionalText(_article.Path, _article.GetText()!.ToString() + "\n\nSee also Another story");

        _warmAnalyzer = new AdditionalFileAnalyzer(new AnalysisCache());
        _warmDriver = NewDriver().RunGenerators(_compilation);
        AnalyzeAsync(_warmAnalyzer, _files).GetAwaiter().GetResult();
        _serverCache = new AnalysisCache();
        _serverGeneratorCache = new GeneratorCache();
        NewDriver(_compilation, _files, _options, _serverGeneratorCache).RunGenerators(_compilation);
        AnalyzeAsync(new AdditionalFileAnalyzer(_serverCache), _files).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "(a) full: generator + analyzers")]
    public async Task<int> FullRun()
    {
        var driver = NewDriver().RunGenerators(_compilation);
        var diagnostics = await AnalyzeAsync(new AdditionalFileAnalyzer(new AnalysisCache()), _files);
        return driver.GetRunResult().GeneratedTrees.Length + diagnostics;
    }

    [Benchmark(Description = "(d) rebuild, nothing changed: new texts, new generator and analyzer, the process's caches")]
    public async Task<int> RebuildInCompilerServer()
    {
        var files = _files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.GetText()!.ToString())).ToImmutableArray();
        var driver = NewDriver(_compilation, files, _options, _serverGeneratorCache).RunGenerators(_compilation);
        var diagnostics = await AnalyzeAsync(new AdditionalFileAnalyzer(_serverCache), files);
        return driver.GetRunResult().GeneratedTrees.Length + diagnostics;
    }

    [Benchmark(Description = "(b) edit one template: generator + that file's analysis")]
    public async Task<int> EditOneTemplate()
    {
        var driver = _warmDriver.ReplaceAdditionalText(_template, _editedTemplate).RunGenerators(_compilation);
        var diagnostics = await AnalyzeFileAsync(_warmAnalyzer, _files.Replace(_template, _editedTemplate), _editedTemplate);
        return driver.GetRunResult().GeneratedTrees.Length + diagnostics;
    }

    [Benchmark(Description = "(c) edit one article: generator + that file's analysis")]
    public async Task<int> EditOneArticle()
    {
        var driver = _warmDriver.ReplaceAdditionalText(_article, _editedArticle).RunGenerators(_compilation);
        var diagnostics = await AnalyzeFileAsync(_warmAnalyzer, _files.Replace(_article, _editedArticle), _editedArticle);
        return driver.GetRunResult().GeneratedTrees.Length + diagnostics;
    }

    [Benchmark(Description = "(b') edit one template: generator + every file re-analyzed")]
    public async Task<int> EditOneTemplateWholeProject()
    {
        var driver = _warmDriver.ReplaceAdditionalText(_template, _editedTemplate).RunGenerators(_compilation);
        var diagnostics = await AnalyzeAsync(_warmAnalyzer, _files.Replace(_template, _editedTemplate));
        return driver.GetRunResult().GeneratedTrees.Length + diagnostics;
    }

    [Benchmark(Description = "(c') edit one article: generator + every file re-analyzed")]
    public async Task<int> EditOneArticleWholeProject()
    {
        var driver = _warmDriver.ReplaceAdditionalText(_article, _editedArticle).RunGenerators(_compilation);
        var diagnostics = await AnalyzeAsync(_warmAnalyzer, _files.Replace(_article, _editedArticle));
        return driver.GetRunResult().GeneratedTrees.Length + diagnostics;
    }

    /// <summary>
    /// The stress project as the compiler sees it: its C# (a marker class), its 200 templates and 2,000
    /// articles linked by item metadata, and its NoWarn, which the project file sets.
    /// </summary>
    internal static (CSharpCompilation Compilation, ImmutableArray<AdditionalText> Files, AnalyzerConfigOptionsProvider Options) Create()
    {
        var wireStory = StressProject.WireStoryTemplate();
        var files = new List<AdditionalText>();
        var options = new Dictionary<string, string>();
        for (var i = 0; i < StressProject.TemplateCount; i++)
        {
            files.Add(new InMemoryAdditionalText($"/stress/Templates/{StressProject.TemplateName(i)}.article", StressProject.Template(i, wireStory)));
        }

        foreach (var (path, text, template) in StressProject.Articles())
        {
            files.Add(new InMemoryAdditionalText("/stress/" + path, text));
            options["/stress/" + path] = template;
        }

        var compilation = CSharpCompilation.Create("Stress",
            new[] { CSharpSyntaxTree.ParseText("namespace Stress; public static class Marker { }") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(StressProject.NoWarn.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Suppress))));
        return (compilation, files.ToImmutableArray(), new LinkedArticles(options));
    }

    /// <summary>What a project using Copydesk references: .NET 8 and the runtime library.</summary>
    internal static IEnumerable<MetadataReference> References =>
        Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(ArticleTemplate).Assembly.Location));

    /// <summary>What the IDE does after an edit: analyze the edited file (the analyzer's caches are warm).</summary>
    private async Task<int> AnalyzeFileAsync(AdditionalFileAnalyzer analyzer, ImmutableArray<AdditionalText> files, AdditionalText file)
    {
        var analyzed = _compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new AnalyzerOptions(files, _options));
        var result = await analyzed.GetAnalysisResultAsync(file, CancellationToken.None);
        return result.GetAllDiagnostics().Length;
    }

    private GeneratorDriver NewDriver() => NewDriver(_compilation, _files, _options);

    private Task<int> AnalyzeAsync(AdditionalFileAnalyzer analyzer, ImmutableArray<AdditionalText> files) => AnalyzeAsync(_compilation, analyzer, files, _options);

    /// <summary>A new driver with a generator of its own cache, unless given the cache to use (the process's, as in the compiler server).</summary>
    internal static GeneratorDriver NewDriver(CSharpCompilation compilation, ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, GeneratorCache? cache = null) =>
        CSharpGeneratorDriver.Create(new[] { new ArticleParserGenerator(cache ?? new GeneratorCache()).AsSourceGenerator() }, files, (CSharpParseOptions)compilation.SyntaxTrees[0].Options, options);

    internal static async Task<int> AnalyzeAsync(CSharpCompilation compilation, AdditionalFileAnalyzer analyzer, ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options)
    {
        var analyzed = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new AnalyzerOptions(files, options));
        return (await analyzed.GetAnalyzerDiagnosticsAsync(CancellationToken.None)).Length;
    }

    /// <summary>Links each article (by path) to its template, as the package's targets do through item metadata.</summary>
    internal sealed class LinkedArticles : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, Options> _byPath;

        public LinkedArticles(Dictionary<string, string> templates)
        {
            _byPath = templates.ToDictionary(kv => kv.Key, kv => new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ArticleTemplate"] = kv.Value }));
        }

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _byPath.TryGetValue(textFile.Path, out var options) ? options : Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
