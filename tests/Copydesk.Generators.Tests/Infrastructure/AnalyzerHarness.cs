using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Copydesk.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Builds <see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/> runs over additional files, with no download.</summary>
internal sealed class AnalyzerHarness
{
    public const string Root = "/project/";

    private readonly CSharpAnalyzerTest<AdditionalFileAnalyzer, DefaultVerifier> _test = new()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        TestState = { Sources = { "internal static class Program { }" } },
    };

    private readonly StringBuilder _globalConfig = new("is_global = true\n");

    public AnalyzerHarness()
    {
        _test.TestState.AdditionalReferences.AddRange(Net80.References.All);
    }

    public AnalyzerHarness Template(string relativePath, string text)
    {
        _test.TestState.AdditionalFiles.Add((Root + relativePath, SourceText.From(text, Encoding.UTF8)));
        return this;
    }

    /// <summary>An article linked to <paramref name="template"/> through item metadata, as the package's targets do.</summary>
    public AnalyzerHarness Article(string relativePath, string text, string? template = "WireStory", string? noWarn = null) =>
        Article(relativePath, SourceText.From(text, Encoding.UTF8), template, noWarn);

    public AnalyzerHarness Article(string relativePath, SourceText text, string? template = "WireStory", string? noWarn = null)
    {
        _test.TestState.AdditionalFiles.Add((Root + relativePath, text));
        _globalConfig.Append('[').Append(Root).Append(relativePath).Append("]\n");
        _globalConfig.Append("build_metadata.AdditionalFiles.CopydeskArticle = true\n");
        if (template is not null)
        {
            _globalConfig.Append("build_metadata.AdditionalFiles.ArticleTemplate = ").Append(template).Append('\n');
        }

        if (noWarn is not null)
        {
            // As the package's targets write it: the compiler would cut a ';' list.
            _globalConfig.Append("build_metadata.AdditionalFiles.CopydeskNoWarn = ").Append(noWarn.Replace(';', ',')).Append('\n');
        }

        return this;
    }

    public AnalyzerHarness AdditionalFile(string relativePath, SourceText text)
    {
        _test.TestState.AdditionalFiles.Add((Root + relativePath, text));
        return this;
    }

    public AnalyzerHarness GlobalOption(string key, string value)
    {
        // Global keys go before any section.
        var header = "is_global = true\n";
        _globalConfig.Insert(header.Length, $"{key} = {value}\n");
        return this;
    }

    public AnalyzerHarness EditorConfig(string relativeDirectory, string text)
    {
        _test.TestState.AnalyzerConfigFiles.Add((Root + relativeDirectory + ".editorconfig", text));
        return this;
    }

    public AnalyzerHarness LanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        _test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
            return solution.WithProjectParseOptions(projectId, options.WithLanguageVersion(version));
        });
        return this;
    }

    public AnalyzerHarness Expect(params DiagnosticResult[] diagnostics)
    {
        _test.ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public Task RunAsync()
    {
        _test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", _globalConfig.ToString()));
        return _test.RunAsync(CancellationToken.None);
    }

    /// <summary>A diagnostic on a whole line of <paramref name="text"/> (a one-line block), located like the analyzer locates blocks.</summary>
    public static DiagnosticResult OnLine(DiagnosticDescriptor descriptor, string relativePath, string text, int line)
    {
        var content = text.Split('\n')[line - 1].TrimEnd('\r');
        var start = content.Length - content.TrimStart().Length;
        return Result(descriptor).WithSpan(Root + relativePath, line, start + 1, line, content.TrimEnd().Length + 1);
    }

    /// <summary>A diagnostic covering lines <paramref name="line"/> to <paramref name="endLine"/>: a run of blocks.</summary>
    public static DiagnosticResult OnLines(DiagnosticDescriptor descriptor, string relativePath, string text, int line, int endLine)
    {
        var lines = text.Split('\n');
        var first = lines[line - 1].TrimEnd('\r');
        var last = lines[endLine - 1].TrimEnd('\r');
        return Result(descriptor).WithSpan(Root + relativePath, line, first.Length - first.TrimStart().Length + 1, endLine, last.TrimEnd().Length + 1);
    }

    public static DiagnosticResult At(DiagnosticDescriptor descriptor, string relativePath, int line, int column, int endLine, int endColumn) =>
        Result(descriptor).WithSpan(Root + relativePath, line, column, endLine, endColumn);

    // Without the descriptor's message format, so messages are compared only where a test names one.
    private static DiagnosticResult Result(DiagnosticDescriptor descriptor) => new(descriptor.Id, descriptor.DefaultSeverity);
}
