using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Copydesk.Tests.Repository;

/// <summary>
/// A user's clone has nothing beside it: no test may read a file outside the repository. Tools (the
/// benchmarks, the evaluation runner) may read the sibling folder of shared third-party text when it is
/// there and skip otherwise, so they are not test projects.
/// </summary>
public class RepositoryBoundaryTests
{
    private static readonly string Root = Path.GetFullPath(Fixtures.RepositoryRoot);

    private static IEnumerable<string> TestProjectDirectories() =>
        Directory.GetFiles(Path.Combine(Root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith(".Benchmarks", StringComparison.Ordinal))
            .Select(path => Path.GetDirectoryName(path)!);

    [Fact]
    public void Project_files_of_tests_name_only_paths_inside_the_repository()
    {
        var files = TestProjectDirectories().SelectMany(d => Directory.GetFiles(d, "*.csproj"))
            .Append(Path.Combine(Root, "tests", "Directory.Build.props"));
        var outside = new List<string>();
        foreach (var file in files)
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(file), "(?:Include|Project|Update)=\"([^\"$]+)\""))
            {
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, match.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar)));
                if (!resolved.StartsWith(Root, StringComparison.Ordinal))
                {
                    outside.Add($"{Path.GetFileName(file)}: {match.Groups[1].Value}");
                }
            }
        }

        Assert.Empty(outside);
    }

    [Fact]
    public void Test_sources_never_reach_above_the_repository_root()
    {
        var above = new Regex(@"RepositoryRoot\s*,\s*""\.\.""|""\.\.[/\\]shared|""shared""\s*,\s*""(?:seeds|realpages)""|shared[/\\](?:seeds|realpages)");
        var offenders = TestProjectDirectories()
            .SelectMany(d => Directory.GetFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Where(f => f != ThisFile())
            .Where(f => above.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_article_in_the_seeds_shape_is_in_the_repository()
    {
        Assert.StartsWith(Root, Path.GetFullPath(Fixtures.WireStoryArticlePath), StringComparison.Ordinal);
        Assert.True(File.Exists(Fixtures.WireStoryArticlePath));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
