using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Copydesk.Benchmarks;

/// <summary>
/// Hostile patterns: a 100-block article of "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" blocks against a catastrophic
/// pattern the linear-time engine runs (<c>/^(a+)+$/</c>), and against one that needs backtracking
/// (<c>/^(?=(a+)+b)/</c>), which the per-article budget bounds.
/// </summary>
[MemoryDiagnoser]
public class HostilePatternBenchmarks
{
    public const string LinearPattern = "^(a+)+$";
    public const string BacktrackingPattern = "^(?=(a+)+b)";

    public static readonly string Article = "Headline\n\n" + string.Join("\n\n", Enumerable.Repeat(new string('a', 29) + "!", 100));

    private readonly ArticleTemplate _linear = Template(LinearPattern);
    private readonly ArticleTemplate _backtracking = Template(BacktrackingPattern);

    public static ArticleTemplate Template(string pattern) => new("Hostile", new[]
    {
        new ArticleRule(SectionRole.Headline, "Title", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.FirstBlock) }),
        new ArticleRule(SectionRole.Note, "Toll", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.Pattern, pattern: pattern) }),
        new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
    });

    [Benchmark(Description = "100 blocks, /^(a+)+$/ (linear-time engine)")]
    public int Linear() => _linear.Parse(Article).Findings.Count;

    [Benchmark(Description = "100 blocks, /^(?=(a+)+b)/ (backtracking, budget)")]
    public int Backtracking() => _backtracking.Parse(Article).Findings.Count;

    /// <summary>The build-time case: a project whose template has the pattern and whose article is the hostile one (or none).</summary>
    public static void WriteProject(string directory, string repositoryRoot, string pattern, bool withArticle)
    {
        Directory.CreateDirectory(Path.Combine(directory, "Templates"));
        var src = Path.Combine(repositoryRoot, "src");
        File.WriteAllText(Path.Combine(directory, "Hostile.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/Copydesk/build/Copydesk.props" />
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <NoWarn>$(NoWarn);ART0016;ART0101;ART0104;ART0109;ART0110</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/Copydesk/Copydesk.csproj" />
                <ProjectReference Include="{src}/Copydesk.Generators/Copydesk.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                {(withArticle ? "<Article Include=\"hostile.txt\" Template=\"Hostile\" />" : "")}
              </ItemGroup>
              <Import Project="{src}/Copydesk/build/Copydesk.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Templates", "Hostile.article"),
            $"template Hostile in Bench\n@headline Title first block\n@note Toll* /{pattern}/\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\"\n");
        File.WriteAllText(Path.Combine(directory, "hostile.txt"), Article);
        File.WriteAllText(Path.Combine(directory, "Use.cs"), "namespace Bench; public static class Use { public static object T => Hostile.Template; }\n");
    }
}
