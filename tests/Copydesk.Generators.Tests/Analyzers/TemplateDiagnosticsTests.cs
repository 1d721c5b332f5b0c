using System.Threading.Tasks;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static Copydesk.Generators.Tests.Infrastructure.AnalyzerHarness;

namespace Copydesk.Generators.Tests.Analyzers;

public class TemplateDiagnosticsTests
{
    private const string File = "Templates/T.article";
    private const string Header = "template T in N\n@headline Title first block\n@attribution Credit? starts with \"By\" then {Author}\n";

    private static Task Verify(string template, params DiagnosticResult[] expected) =>
        new AnalyzerHarness().Template(File, template).Expect(expected).RunAsync();

    [Fact]
    public Task The_wire_story_template_is_clean() =>
        new AnalyzerHarness().Template("Templates/WireStory.article", Fixtures.WireStoryTemplate).RunAsync();

    [Fact]
    public Task ART0001_syntax_errors_are_all_reported_at_their_spans() =>
        Verify(Header + "@note A* starts with \"open\n@note B* frist block\n",
            At(DiagnosticDescriptors.TemplateSyntaxError, File, 4, 22, 4, 27).WithMessage("Template syntax error: unterminated string: a closing '\"' is missing"),
            At(DiagnosticDescriptors.TemplateSyntaxError, File, 5, 10, 5, 15).WithMessage("Template syntax error: unknown condition 'frist'; did you mean 'first'?"));

    [Fact]
    public Task ART0013_an_empty_template_file_is_a_warning_not_a_failed_build() =>
        Verify("\n# nothing yet\n", At(DiagnosticDescriptors.EmptyTemplate, File, 1, 1, 1, 1).WithMessage("'T.article' holds no template: declare one with 'template Name', or remove the file"));

    [Fact]
    public Task ART0012_a_project_below_csharp_8_gets_one_clear_diagnostic_per_template() =>
        new AnalyzerHarness()
            .Template(File, Header)
            .LanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)
            .Expect(At(DiagnosticDescriptors.LanguageVersionTooOld, File, 1, 10, 1, 11)
                .WithMessage("Copydesk generates parsers that need C# 8 or newer, and this project compiles C# 7.3; no parser is generated for 'T': set <LangVersion>8</LangVersion> or newer"))
            .RunAsync();

    [Fact]
    public Task ART0002_unknown_roles_suggest_the_closest() =>
        Verify(Header + "@boilerplait Footer* is \"x\"\n",
            At(DiagnosticDescriptors.UnknownRole, File, 4, 1, 4, 13).WithMessage("Unknown role annotation '@boilerplait'; did you mean '@boilerplate'?"));

    [Fact]
    public Task ART0003_invalid_patterns_carry_the_dotnet_message_inside_the_pattern() =>
        Verify(Header + "@note N* /a{2,1}/\n",
            At(DiagnosticDescriptors.InvalidPattern, File, 4, 16, 4, 17)
                .WithMessage("Invalid regular expression in rule 'N': Invalid pattern 'a{2,1}' at offset 6. Illegal {x,y} with x > y."));

    [Fact]
    public Task ART0004_keywords_and_generated_member_clashes() =>
        Verify(Header + "@paragraph int* otherwise\n@note CleanText? is \"x\"\n",
            At(DiagnosticDescriptors.InvalidName, File, 4, 12, 4, 15).WithMessage("'int' cannot be used as a section name: it is a C# keyword"),
            At(DiagnosticDescriptors.InvalidName, File, 5, 7, 5, 16).WithMessage("'CleanText' cannot be used as a section name: the generated parser already has a member 'CleanText'"));

    [Fact]
    public Task ART0005_a_template_without_attribution() =>
        Verify("template T in N\n@headline Title first block\n@paragraph Body* otherwise\n",
            At(DiagnosticDescriptors.NoAttribution, File, 1, 10, 1, 11).WithMessage("Template 'T' declares no attribution section, so its articles cannot credit their source"));

    [Fact]
    public Task ART0005_can_be_switched_off_by_the_templates_directive() =>
        Verify("# copydesk: disable ART0005\ntemplate T in N\n@headline Title first block\n@paragraph Body* otherwise\n");

    [Fact]
    public Task ART0006_duplicate_sections_point_back_to_the_first() =>
        Verify(Header + "@note Title? is \"x\"\n",
            At(DiagnosticDescriptors.DuplicateName, File, 4, 7, 4, 12).WithSpan(Root + File, 2, 11, 2, 16)
                .WithMessage("Section 'Title' is declared more than once in template 'T'"));

    [Fact]
    public Task ART0007_the_same_template_in_two_files_is_reported_in_both() =>
        new AnalyzerHarness()
            .Template("A/T.article", Header)
            .Template("B/T.article", Header)
            .Expect(
                At(DiagnosticDescriptors.DuplicateTemplate, "A/T.article", 1, 10, 1, 11).WithSpan(Root + "B/T.article", 1, 10, 1, 11)
                    .WithMessage($"Template 'N.T' is also declared in '{Root}B/T.article' (generated names compare ignoring case); only one parser is generated, from '{Root}A/T.article'"),
                At(DiagnosticDescriptors.DuplicateTemplate, "B/T.article", 1, 10, 1, 11).WithSpan(Root + "A/T.article", 1, 10, 1, 11))
            .RunAsync();

    [Fact]
    public Task ART0007_names_that_differ_only_in_case_clash_as_generated_files() =>
        new AnalyzerHarness()
            .Template("A/T.article", Header)
            .Template("B/t.article", Header.Replace("template T in N", "template t in N"))
            .Template("C/T.article", Header.Replace("in N", "in n"))
            .Expect(
                At(DiagnosticDescriptors.DuplicateTemplate, "A/T.article", 1, 10, 1, 11).WithSpan(Root + "B/t.article", 1, 10, 1, 11),
                At(DiagnosticDescriptors.DuplicateTemplate, "A/T.article", 1, 10, 1, 11).WithSpan(Root + "C/T.article", 1, 10, 1, 11),
                At(DiagnosticDescriptors.DuplicateTemplate, "B/t.article", 1, 10, 1, 11).WithSpan(Root + "A/T.article", 1, 10, 1, 11),
                At(DiagnosticDescriptors.DuplicateTemplate, "B/t.article", 1, 10, 1, 11).WithSpan(Root + "C/T.article", 1, 10, 1, 11),
                At(DiagnosticDescriptors.DuplicateTemplate, "C/T.article", 1, 10, 1, 11).WithSpan(Root + "A/T.article", 1, 10, 1, 11),
                At(DiagnosticDescriptors.DuplicateTemplate, "C/T.article", 1, 10, 1, 11).WithSpan(Root + "B/t.article", 1, 10, 1, 11))
            .RunAsync();

    [Fact]
    public Task ART0007_a_template_without_namespace_takes_the_root_namespace() =>
        new AnalyzerHarness()
            .GlobalOption("build_property.RootNamespace", "N")
            .Template("A/T.article", Header.Replace("template T in N", "template T"))
            .Template("B/T.article", Header)
            .Expect(
                At(DiagnosticDescriptors.DuplicateTemplate, "A/T.article", 1, 10, 1, 11).WithSpan(Root + "B/T.article", 1, 10, 1, 11)
                    .WithMessage($"Template 'N.T' is also declared in '{Root}B/T.article' (generated names compare ignoring case); only one parser is generated, from '{Root}A/T.article'"),
                At(DiagnosticDescriptors.DuplicateTemplate, "B/T.article", 1, 10, 1, 11).WithSpan(Root + "A/T.article", 1, 10, 1, 11))
            .RunAsync();

    [Fact]
    public Task ART0007_not_reported_for_the_same_name_in_different_namespaces() =>
        new AnalyzerHarness()
            .Template("A/T.article", Header)
            .Template("B/T.article", Header.Replace("in N", "in Other"))
            .RunAsync();

    [Fact]
    public Task ART0008_a_template_without_headline() =>
        Verify("template T in N\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\"\n",
            At(DiagnosticDescriptors.NoHeadline, File, 1, 10, 1, 11));

    [Fact]
    public Task ART0009_an_unreachable_rule_points_to_the_rule_that_preempts_it() =>
        Verify(Header + "@boilerplate Share* one of \"Share this:\", \"Like this:\"\n@boilerplate Like* is \"Like this:\"\n",
            At(DiagnosticDescriptors.UnreachableRule, File, 5, 14, 5, 18).WithSpan(Root + File, 4, 14, 4, 19)
                .WithMessage("Rule 'Like' can never match: rule 'Share' is tried first and accepts every block 'Like' would"));

    [Fact]
    public Task ART0010_unsupported_capture_types() =>
        Verify(Header + "@note When? starts with \"On\" then {Day:weekday}\n",
            At(DiagnosticDescriptors.InvalidCapture, File, 4, 40, 4, 47));

    [Fact]
    public Task ART0011_contradictory_cardinality() =>
        Verify(Header + "@note Lead* first block and starts with \"Lead:\"\n",
            At(DiagnosticDescriptors.ContradictoryCardinality, File, 4, 11, 4, 12)
                .WithMessage("Rule 'Lead' is declared '*' but 'first block' can match at most one block; use '?' or no suffix"));

    [Fact]
    public Task ART0019_NUL_and_replacement_characters_in_a_template_are_errors_at_their_place() =>
        new AnalyzerHarness()
            .AdditionalFile(File, SourceText.From("template T in N\n@headline Title first block\n@attribution Credit? starts with \"B\0y\"\n# Caf\uFFFD\n", System.Text.Encoding.UTF8))
            .Expect(
                At(DiagnosticDescriptors.UnreadableTemplate, File, 3, 36, 3, 37).WithArguments("a NUL character (U+0000)"),
                At(DiagnosticDescriptors.UnreadableTemplate, File, 4, 6, 4, 7).WithArguments("the replacement character U+FFFD"))
            .RunAsync();

    [Fact]
    public Task ART0019_a_template_read_in_a_legacy_encoding_is_an_error_at_its_first_non_ASCII_character() =>
        new AnalyzerHarness()
            .AdditionalFile(File, SourceText.From("template T in N\n@headline Title first block\n@attribution Credit? starts with \"Café\"\n", System.Text.Encoding.Latin1))
            .Expect(At(DiagnosticDescriptors.UnreadableTemplate, File, 3, 38, 3, 39))
            .RunAsync();

    [Fact]
    public Task Editorconfig_keys_change_template_severities_per_folder() =>
        new AnalyzerHarness()
            .EditorConfig("", "root = true\n\n[Legacy/*.article]\ncopydesk.ART0005.severity = none\n\n[Strict/*.article]\ncopydesk.ART0005.severity = error\n")
            .Template("Legacy/A.article", "template A in N\n@headline Title first block\n")
            .Template("Strict/B.article", "template B in N\n@headline Title first block\n")
            .Expect(At(DiagnosticDescriptors.NoAttribution, "Strict/B.article", 1, 10, 1, 11).WithSeverity(DiagnosticSeverity.Error))
            .RunAsync();
}
