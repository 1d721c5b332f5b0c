using System.Linq;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Emit;
using Copydesk.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators;

/// <summary>
/// Turns each valid <c>*.article</c> template among AdditionalFiles into a typed parser class.
/// Reports no diagnostics: the analyzers do that, live, as the user types.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleParserGenerator : IIncrementalGenerator
{
    private readonly GeneratorCache _cache;

    public ArticleParserGenerator()
        : this(GeneratorCache.Shared)
    {
    }

    /// <summary>A generator with its own cache (tests and benchmarks that must not share the process's).</summary>
    internal ArticleParserGenerator(GeneratorCache cache) => _cache = cache;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var cache = _cache;

        // Text only: an edit to one template leaves every other template's source equal, so cached.
        var sources = context.AdditionalTextsProvider
            .Where(static file => TemplateFiles.IsTemplate(file.Path))
            .Select(static (file, cancellationToken) => new TemplateSource(
                file.Path,
                TemplateFiles.FileName(file.Path),
                file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.TemplateSource);

        // Parse and bind (without the linear-time engine check, which only feeds a warning the analyzers
        // report); a template whose name cannot be generated has no model (the analyzer reports why).
        // Through the process's cache: the compiler server makes a new driver for every build.
        var models = sources
            .Select((source, _) => new TemplateModel(source.Path, cache.Spec(source)))
            .WithTrackingName(TrackingNames.TemplateModel);

        // Two small values from project options and the compilation, compared by value. Every step's
        // value is a reference type (records, not tuples or structs of ours), so the pipeline's generic
        // code is the shared code the compiler's other generators already run, not compiled for our types.
        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) ? value.Trim() : string.Empty);
        var features = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationFeatures(
                HasNotNullWhen: compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is not null,
                Supported: compilation is not CSharpCompilation csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8));
        var options = rootNamespace
            .Combine(features)
            .Select(static (pair, _) => new EmitOptions(pair.Left, pair.Right.HasNotNullWhen, pair.Right.Supported))
            .WithTrackingName(TrackingNames.EmitOptions);

        // Templates whose generated type would share its file name with another's (full names equal
        // ignoring case): all but the one whose path sorts first are left out (ART0007 says so).
        // Equal sets compare equal, so renaming one template does not touch the others' outputs.
        var leftOut = models
            .Collect()
            .Combine(options)
            .Select(static (input, _) => new LeftOutPaths(input.Left
                .Where(model => model.Spec is not null)
                .GroupBy(model => GeneratedNames.FullName(model.Spec!.Namespace, input.Right.RootNamespace, model.Spec.Name), GeneratedNames.FullNameComparer)
                .SelectMany(group => group.OrderBy(model => model.Path, System.StringComparer.Ordinal).Skip(1))
                .Select(model => model.Path)
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .ToEquatableArray()))
            .WithTrackingName(TrackingNames.DuplicateNames);

        var files = models
            .Combine(leftOut)
            .Combine(options)
            .Select((input, _) =>
            {
                var ((model, leftOutPaths), emitOptions) = input;
                if (model.Spec is null || !emitOptions.SupportsGeneratedCode || leftOutPaths.Paths.Contains(model.Path))
                {
                    return null;
                }

                return cache.File(model.Spec, emitOptions, model.Path);
            })
            .WithTrackingName(TrackingNames.GeneratedSource);

        context.RegisterSourceOutput(files, static (production, file) =>
        {
            if (file is not null)
            {
                production.AddSource(file.HintName, file.Text);
            }
        });
    }
}

/// <summary>A template file's path, name and text: the generator's first, cheap, equatable step.</summary>
internal sealed record TemplateSource(string Path, string FileName, string Text);

/// <summary>A template file's model, or <c>null</c> when it has errors.</summary>
internal sealed record TemplateModel(string Path, TemplateSpec? Spec);

/// <summary>What the generator needs to know of the compilation itself.</summary>
internal sealed record CompilationFeatures(bool HasNotNullWhen, bool Supported);

/// <summary>The paths of templates left out because another template's generated file has their name.</summary>
internal sealed record LeftOutPaths(EquatableArray<string> Paths);
