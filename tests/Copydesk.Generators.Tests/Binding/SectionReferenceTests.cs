using System.Linq;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Binding;

namespace Copydesk.Generators.Tests.Binding;

/// <summary>Conditions that name other sections: each mistake is reported at its span, and the model the engine gets never names a missing rule.</summary>
public class SectionReferenceTests
{
    private const string Header = "template T in N\n@attribution Credit? starts with \"By\" then {Author}\n@note ReadTime? /^\\d+ min read$/i\n";

    [Fact]
    public void An_unknown_section_is_reported_at_its_name_with_the_nearest_name()
    {
        var text = Header + "@headline Title? right before section ReadTmie\n@paragraph Body* otherwise\n";

        var compilation = TemplateCompilation.Compile(text, "T.article");

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "ART0020");
        Assert.Equal(text.IndexOf("ReadTmie", System.StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("ReadTmie".Length, diagnostic.Span.Length);
        Assert.Contains("did you mean 'ReadTime'?", diagnostic.Message);

        // The model leaves the rule out: the engine built from it never meets the dangling name.
        Assert.DoesNotContain(compilation.Spec!.Rules, r => r.Name == "Title");
        EngineTemplates.Build(compilation.Spec!).Parse("x\n\n4 min read");
    }

    [Fact]
    public void A_cycle_is_reported_at_the_condition_that_closes_it_and_its_rules_are_left_out()
    {
        var text = Header + "@headline Title? right before section Reporter\n@attribution Reporter? right after section Title\n@paragraph Body* otherwise\n";

        var compilation = TemplateCompilation.Compile(text, "T.article");

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "ART0021");
        Assert.Equal(text.IndexOf("right after section Title", System.StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Contains("'Title' → 'Reporter' → 'Title'", diagnostic.Message);
        Assert.DoesNotContain(compilation.Spec!.Rules, r => r.Name is "Title" or "Reporter");
        Assert.Contains("ART0021", string.Join("\n", compilation.Spec.Errors));
    }

    [Fact]
    public void A_rule_that_names_itself_is_a_cycle()
    {
        var compilation = TemplateCompilation.Compile(Header + "@paragraph Body* after section Body\n", "T.article");

        Assert.Contains(compilation.Diagnostics, d => d.Id == "ART0021" && d.Message.Contains("'Body' → 'Body'"));
    }

    [Fact]
    public void A_rule_naming_a_rule_left_out_for_an_error_is_left_out_too()
    {
        var text = Header + "@headline Title? right before section Broken\n@note Broken? /(unclosed/\n@paragraph Body* otherwise\n";

        var compilation = TemplateCompilation.Compile(text, "T.article");

        Assert.Contains(compilation.Diagnostics, d => d.Id == "ART0003");
        Assert.DoesNotContain(compilation.Spec!.Rules, r => r.Name is "Title" or "Broken");
        EngineTemplates.Build(compilation.Spec!).Parse("x");
    }

    [Theory]
    [InlineData("before section ReadTime and after section ReadTime", "before section ReadTime", "both before and after")]
    [InlineData("right before section ReadTime and right after section ReadTime", "right before section ReadTime", "both before and after")]
    [InlineData("right before section Lead", "right before section Lead", "takes the first block")]
    [InlineData("in a run of 3 and after attribution", "after attribution", "judged on their own")]
    [InlineData("in a run of 3 and first text block", "first text block", "judged on their own")]
    public void Conditions_that_can_never_hold_are_reported_where_they_are_written(string conditions, string at, string reason)
    {
        var text = Header + "@headline Lead? first block\n@boilerplate Probe* " + conditions + "\n@paragraph Body* otherwise\n";

        var compilation = TemplateCompilation.Compile(text, "T.article");

        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "ART0022");
        Assert.Equal(text.IndexOf(at, text.IndexOf("Probe", System.StringComparison.Ordinal), System.StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Contains(reason, diagnostic.Message);
    }

    [Fact]
    public void A_run_needs_at_least_two_blocks()
    {
        var compilation = TemplateCompilation.Compile(Header + "@headline Lead? first block\n@boilerplate Menu* in a run of 1 and max length 20\n@paragraph Body* otherwise\n", "T.article");

        Assert.Contains(compilation.Diagnostics, d => d.Id == "ART0001" && d.Message.Contains("at least 2 blocks"));
    }

    [Fact]
    public void A_section_is_named_without_braces_and_a_missing_name_is_a_syntax_error()
    {
        var compilation = TemplateCompilation.Compile(Header + "@headline Title? right before section {ReadTime}\n@paragraph Body* otherwise\n", "T.article");

        Assert.Contains(compilation.Diagnostics, d => d.Id == "ART0001" && d.Message.Contains("expected the name of a section after 'right before section'"));
    }

    [Fact]
    public void Relative_rules_are_tried_after_content_rules_and_before_structural_ones_shallowest_first()
    {
        var text = Header +
            "@boilerplate Header* before section Title\n" +
            "@headline Title? right before section Reporter\n" +
            "@attribution Reporter? right before section ReadTime\n" +
            "@heading Short* max length 40\n" +
            "@paragraph Body* otherwise\n";

        var engine = EngineTemplates.Build(TemplateCompilation.Compile(text, "T.article").Spec!);

        Assert.Equal(
            new[] { "Credit", "ReadTime", "Reporter", "Title", "Header", "Short", "Body" },
            engine.EvaluationOrder.Select(i => engine.Rules[i].Name));
    }
}
