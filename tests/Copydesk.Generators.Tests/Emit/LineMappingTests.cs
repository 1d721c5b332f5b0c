using System.Linq;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators.Tests.Emit;

/// <summary>
/// Generated members carry <c>#line</c> directives back to their rule's line in the template, so
/// "Go to definition" and any error in generated code land on the template line; nothing else maps there.
/// </summary>
public class LineMappingTests
{
    private const string Path = "/p/Templates/WireStory.article";

    [Fact]
    public void A_sections_property_block_type_and_captures_map_to_the_rules_template_line()
    {
        var (output, _) = GeneratorHarness.Run((Path, Fixtures.WireStoryTemplate));
        var creditLine = LineOf(Fixtures.WireStoryTemplate, "@attribution Credit?");
        var type = output.GetTypeByMetadataName("NewsDesk.Templates.WireStory")!;

        var property = type.GetMembers("Credit").Single();
        var blockType = type.GetTypeMembers("CreditBlock").Single();
        var capture = blockType.GetMembers("Outlet").Single();

        foreach (var symbol in new ISymbol[] { property, blockType, capture })
        {
            var mapped = symbol.Locations.Single().GetMappedLineSpan();
            Assert.True(mapped.HasMappedPath, symbol.Name);
            Assert.Equal(Path, mapped.Path);
            Assert.Equal(creditLine, mapped.StartLinePosition.Line);
        }
    }

    [Fact]
    public void A_catalog_rule_maps_to_its_use_line_and_other_members_stay_in_generated_code()
    {
        var template = "template T in N\n@headline Title first block\n@boilerplate use comment-form\n@attribution Credit? starts with \"By\"\n@paragraph Body* otherwise\n";
        var (output, _) = GeneratorHarness.Run((Path, template));
        var type = output.GetTypeByMetadataName("N.T")!;

        Assert.Equal(2, type.GetMembers("CommentForm").Single().Locations.Single().GetMappedLineSpan().StartLinePosition.Line);
        var parse = type.GetMembers("Parse").Single().Locations.Single().GetMappedLineSpan();
        Assert.False(parse.HasMappedPath);
        Assert.EndsWith(".g.cs", parse.Path);
    }

    [Theory]
    [InlineData("/p/Templates/Say \"hi\".article")]
    [InlineData("/p/Templates/line\nbreak.article")]
    public void A_path_a_line_directive_cannot_spell_gets_no_mapping(string path)
    {
        var (output, result) = GeneratorHarness.Run((path, "template T in N\n@headline Title first block\n@paragraph Body* otherwise\n"));

        Assert.DoesNotContain("#line", result.GeneratedTrees.Single().ToString());
        Assert.False(output.GetTypeByMetadataName("N.T")!.GetMembers("Title").Single().Locations.Single().GetMappedLineSpan().HasMappedPath);
    }

    [Fact]
    public void An_error_inside_a_mapped_declaration_is_reported_at_the_template_line()
    {
        var (output, _) = GeneratorHarness.Run((Path, Fixtures.WireStoryTemplate));
        var tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("WireStory.g.cs", System.StringComparison.Ordinal));
        var code = tree.ToString();
        Assert.Contains("public sealed class CreditBlock : global::Copydesk.TemplateBlock", code);

        // A base type that does not exist: the error is on the declaration line, which maps to the rule's line.
        var broken = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(code.Replace(
            "public sealed class CreditBlock : global::Copydesk.TemplateBlock", "public sealed class CreditBlock : global::Copydesk.MissingBlock")));
        var diagnostic = output.ReplaceSyntaxTree(tree, broken).GetDiagnostics().First(d => d.Severity == DiagnosticSeverity.Error);

        var mapped = diagnostic.Location.GetMappedLineSpan();
        Assert.Equal((Path, LineOf(Fixtures.WireStoryTemplate, "@attribution Credit?")), (mapped.Path, mapped.StartLinePosition.Line));
    }

    [Fact]
    public void Every_line_directive_is_followed_by_line_default()
    {
        var (_, result) = GeneratorHarness.Run((Path, Fixtures.WireStoryTemplate));
        var lines = result.GeneratedTrees.Single().ToString().Split('\n');

        var directives = lines.Select((line, index) => (line, index)).Where(l => l.line.StartsWith("#line ", System.StringComparison.Ordinal) && l.line != "#line default").ToList();
        Assert.NotEmpty(directives);
        Assert.All(directives, d => Assert.Equal("#line default", lines[d.index + 2]));
    }

    [Fact]
    public void The_mapping_works_for_the_oldest_language_version_the_generator_supports()
    {
        var (_, result) = GeneratorHarness.Run((Path, Fixtures.WireStoryTemplate));
        var tree = CSharpSyntaxTree.ParseText(result.GeneratedTrees.Single().ToString(), new CSharpParseOptions(LanguageVersion.CSharp8));

        Assert.Empty(tree.GetDiagnostics());
    }

    private static int LineOf(string text, string start) =>
        text.Split('\n').Select((line, index) => (line, index)).First(l => l.line.StartsWith(start, System.StringComparison.Ordinal)).index;
}
