using System.IO;
using System.Linq;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Tests.Infrastructure;

namespace Copydesk.Generators.Tests.Diagnostics;

public class DiagnosticDescriptorsTests
{
    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_doc_page_a_help_link_and_a_release_row(string id)
    {
        var descriptor = DiagnosticDescriptors.ById[id];

        Assert.True(File.Exists(Path.Combine(Fixtures.RepositoryRoot, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        var releases = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "src", "Copydesk.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);
    }

    [Fact]
    public void The_analyzer_supports_every_diagnostic_of_the_table_and_ids_are_unique()
    {
        var supported = new AdditionalFileAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();

        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id), supported);
        Assert.Equal(supported.Count, supported.Distinct().Count());
    }

    [Fact]
    public void Every_finding_kind_maps_to_its_own_article_diagnostic()
    {
        var ids = System.Enum.GetValues<FindingKind>().Select(k => DiagnosticDescriptors.ForFinding(k).Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("ART01", id));
    }
}
