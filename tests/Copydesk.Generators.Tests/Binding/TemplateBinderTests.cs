using System.Linq;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Tests.Infrastructure;

namespace Copydesk.Generators.Tests.Binding;

public class TemplateBinderTests
{
    private const string Header = "template T in N\n@headline Title first block\n@attribution Credit? starts with \"By\" then {Author}\n";

    [Fact]
    public void The_wire_story_template_binds_to_a_model_with_the_engines_capture_order()
    {
        var compilation = TemplateCompilation.Compile(Fixtures.WireStoryTemplate, "WireStory.article");

        Assert.Empty(compilation.Diagnostics);
        var spec = compilation.Spec!;
        Assert.Equal(("WireStory", "NewsDesk.Templates", false), (spec.Name, spec.Namespace, spec.IsInternal));
        var credit = spec.Rules.Single(r => r.Name == "Credit");
        Assert.Equal(new[] { "Outlet", "Contributor" }, credit.Captures.Select(c => c.Name));
        Assert.Equal(credit.Captures.Select(c => c.Name), compilation.ToEngine().Rules.Single(r => r.Name == "Credit").Captures.Select(c => c.Name));
        Assert.True(spec.Rules.Single(r => r.Name == "SeeAlso").Captures.Single().IsAlwaysFilled);
        Assert.False(credit.Captures[0].IsAlwaysFilled);
    }

    [Fact]
    public void Equal_template_text_binds_to_equal_models()
    {
        var first = TemplateCompilation.Compile(Fixtures.WireStoryTemplate, "WireStory.article").Spec;
        var second = TemplateCompilation.Compile(Fixtures.WireStoryTemplate, "WireStory.article").Spec;

        Assert.Equal(first, second);
        Assert.Equal(first!.GetHashCode(), second!.GetHashCode());
    }

    [Theory]
    [InlineData("@paragraph class* otherwise", "class", "C# keyword")]
    [InlineData("@paragraph Parse* otherwise", "Parse", "already has a member 'Parse'")]
    [InlineData("@paragraph Sections* otherwise", "Sections", "already has a member")]
    [InlineData("@paragraph T* otherwise", "T", "template's own name")]
    [InlineData("@paragraph TitleBlock* otherwise", "TitleBlock", "declares the type 'TitleBlock' for section 'Title'")]
    [InlineData("@note N* /(?<Text>.+)/", "Text", "already has a member 'Text'")]
    [InlineData("@note N* /(?<NBlock>.+)/", "NBlock", "already has a member 'NBlock'")]
    public void Names_that_cannot_be_generated_are_reported_where_they_are_written(string rule, string name, string reason)
    {
        var text = Header + rule;

        var diagnostic = TemplateDiagnostics.Single(text, "ART0004");

        var located = TemplateDiagnostics.Of(text, new[] { diagnostic }).Single();
        Assert.Equal((4, name), (located.Line, located.Text));
        Assert.Contains(reason, diagnostic.Message);
        // The template still has a model, so its type is generated, but without what cannot be.
        var spec = TemplateCompilation.Compile(text, "T.article").Spec!;
        Assert.NotEmpty(spec.Errors);
        Assert.DoesNotContain(spec.Rules, r => r.Name == name);
    }

    [Fact]
    public void A_template_name_that_is_a_keyword_is_reported()
    {
        var located = TemplateDiagnostics.Compile("template namespace in N\n@headline Title first block").Single(d => d.Id == "ART0004");

        Assert.Equal((1, 10, "namespace"), (located.Line, located.Column, located.Text));
    }

    [Fact]
    public void A_duplicate_section_is_reported_at_the_second_with_the_first_as_additional_place()
    {
        var text = Header + "@paragraph Body* otherwise\n@note Body? starts with \"Note\"";

        var diagnostic = TemplateDiagnostics.Single(text, "ART0006");

        Assert.Equal((5, 7, "Body"), Located(text, diagnostic));
        Assert.Equal("Body", text.Substring(diagnostic.AdditionalSpans.Single().Start, 4));
        Assert.Equal(text.IndexOf("Body*"), diagnostic.AdditionalSpans.Single().Start);
    }

    [Fact]
    public void An_invalid_pattern_is_located_inside_the_pattern_with_the_dotnet_message()
    {
        var text = Header + "@note N* /ab[c/";

        var diagnostic = TemplateDiagnostics.Single(text, "ART0003");

        var (line, column, _) = Located(text, diagnostic);
        Assert.Equal(4, line);
        Assert.InRange(column, 11, 14);
        Assert.Contains("Unterminated [] set", diagnostic.Message);
        Assert.Contains("rule 'N'", diagnostic.Message);
    }

    [Theory]
    [InlineData("@note N* starts with \"At\" then {When:datetime}", "datetime", "did you mean 'date'?")]
    [InlineData("@note N* starts with \"At\" then {When:int(\"x\")}", "\"x\"", "only date captures take a format")]
    [InlineData("@note N* starts with \"At\" then {When:date(\"yyyy-MM-dd'\")}", "\"yyyy-MM-dd'\"", "not a valid .NET date format")]
    [InlineData("@note N* starts with \"At\" then {When:date(\"   \")}", "\"   \"", "date format is empty")]
    [InlineData("@note N* /(?<Count>\\d+)/ with {Total:int}", "Total", "no named group '(?<Total>…)'")]
    public void Unsupported_capture_types_and_formats_are_reported(string rule, string text, string reason)
    {
        var template = Header + rule;

        var diagnostic = TemplateDiagnostics.Single(template, "ART0010");

        Assert.Equal(text, Located(template, diagnostic).Text);
        Assert.Contains(reason, diagnostic.Message);
    }

    [Fact]
    public void A_template_without_headline_or_attribution_gets_warnings_and_still_generates()
    {
        var text = "template Bare in N\n@paragraph Body* otherwise";

        var compilation = TemplateCompilation.Compile(text, "Bare.article");

        Assert.Equal(new[] { ("ART0005", 1, 10, "Bare"), ("ART0008", 1, 10, "Bare") }, TemplateDiagnostics.Of(text, compilation.Diagnostics).Select(d => (d.Id, d.Line, d.Column, d.Text)));
        Assert.Contains("declares no attribution section", compilation.Diagnostics[0].Message);
        Assert.NotNull(compilation.Spec);
    }

    [Theory]
    [InlineData("@boilerplate A* one of \"x\", \"y\"\n@boilerplate B* is \"x\"", "B", "A")]
    [InlineData("@paragraph A* otherwise\n@paragraph B* otherwise", "B", "A")]
    [InlineData("@heading A* max length 90\n@heading B* max length 40 and no final punctuation", "B", "A")]
    [InlineData("@note A* starts with \"Update\"\n@note B* starts with \"Update\" and ends with \".\"", "B", "A")]
    [InlineData("@note A* in last 3 blocks\n@note B* last block", "B", "A")]
    public void A_rule_an_earlier_rule_always_preempts_is_unreachable(string rules, string unreachable, string preempting)
    {
        var text = Header + rules;

        var diagnostic = TemplateDiagnostics.Single(text, "ART0009");

        Assert.Equal(unreachable, Located(text, diagnostic).Text);
        Assert.Contains($"rule '{preempting}' is tried first", diagnostic.Message);
    }

    [Theory]
    [InlineData("@note A* max length 40\n@note B* max length 90")]
    [InlineData("@boilerplate A* is \"x\"\n@boilerplate B* one of \"x\", \"y\"")]
    [InlineData("@heading A* max length 90\n@boilerplate B* starts with \"See also\"")]
    public void Rules_that_can_still_match_are_not_reported_unreachable(string rules)
    {
        Assert.DoesNotContain(TemplateDiagnostics.Compile(Header + rules), d => d.Id == "ART0009");
    }

    [Theory]
    [InlineData("@note A* first block", "*", "can match at most one block")]
    [InlineData("@note A+ last block", "+", "can match at most one block")]
    [InlineData("@paragraph Body otherwise", "Body", "'otherwise' takes every block")]
    [InlineData("@boilerplate Footer+ is \"x\"", "+", "requiring it makes every clean article fail")]
    public void Contradictory_cardinalities_are_reported(string rule, string text, string reason)
    {
        var template = Header + rule;

        var diagnostic = TemplateDiagnostics.Single(template, "ART0011");

        Assert.Equal(text, Located(template, diagnostic).Text);
        Assert.Contains(reason, diagnostic.Message);
    }

    [Fact]
    public void Speech_verbs_with_also_extend_the_defaults_and_without_replace_them()
    {
        var extended = TemplateCompilation.Compile(Header + "speech verbs also \"reckoned\"", "T.article").Spec!;
        var replaced = TemplateCompilation.Compile(Header + "speech verbs \"reckoned\"", "T.article").Spec!;

        Assert.Contains("said", extended.SpeechVerbs);
        Assert.Contains("reckoned", extended.SpeechVerbs);
        Assert.Equal(new[] { "reckoned" }, replaced.SpeechVerbs);
    }

    [Fact]
    public void Directives_name_the_diagnostics_a_template_switches_off()
    {
        var spec = TemplateCompilation.Compile("# copydesk: disable ART0008 ART0005\ntemplate Bare in N\n@paragraph Body* otherwise", "Bare.article").Spec!;

        Assert.Equal(new[] { "ART0005", "ART0008" }, spec.DisabledDiagnostics);
    }

    private static (int Line, int Column, string Text) Located(string text, Copydesk.Generators.Diagnostics.TemplateDiagnostic diagnostic)
    {
        var located = TemplateDiagnostics.Of(text, new[] { diagnostic }).Single();
        return (located.Line, located.Column, located.Text);
    }
}
