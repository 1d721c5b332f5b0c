using System.Linq;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Copydesk.Generators.Tests.Binding;

/// <summary>Templates written to hurt: a bounded number of diagnostics, bounded pattern sizes, warnings for patterns that need backtracking.</summary>
public class HostileTemplateTests
{
    private const string Header = "template T in N\n@headline Title first block\n@attribution Credit? starts with \"By\"\n";

    [Fact]
    public void A_line_of_a_hundred_thousand_stray_characters_gives_ten_problems_and_one_summary()
    {
        var compilation = TemplateCompilation.Compile(Header + "@note N* " + new string('\\', 100_000) + "\n", "T.article");

        Assert.Equal(11, compilation.Diagnostics.Length);
        Assert.All(compilation.Diagnostics.Take(10), d => Assert.Equal("ART0001", d.Id));
        var summary = compilation.Diagnostics.Last();
        Assert.Equal("ART0018", summary.Id);
        Assert.Contains("more problems in this template are not shown (the first at line 4)", summary.Message);
        Assert.True(summary.IsError);
    }

    [Fact]
    public void A_file_of_broken_lines_gives_at_most_a_hundred_problems_and_one_summary()
    {
        var text = Header + string.Concat(Enumerable.Repeat("@nope X* frist block\n", 500));

        var compilation = TemplateCompilation.Compile(text, "T.article");

        Assert.Equal(101, compilation.Diagnostics.Length);
        Assert.Equal("ART0018", compilation.Diagnostics.Last().Id);
    }

    [Fact]
    public void A_pattern_longer_than_the_limit_is_an_error_at_the_pattern_before_it_is_built()
    {
        var pattern = "/" + new string('a', 100_000) + "/i";
        var text = Header + "@note Long? " + pattern + "\n";

        var diagnostic = TemplateDiagnostics.Single(text, "ART0017");

        Assert.Equal(pattern, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Contains("has 100000 characters; patterns may have at most 5000", diagnostic.Message);
    }

    [Theory]
    [InlineData(@"/^(?=x)y/")]
    [InlineData(@"/^(?<q>ab)-\k<q>$/")]
    [InlineData(@"/^(?>a+)b/")]
    public void A_pattern_that_needs_backtracking_is_warned_at_the_pattern(string pattern)
    {
        var text = Header + "@note Slow? " + pattern + "\n";

        var diagnostic = TemplateDiagnostics.Single(text, "ART0016");

        Assert.Equal(pattern, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.False(diagnostic.IsError);
        Assert.Contains("needs the backtracking engine", diagnostic.Message);
    }

    public static TheoryData<string, string> FailingInputsOfTheHostileReport() => new()
    {
        { "T.article", Header + "@note N? is \"a\u2028#error injected\"\n" },
        { "T.article", Header + "@note N? is \"a\u2028#pragma warning disable CS0000 //\"\n" },
        { "T.article", Header + "@note N? /a\u2028#error injected/\n@note M? /b\u2029class Injected { }\u0085/\n" },
        { "x\u2028class Injected { public static int V = 42; }\u2028#pragma warning disable .article", Header },
        { "T.article", Header + "@note Toll* /^(a+)+$/\n" },
        { "T.article", Header + "@note N* " + new string('\\', 100_000) + "\n" },
        { "T.article", Header + "@note Long? /" + new string('a', 100_000) + "/i\n" },
        { "T.article", Header.Replace("\"By\"", "\"B\0y\"") },
        { "T.article", Header + "# Caf\uFFFD\n" },
        { "T.article", "template Foo in Dup" + Header.Substring("template T in N".Length) + "\0" },
    };

    [Theory]
    [MemberData(nameof(FailingInputsOfTheHostileReport))]
    public void The_generator_never_throws_and_nothing_escapes_into_generated_code(string fileName, string template)
    {
        var (output, result) = GeneratorHarness.Run(("Templates/" + fileName, template), ("Other/foo.article", "template foo in Dup" + Header.Substring("template T in N".Length)));

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Null(output.GetTypeByMetadataName("Injected"));
    }

    [Fact]
    public void A_pattern_the_linear_time_engine_runs_is_not_warned()
    {
        Assert.DoesNotContain(TemplateCompilation.Compile(Header + "@note Fast? /^(a+)+$/\n", "T.article").Diagnostics, d => d.Id == "ART0016");
    }
}
