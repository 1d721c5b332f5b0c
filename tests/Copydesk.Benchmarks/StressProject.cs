using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Copydesk.Benchmarks;

/// <summary>
/// The build-time stress case: 200 templates (WireStory variants in their own namespaces) and 2,000
/// articles, ten linked to each template.
/// </summary>
public static class StressProject
{
    public const int TemplateCount = 200;
    public const int ArticlesPerTemplate = 10;

    /// <summary>The article diagnostics the project switches off: synthetic articles would warn on every page.</summary>
    public static readonly string[] NoWarn = { "ART0101", "ART0102", "ART0105", "ART0108" };

    public static string TemplateName(int index) => "Story" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    public static string Template(int index, string wireStory) =>
        wireStory.Replace("template WireStory in NewsDesk.Templates", $"template {TemplateName(index)} in Stress.Templates{index % 10}", StringComparison.Ordinal);

    public static IEnumerable<(string Path, string Text, string Template)> Articles() =>
        Enumerable.Range(0, TemplateCount * ArticlesPerTemplate)
            .Select(i => ($"Articles/{TemplateName(i / ArticlesPerTemplate)}/{i:D4}.txt", ArticleInputs.Generate(2 * 1024, seed: 10_000 + i), TemplateName(i / ArticlesPerTemplate)));

    public static string WireStoryTemplate() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Templates", "WireStory.article"));

    /// <summary>
    /// Writes the stress project to <paramref name="directory"/>. With <paramref name="useCopydesk"/>
    /// false the same files are there but Copydesk is not referenced: the baseline build.
    /// </summary>
    public static void Write(string directory, string repositoryRoot, bool useCopydesk)
    {
        Directory.CreateDirectory(directory);
        var src = Path.Combine(repositoryRoot, "src");
        var articles = string.Concat(Enumerable.Range(0, TemplateCount).Select(i => $"    <Article Include=\"Articles/{TemplateName(i)}/*.txt\" Template=\"{TemplateName(i)}\" />\n"));
        var copydesk = useCopydesk
            ? "  <ItemGroup>\n" +
              $"    <ProjectReference Include=\"{src}/Copydesk/Copydesk.csproj\" />\n" +
              $"    <ProjectReference Include=\"{src}/Copydesk.Generators/Copydesk.Generators.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n" +
              articles +
              "  </ItemGroup>\n" +
              $"  <Import Project=\"{src}/Copydesk/build/Copydesk.targets\" />\n"
            : "";
        File.WriteAllText(Path.Combine(directory, "Stress.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {(useCopydesk ? $"<Import Project=\"{src}/Copydesk/build/Copydesk.props\" />" : "")}
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <NoWarn>$(NoWarn);{string.Join(";", NoWarn)}</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <None Include="Articles/**/*.txt" />
              </ItemGroup>
              {copydesk}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Stress.cs"), "namespace Stress; public static class Marker { public const int Templates = 200; }\n");
        var wireStory = WireStoryTemplate();
        Directory.CreateDirectory(Path.Combine(directory, "Templates"));
        for (var i = 0; i < TemplateCount; i++)
        {
            File.WriteAllText(Path.Combine(directory, "Templates", TemplateName(i) + ".article"), Template(i, wireStory));
        }

        foreach (var (path, text, _) in Articles())
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }
}
