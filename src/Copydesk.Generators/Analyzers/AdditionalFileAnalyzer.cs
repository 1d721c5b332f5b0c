using System;
using System.Collections.Immutable;
using System.Linq;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Catalog;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Analyzers;

/// <summary>
/// Reports Copydesk's diagnostics on its additional files: template mistakes in <c>*.article</c>
/// files, and, for article files linked to a template, what the article engine finds in them —
/// the same engine the generated parsers run.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class AdditionalFileAnalyzer : DiagnosticAnalyzer
{
    public AdditionalFileAnalyzer()
        : this(AnalysisCache.Shared)
    {
    }

    internal AdditionalFileAnalyzer(AnalysisCache cache) => Cache = cache;

    /// <summary>The templates and articles read so far: the process's shared cache unless a test gives its own.</summary>
    internal AnalysisCache Cache { get; }

    // Read from the assembly once per analyzer instance.
    private readonly Lazy<AdditionalText[]> _builtInTemplates = new(() => new[] { BuiltInTemplates.NewsArticle() });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var rootNamespace = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var root) ? root.Trim() : "";
            var catalog = TemplateCatalog.Build(start.Options.AdditionalFiles, _builtInTemplates.Value, rootNamespace, Cache, start.CancellationToken);
            var links = ArticleLinks.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterAdditionalFileAction(fileContext =>
            {
                if (TemplateFiles.IsTemplate(fileContext.AdditionalFile.Path))
                {
                    AnalyzeTemplate(fileContext, catalog);
                }
                else if (links.TemplateFor(fileContext.Options, fileContext.AdditionalFile) is { } link)
                {
                    AnalyzeArticle(fileContext, catalog, link);
                }
            });
        });
    }

    private static Location StartOf(AdditionalText file, SourceText? text) =>
        text is null
            ? Location.Create(file.Path, default, default)
            : FileLocation.Create(file.Path, text, new TextSpan(0, 0));
}
