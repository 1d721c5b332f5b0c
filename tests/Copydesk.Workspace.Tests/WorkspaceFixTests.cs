using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.CodeFixes;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace Copydesk.Workspace.Tests;

/// <summary>
/// Every code fix, as an IDE hosts it: a consumer project on disk loaded with MSBuildWorkspace (its
/// templates and articles as additional documents, its Template metadata from the build), the
/// analyzers its project file references, the fix's action applied to the solution, and the
/// analyzers run again on the result.
/// </summary>
[Trait("Category", "EndToEnd")]
public class WorkspaceFixTests : IClassFixture<ConsumerWorkspace>
{
    private readonly ConsumerWorkspace _consumer;

    public WorkspaceFixTests(ConsumerWorkspace consumer) => _consumer = consumer;

    [Theory]
    [InlineData("ART0102", "Articles/story.txt", "Leave a Reply\n\n", "")]
    [InlineData("ART0002", "Templates/Roles.article", "@paragrap Body* otherwise", "@paragraph Body* otherwise")]
    [InlineData("ART0001", "Templates/Words.article", "maxx length 90", "max length 90")]
    [InlineData("ART0015", "Templates/Families.article", "use coment-form", "use comment-form")]
    [InlineData("ART0020", "Templates/Sections.article", "before section Tmie", "before section Time")]
    [InlineData("ART0006", "Templates/Duplicates.article", "@paragraph Body* otherwise", "@paragraph Body2* otherwise")]
    [InlineData("ART0005", "Templates/NoCredit.article", "template NoCredit in Consumer\n", "template NoCredit in Consumer\n@attribution use common\n")]
    [InlineData("ART0104", "Templates/Narrow.article", "@paragraph Short* max length 20\n", "@paragraph Short* max length 20\n@paragraph Body* otherwise\n")]
    public async Task The_fix_changes_the_file_and_the_diagnostic_is_gone_after_analysis(string id, string fixedFile, string before, string after)
    {
        var project = await _consumer.OpenAsync();
        var diagnostic = (await ConsumerWorkspace.AnalyzeAsync(project)).First(d => d.Id == id);
        var document = project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
        var target = project.AdditionalDocuments.Single(d => d.FilePath!.Replace('\\', '/').EndsWith(fixedFile, StringComparison.Ordinal));
        var original = (await target.GetTextAsync()).ToString();
        Assert.Contains(before, original);

        var actions = new List<CodeAction>();
        foreach (var provider in ConsumerWorkspace.FixProviders.Where(p => p.FixableDiagnosticIds.Contains(id)))
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        var operation = Assert.Single((await Assert.Single(actions).GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var changed = operation.ChangedSolution.GetProject(project.Id)!;
        var fixedText = (await changed.GetAdditionalDocument(target.Id)!.GetTextAsync()).ToString();

        Assert.Equal(original.Replace(before, after), fixedText);
        var remaining = await ConsumerWorkspace.AnalyzeAsync(changed);
        Assert.DoesNotContain(remaining, d => d.Id == id && d.Location.GetLineSpan().Path == diagnostic.Location.GetLineSpan().Path && d.Location.SourceSpan == diagnostic.Location.SourceSpan);
        Assert.Equal(
            (await ConsumerWorkspace.AnalyzeAsync(project)).Count(d => d.Id == id) - 1,
            remaining.Count(d => d.Id == id));
    }
}

/// <summary>A consumer project written to a temporary folder, importing Copydesk from this repository as the samples do.</summary>
public sealed class ConsumerWorkspace : IDisposable
{
    private static readonly string RepositoryRoot = Path.GetFullPath(typeof(ConsumerWorkspace).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "copydesk-workspace-" + Guid.NewGuid().ToString("N"));

    static ConsumerWorkspace()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }

    public ConsumerWorkspace()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "Templates"));
        Directory.CreateDirectory(Path.Combine(_directory, "Articles"));
        Directory.CreateDirectory(Path.Combine(_directory, "Narrow"));
        var src = Path.Combine(RepositoryRoot, "src");
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/Copydesk/build/Copydesk.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/Copydesk/Copydesk.csproj" />
                <ProjectReference Include="{src}/Copydesk.Generators/Copydesk.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <Article Include="Articles/*.txt" Template="Story" />
                <Article Include="Narrow/*.txt" Template="Narrow" />
              </ItemGroup>
              <Import Project="{src}/Copydesk/build/Copydesk.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        const string story = "template Story in Consumer\n@boilerplate use comment-form\n@headline Title first block\n@attribution Credit? starts with \"By\"\n@paragraph Body* otherwise\n";
        Write("Templates/Story.article", story);
        Write("Articles/story.txt", "Council backs the new bridge\n\nBy Jane Roe\n\nThe council voted on Tuesday.\n\nLeave a Reply\n\nThe bridge opens in May.\n");
        const string head = "@headline Title first block\n@attribution Credit? starts with \"By\"\n";
        Write("Templates/Roles.article", "template Roles in Consumer\n" + head + "@paragrap Body* otherwise\n");
        Write("Templates/Words.article", "template Words in Consumer\n" + head + "@paragraph Body* maxx length 90\n");
        Write("Templates/Families.article", "template Families in Consumer\n" + head + "@boilerplate use coment-form\n@paragraph Body* otherwise\n");
        Write("Templates/Sections.article", "template Sections in Consumer\n" + head + "@note Time? /^\\d+ min read$/\n@boilerplate Top* before section Tmie\n@paragraph Body* otherwise\n");
        Write("Templates/Duplicates.article", "template Duplicates in Consumer\n" + head + "@paragraph Body* max length 90\n@paragraph Body* otherwise\n");
        Write("Templates/NoCredit.article", "template NoCredit in Consumer\n@headline Title first block\n@paragraph Body* otherwise\n");
        Write("Templates/Narrow.article", "template Narrow in Consumer\n" + head + "@paragraph Short* max length 20\n");
        Write("Narrow/narrow.txt", "Headline\n\nBy Jane Roe\n\nA paragraph longer than twenty characters.\n");
    }

    /// <summary>The code fix providers the package ships.</summary>
    public static IReadOnlyList<CodeFixProvider> FixProviders { get; } = typeof(RemoveBoilerplateCodeFix).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToList();

    /// <summary>Loads the consumer project in a fresh MSBuildWorkspace.</summary>
    public async Task<Project> OpenAsync()
    {
        var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(Path.Combine(_directory, "Consumer.csproj"));
        Assert.True(project.AdditionalDocuments.Any(), string.Join("\n", workspace.Diagnostics.Select(d => d.Message)));
        return project;
    }

    /// <summary>The analyzer diagnostics of the project, with the analyzers and options its project file gives.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        Assert.Contains(analyzers, a => a.GetType().Name == "AdditionalFileAnalyzer");
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(_directory, relativePath), text);
}
