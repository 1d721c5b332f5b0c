using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Copydesk.EndToEnd.Tests;

/// <summary>
/// The package as a new user meets it: packed into a local feed, added to brand-new projects with
/// <c>dotnet new</c> and <c>dotnet add package</c>, built and run.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackageTests : IClassFixture<PackageTests.Feed>
{
    private const string Article = "Council approves new cycle lanes\n\nLeave a Reply\n\nThe council approved the plans, the mayor said.\n\nAP’s Tom Reyes contributed to this report.";

    private readonly Feed _feed;

    public PackageTests(Feed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void The_package_holds_the_runtime_the_analyzers_the_code_fixes_and_the_msbuild_files_and_nothing_else()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_feed.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(
            new[]
            {
                "Copydesk.nuspec", "README.md", "[Content_Types].xml",
                "analyzers/dotnet/cs/Copydesk.CodeFixes.dll", "analyzers/dotnet/cs/Copydesk.Generators.dll",
                "build/Copydesk.props", "build/Copydesk.targets", "buildTransitive/Copydesk.props", "buildTransitive/Copydesk.targets",
                "lib/net8.0/Copydesk.dll", "lib/net8.0/Copydesk.xml", "lib/netstandard2.0/Copydesk.dll", "lib/netstandard2.0/Copydesk.xml",
            },
            entries);
        using var nuspec = new StreamReader(archive.GetEntry("Copydesk.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<readme>README.md</readme>", metadata);
        Assert.Contains("<repository type=\"git\" url=\"https://github.com/copydesk/copydesk\"", metadata);
        Assert.Contains("<tags>", metadata);
        Assert.DoesNotContain("<dependency ", metadata);
    }

    [Fact]
    public void Packing_twice_gives_the_same_bytes()
    {
        var again = Path.Combine(_feed.Root, "again");
        var (exitCode, output) = DotnetBuild.Run(_feed.Root, "pack", Path.Combine(DotnetBuild.RepositoryRoot, "src", "Copydesk"), "-c", "Release", "--no-build", "-o", again, "-p:Version=" + _feed.Version);
        Assert.True(exitCode == 0, output);

        Assert.Equal(Hash(_feed.PackagePath), Hash(Directory.GetFiles(again, "*.nupkg").Single()));
    }

    [Fact]
    public void A_new_console_app_uses_the_generated_parser_on_net8_and_net10_and_sees_the_diagnostics()
    {
        var app = _feed.NewProject("console", "App");
        _feed.AddPackage(app);
        EditProject(app, """
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>ART0101;ART0102;ART0105</WarningsNotAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <Article Include="Articles/*.txt" Template="WireStory" />
              </ItemGroup>
            """, removeTargetFramework: true);
        File.Copy(Path.Combine(DotnetBuild.RepositoryRoot, "samples", "NewsDesk", "Templates", "WireStory.article"), Path.Combine(app, "Templates", "WireStory.article").EnsureDirectory());
        File.WriteAllText(Path.Combine(app, "Articles", "lanes.txt").EnsureDirectory(), Article);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using NewsDesk.Templates;

            var story = WireStory.Parse(File.ReadAllText(args[0]));
            Console.WriteLine($"Title={story.Title.Text}");
            Console.WriteLine($"Outlet={story.Credit?.Outlet};Contributor={story.Credit?.Contributor};Line={story.Credit?.Line}");
            Console.WriteLine($"Boilerplate={string.Join(",", story.Boilerplate.Select(b => $"{b.RuleName}@{b.Line}"))}");
            Console.WriteLine($"Clean={story.CleanText.Replace("\n", "|")}");
            """);

        var (exitCode, output) = DotnetBuild.Run(app, "build", "-nologo", "-v:q");

        Assert.True(exitCode == 0, output);
        Assert.Equal(new[] { "Articles/lanes.txt(3,1): warning ART0102" }, DotnetBuild.Diagnostics(output, app, idPrefix: ""));
        // The code-fix assembly sits beside the analyzers; the compiler must load them without complaint.
        Assert.DoesNotContain("CS8032", output);
        Assert.DoesNotContain("AD0001", output);
        foreach (var framework in new[] { "net10.0", "net8.0" })
        {
            // Only the .NET 10 runtime is installed here: the net8.0 build runs on it by rolling forward.
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" };
            var run = DotnetBuild.Run(app, environment, "run", "--no-build", "--framework", framework, "--", Path.Combine(app, "Articles", "lanes.txt"));
            Assert.True(run.ExitCode == 0, framework + ": " + run.Output);
            Assert.Contains("Title=Council approves new cycle lanes", run.Output);
            Assert.Contains("Outlet=AP;Contributor=Tom Reyes;Line=7", run.Output);
            Assert.Contains("Boilerplate=CommentForm@3", run.Output);
            Assert.Contains("Clean=Council approves new cycle lanes||The council approved the plans, the mayor said.||AP’s Tom Reyes contributed to this report.", run.Output);
        }

        // A template with a syntax error fails the build at its line and column.
        File.WriteAllText(Path.Combine(app, "Templates", "Broken.article"), "template Broken in App\n@headline Title frist block\n");
        (exitCode, output) = DotnetBuild.Run(app, "build", "-nologo", "-v:q");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Templates/Broken.article(2,17): error ART0001", DotnetBuild.Diagnostics(output, app));
        Assert.DoesNotContain("AD0001", output);
    }

    [Fact]
    public void A_project_below_csharp_8_gets_one_copydesk_error_instead_of_compiler_errors()
    {
        var old = _feed.NewProject("classlib", "OldLanguage");
        File.Delete(Path.Combine(old, "Class1.cs"));
        _feed.AddPackage(old);
        EditProject(old, """
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>7.3</LangVersion>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
            """, removeTargetFramework: true);
        File.WriteAllText(Path.Combine(old, "Templates", "Story.article").EnsureDirectory(), "template Story in Old\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Byline? starts with \"By\"\n");
        File.WriteAllText(Path.Combine(old, "Use.cs"), "namespace Old { public static class Use { public static int Answer() { return 42; } } }");

        var (exitCode, output) = DotnetBuild.Run(old, "build", "-nologo", "-v:q");

        Assert.NotEqual(0, exitCode);
        Assert.Equal(new[] { "Templates/Story.article(1,10): error ART0012" }, DotnetBuild.Diagnostics(output, old, idPrefix: ""));
    }

    [Fact]
    public void Two_copydesk_projects_one_using_the_others_internals_build_without_clashes()
    {
        var library = _feed.NewProject("classlib", "Lib");
        _feed.AddPackage(library);
        EditProject(library, """
              <ItemGroup>
                <InternalsVisibleTo Include="App2" />
              </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(library, "Templates", "LibStory.article").EnsureDirectory(),
            "internal template LibStory in Shared\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\" then {Author}\n");

        var app = _feed.NewProject("console", "App2");
        _feed.AddPackage(app);
        EditProject(app, $"""
              <PropertyGroup>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            """);
        // Same section names as the library's template and as a second template of its own.
        File.WriteAllText(Path.Combine(app, "Templates", "AppStory.article").EnsureDirectory(),
            "template AppStory in App\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\" then {Author}\n");
        File.WriteAllText(Path.Combine(app, "Templates", "Brief.article"),
            "template Brief in App\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"Via\" then {Author}\n");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            var text = "Headline\n\nBody.\n\nBy Jane Roe";
            Console.WriteLine(Shared.LibStory.Parse(text).Credit?.Author + "|" + App.AppStory.Parse(text).Credit?.Author + "|" + App.Brief.Parse(text).Body.Count);
            """);

        var (exitCode, output) = DotnetBuild.Run(app, "build", "-nologo", "-v:q");
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CS0436", output);
        Assert.Empty(DotnetBuild.Diagnostics(output, app, idPrefix: ""));

        var run = DotnetBuild.Run(app, "run", "--no-build");
        Assert.Contains("Jane Roe|Jane Roe|2", run.Output);
    }

    [Fact]
    public void A_project_without_templates_gets_nothing_and_hears_nothing()
    {
        var empty = _feed.NewProject("classlib", "NoTemplates");
        _feed.AddPackage(empty);

        var (exitCode, output) = DotnetBuild.Run(empty, "build", "-nologo", "-v:q", "-p:EmitCompilerGeneratedFiles=true");

        Assert.True(exitCode == 0, output);
        Assert.Empty(DotnetBuild.Diagnostics(output, empty, idPrefix: ""));
        var generated = Path.Combine(empty, "obj", "Debug", "net10.0", "generated");
        Assert.False(Directory.Exists(generated) && Directory.EnumerateFiles(generated, "*.g.cs", SearchOption.AllDirectories).Any(f => f.Contains("Copydesk", StringComparison.Ordinal)));
    }

    private static void EditProject(string directory, string xml, bool removeTargetFramework = false)
    {
        var path = Directory.GetFiles(directory, "*.csproj").Single();
        var project = File.ReadAllText(path);
        if (removeTargetFramework)
        {
            project = System.Text.RegularExpressions.Regex.Replace(project, @"\s*<TargetFramework>[^<]*</TargetFramework>", "");
        }

        File.WriteAllText(path, project.Replace("</Project>", xml + "\n</Project>"));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>One pack per test run into a temporary feed, under a version no cache has seen.</summary>
    public sealed class Feed : IDisposable
    {
        public Feed()
        {
            Root = Path.Combine(Path.GetTempPath(), "copydesk-package-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
            Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            var feed = Path.Combine(Root, "feed");
            var (exitCode, output) = DotnetBuild.Run(Root, "pack", Path.Combine(DotnetBuild.RepositoryRoot, "src", "Copydesk"), "-c", "Release", "-o", feed, "-p:Version=" + Version);
            if (exitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + output);
            }

            PackagePath = Directory.GetFiles(feed, "*.nupkg").Single();
            File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="copydesk-e2e" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
        }

        public string Root { get; }

        public string Version { get; }

        public string PackagePath { get; }

        public string NewProject(string template, string name)
        {
            var (exitCode, output) = DotnetBuild.Run(Root, "new", template, "-o", name, "-n", name, "--no-restore");
            Assert.True(exitCode == 0, output);
            return Path.Combine(Root, name);
        }

        public void AddPackage(string project)
        {
            var (exitCode, output) = DotnetBuild.Run(project, "add", "package", "Copydesk", "--version", Version);
            Assert.True(exitCode == 0, output);
        }

        public void Dispose()
        {
            TryDelete(Root);
            // The version is unique to this run: leave no copy of it in the package cache.
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            TryDelete(Path.Combine(cache, "copydesk", Version));
        }

        private static void TryDelete(string directory)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}

internal static class PathExtensions
{
    /// <summary>Creates the file's folder and returns the path.</summary>
    public static string EnsureDirectory(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
