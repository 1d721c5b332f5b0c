
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory projects and compiles and loads what it produces.</summary>
internal static class GeneratorHarness
{
    /// <summary>The runtime library the generated code compiles against.</summary>
    public static MetadataReference RuntimeReference { get; } =
        MetadataReference.CreateFromFile(typeof(global::Copydesk.IArticle).Assembly.Location);

    public static ImmutableArray<MetadataReference> References { get; } =
        Net80.References.All.Cast<MetadataReference>().Append(RuntimeReference).ToImmutableArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(string assemblyName = "Consumer", params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleParserGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator on templates given as (path, text).</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(params (string Path, string Text)[] templates) =>
        Run(templates, Array.Empty<string>());

    /// <summary>Runs the generator on templates, in a project that also has <paramref name="sources"/>.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run((string Path, string Text)[] templates, string[] sources)
    {
        var driver = CreateDriver(templates.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Text)));
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation("Consumer", sources), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult());
    }

    /// <summary>Generates, compiles with warnings as errors, and loads the parsers of <paramref name="templates"/>.</summary>
    public static Assembly CompileAndLoad(params (string Path, string Text)[] templates) => CompileAndLoad(templates, Array.Empty<string>());

    /// <summary>Generates, compiles with warnings as errors (with <paramref name="sources"/>), and loads the result.</summary>
    public static Assembly CompileAndLoad((string Path, string Text)[] templates, string[] sources)
    {
        var (output, _) = Run(templates, sources);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Calls the generated static <c>Parse</c> of <paramref name="typeName"/>.</summary>
    public static dynamic Parse(Assembly assembly, string typeName, string text)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        try
        {
            return type.GetMethod("Parse")!.Invoke(null, new object[] { text })!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }
}
