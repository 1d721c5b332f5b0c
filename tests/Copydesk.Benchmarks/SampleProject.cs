using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using InMemoryAdditionalText = Copydesk.Generators.InMemoryAdditionalText;

namespace Copydesk.Benchmarks;

/// <summary>
/// The NewsDesk sample as its compiler sees it: four templates (three of them taking the catalog's
/// families) and three articles linked to WireStory — a small project, where Copydesk's cost is what
/// every build pays before it has much to do.
/// </summary>
internal static class SampleProject
{
    public static (CSharpCompilation Compilation, ImmutableArray<AdditionalText> Files, AnalyzerConfigOptionsProvider Options) Create()
    {
        var files = new List<AdditionalText>();
        var links = new Dictionary<string, string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Sample", "Templates"), "*.article").OrderBy(p => p, StringComparer.Ordinal))
        {
            files.Add(new InMemoryAdditionalText("/sample/Templates/" + Path.GetFileName(path), File.ReadAllText(path)));
        }

        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var linked = "/sample/Articles/" + Path.GetFileName(path);
            files.Add(new InMemoryAdditionalText(linked, File.ReadAllText(path)));
            links[linked] = "WireStory";
        }

        var compilation = CSharpCompilation.Create("NewsDesk",
            new[] { CSharpSyntaxTree.ParseText("namespace NewsDesk; public static class Program { public static void Main() { } }") },
            BuildTimeBenchmarks.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, files.ToImmutableArray(), new BuildTimeBenchmarks.LinkedArticles(links));
    }
}
