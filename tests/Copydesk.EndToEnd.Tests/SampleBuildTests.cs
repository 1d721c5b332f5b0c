using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Copydesk.EndToEnd.Tests;

[Trait("Category", "EndToEnd")]
public class SampleBuildTests
{
    [Fact]
    public void Building_the_sample_prints_its_article_warnings_at_their_lines_and_logs_them_as_SARIF()
    {
        var sample = Path.Combine(DotnetBuild.RepositoryRoot, "samples", "NewsDesk");
        var sarif = Path.Combine(Path.GetTempPath(), "copydesk-sample-" + Guid.NewGuid().ToString("N") + ".sarif");

        // %2C: the comma MSBuild would otherwise split the property at.
        var (exitCode, output) = DotnetBuild.Run(sample, "build", "--no-incremental", "-nologo", "-v:q", $"-p:ErrorLog={sarif}%2Cversion=2.1");

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            new[]
            {
                "Articles/mountain-rescue.txt(15,1): warning ART0102",
                "Articles/mountain-rescue.txt(17,1): warning ART0101",
                "Articles/mountain-rescue.txt(5,1): warning ART0102",
                "Articles/mountain-rescue.txt(9,1): warning ART0105",
            },
            DotnetBuild.Diagnostics(output, sample));
        Assert.DoesNotContain("AD0001", output);
        // The comment form's two blocks are one run: one warning at its first line.
        Assert.Contains("2 consecutive boilerplate blocks, from 'CommentForm' of template 'WireStory' (\"Leave a Reply\"), are still in the article", output);

        // The compiler's SARIF log carries the same diagnostics, for code scanning in CI.
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        File.Delete(sarif);
        var run = log.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("ART", StringComparison.Ordinal))
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                return $"{Path.GetFileName(uri.LocalPath)}({location.GetProperty("region").GetProperty("startLine").GetInt32()}): {r.GetProperty("level").GetString()} {r.GetProperty("ruleId").GetString()}";
            })
            .Distinct()
            .OrderBy(r => r, StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "mountain-rescue.txt(15): warning ART0102",
                "mountain-rescue.txt(17): warning ART0101",
                "mountain-rescue.txt(5): warning ART0102",
                "mountain-rescue.txt(9): warning ART0105",
            },
            results);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("ART", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("helpUri").GetString());
        Assert.All(new[] { "ART0101", "ART0102", "ART0105" }, id => Assert.True(rules.ContainsKey(id), id));
        Assert.All(rules, rule => Assert.Equal($"https://github.com/copydesk/copydesk/blob/main/docs/diagnostics/{rule.Key}.md", rule.Value));
    }
}
