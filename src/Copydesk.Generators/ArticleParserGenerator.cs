using System.Collections.Generic;
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
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Text only: an edit to one template leaves every other template's source equal, so cached.
        var sources = context.AdditionalTextsProvider
            .Where(static file => TemplateFiles.IsTemplate(file.Path))
            .Select(static (file, cancellationToken) => new TemplateSource(
                TemplateFiles.FileName(file.Path),
                file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.TemplateSource);

        // Parse and bind; a template with errors has no model (the analyzer reports why).
        var models = sources
            .Select(static (source, _) => TemplateCompilation.Compile(source.Text, source.FileName).Spec)
            .WithTrackingName(TrackingNames.TemplateModel);

        // Full names declared by more than one file: neither is generated (ART0007 says so).
        // Equal sets compare equal, so renaming one template does not touch the others' outputs.
        var duplicates = models
            .Collect()
            .Select(static (specs, _) => specs
                .Where(spec => spec is not null)
                .GroupBy(spec => spec!.Namespace + "." + spec.Name)
                .Where(group => group.Count() > 1)
                .Select(group => group.Key)
                .OrderBy(key => key, System.StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.DuplicateNames);

        // Two small values from project options and the compilation, compared by value.
        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) ? value.Trim() : string.Empty);
        var features = context.CompilationProvider
            .Select(static (compilation, _) => (
                HasNotNullWhen: compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is not null,
                Supported: compilation is not CSharpCompilation csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8));
        var options = rootNamespace
            .Combine(features)
            .Select(static (pair, _) => new EmitOptions(
                IsValidNamespace(pair.Left) ? pair.Left : string.Empty,
                pair.Right.HasNotNullWhen,
                pair.Right.Supported))
            .WithTrackingName(TrackingNames.EmitOptions);

        var files = models
            .Combine(duplicates)
            .Combine(options)
            .Select(static (input, _) =>
            {
                var ((spec, duplicateNames), emitOptions) = input;
                if (spec is null || !emitOptions.SupportsGeneratedCode || duplicateNames.Contains(spec.Namespace + "." + spec.Name))
                {
                    return null;
                }

                return ParserEmitter.Emit(spec, emitOptions);
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

    private static bool IsValidNamespace(string value) =>
        value.Length > 0 && value.Split('.').All(part => GeneratedNames.IdentifierProblem(part) is null);
}

/// <summary>A template file's name and text: the generator's first, cheap, equatable step.</summary>
public sealed record TemplateSource(string FileName, string Text);
