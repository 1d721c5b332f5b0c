using System.IO;
using System.Linq;

namespace Copydesk.EndToEnd.Tests;

/// <summary>How users configure article diagnostics, checked on real builds of a consumer project.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ConsumerConfigurationTests : System.IDisposable
{
    private const string Article = "Headline\n\nLeave a Reply\n\nAP’s Tom Reyes contributed to this report.";

    private readonly ConsumerProject _project;

    public ConsumerConfigurationTests()
    {
        _project = new ConsumerProject("""
              <ItemGroup>
                <Article Include="Articles/**/*.txt" Template="WireStory" />
                <Article Update="Articles/quiet.txt" NoWarn="ART0102;ART0101" />
              </ItemGroup>
            """)
            .Write("Templates/WireStory.article", File.ReadAllText(Path.Combine(DotnetBuild.RepositoryRoot, "samples", "NewsDesk", "Templates", "WireStory.article")))
            .Write("Program.cs", """
                var story = NewsDesk.Templates.WireStory.Parse("Headline\n\nAP’s Tom Reyes contributed to this report.");
                System.Console.WriteLine(story.Credit?.Outlet);
                """)
            .Write("Articles/new.txt", Article)
            .Write("Articles/legacy/old.txt", Article)
            .Write("Articles/quiet.txt", "Headline\n\nLeave a Reply")
            // "Café" in Windows-1252: not UTF-8.
            .WriteBytes("Articles/cp1252.txt", new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n' })
            .Write(".editorconfig", "root = true\n\n[Articles/legacy/**]\ncopydesk.ART0102.severity = none\n");
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Editorconfig_keys_item_NoWarn_globalconfig_and_msbuild_properties_all_apply()
    {
        // Per-folder .editorconfig key silences legacy/, item NoWarn silences quiet.txt; no other warning at all.
        var (exitCode, output) = _project.Build();
        Assert.True(exitCode == 0, output);
        Assert.Equal(
            new[] { "Articles/cp1252.txt(1,1): warning ART0107", "Articles/new.txt(3,1): warning ART0102" },
            DotnetBuild.Diagnostics(output, _project.Directory, idPrefix: ""));
        Assert.Contains("'cp1252.txt' is not valid UTF-8 text", output);

        // WarningsAsErrors fails the build on it.
        (exitCode, output) = _project.Build("-p:WarningsAsErrors=ART0102");
        Assert.NotEqual(0, exitCode);
        Assert.Equal(new[] { "Articles/cp1252.txt(1,1): warning ART0107", "Articles/new.txt(3,1): error ART0102" }, DotnetBuild.Diagnostics(output, _project.Directory));

        // NoWarn removes it.
        (exitCode, output) = _project.Build("-p:NoWarn=ART0102");
        Assert.True(exitCode == 0, output);
        Assert.Equal(new[] { "Articles/cp1252.txt(1,1): warning ART0107" }, DotnetBuild.Diagnostics(output, _project.Directory));

        // A .globalconfig raises it to an error.
        _project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.ART0102.severity = error\n");
        (exitCode, output) = _project.Build();
        Assert.NotEqual(0, exitCode);
        Assert.Equal(new[] { "Articles/cp1252.txt(1,1): warning ART0107", "Articles/new.txt(3,1): error ART0102" }, DotnetBuild.Diagnostics(output, _project.Directory));
        Assert.DoesNotContain("AD0001", output);
    }
}
