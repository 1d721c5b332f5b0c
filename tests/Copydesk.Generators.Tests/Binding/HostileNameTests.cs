using System.Linq;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators.Tests.Binding;

/// <summary>
/// Names a template may not use get ART0004 at their span, and every name the binder accepts
/// generates code that compiles: never a C# error without an ART error first.
/// </summary>
public class HostileNameTests
{
    private const string Rules = "\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\" then {Author}\n";

    [Theory]
    // Members and nested types of the generated class (CS0542).
    [InlineData("template Template in Hostile", "Template")]
    [InlineData("template Source in Hostile", "Source")]
    [InlineData("template Findings in Hostile", "Findings")]
    [InlineData("template Boilerplate in Hostile", "Boilerplate")]
    [InlineData("template Attributions in Hostile", "Attributions")]
    [InlineData("template Notes in Hostile", "Notes")]
    [InlineData("template CleanText in Hostile", "CleanText")]
    [InlineData("template Sections in Hostile", "Sections")]
    [InlineData("template Section in Hostile", "Section")]
    [InlineData("template Unmatched in Hostile", "Unmatched")]
    [InlineData("template Parse in Hostile", "Parse")]
    [InlineData("template TryParse in Hostile", "TryParse")]
    [InlineData("template TitleBlock in Hostile", "TitleBlock")]
    [InlineData("template BodyBlock in Hostile", "BodyBlock")]
    [InlineData("template CreditBlock in Hostile", "CreditBlock")]
    // Contextual keywords that break a type declaration or a namespace.
    [InlineData("template scoped in Hostile", "scoped")]
    [InlineData("template record in Hostile", "record")]
    [InlineData("template file in Hostile", "file")]
    [InlineData("template required in Hostile", "required")]
    [InlineData("template T in Hostile.nameof", "nameof")]
    [InlineData("template T in global", "global")]
    // The runtime's own types, and the roots generated code names with global::.
    [InlineData("template ArticleTemplate in Copydesk", "ArticleTemplate")]
    [InlineData("template TemplateBlock in Copydesk", "TemplateBlock")]
    [InlineData("template Copydesk", "Copydesk")]
    [InlineData("template System", "System")]
    public void A_name_generated_code_cannot_use_is_an_error_at_its_span(string declaration, string name)
    {
        var text = declaration + Rules;
        var compilation = TemplateCompilation.Compile(text, "Hostile.article");

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == DiagnosticDescriptors.InvalidName.Id);
        Assert.Equal(name, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Null(compilation.Spec);
        NoCompilerErrors(text);
    }

    public static TheoryData<string> ContextualKeywords() =>
        new(SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText).Where(k => SyntaxFacts.IsValidIdentifier(k)).Distinct());

    [Theory]
    [MemberData(nameof(ContextualKeywords))]
    public void Every_contextual_keyword_as_a_section_or_capture_name_is_refused_or_compiles(string keyword)
    {
        foreach (var text in new[]
                 {
                     $"template T in Hostile\n@headline {keyword} first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\"\n",
                     $"template T in Hostile\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\" then {{{keyword}}}\n",
                     $"template T in Hostile\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? /^By (?<{keyword}>.+)$/\n",
                 })
        {
            var compilation = TemplateCompilation.Compile(text, "T.article");
            if (compilation.Diagnostics.Any(d => d.IsError))
            {
                continue;
            }

            NoCompilerErrors(text);
        }
    }

    /// <summary>The generator never fails, and what it generates compiles with warnings as errors.</summary>
    private static void NoCompilerErrors(string template)
    {
        var (output, result) = GeneratorHarness.Run(("Templates/Hostile.article", template));
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, template + "\n" + string.Join("\n", problems.Take(5)));
    }
}
