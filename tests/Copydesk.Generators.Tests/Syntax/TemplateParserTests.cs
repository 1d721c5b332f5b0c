using System.Linq;
using Copydesk.Generators.Syntax;
using Copydesk.Generators.Tests.Infrastructure;

namespace Copydesk.Generators.Tests.Syntax;

public class TemplateParserTests
{
    private const string Header = "template T in N\n";

    [Fact]
    public void The_wire_story_template_parses_without_errors_and_every_token_has_its_span()
    {
        var text = Fixtures.WireStoryTemplate;

        var tree = TemplateParser.Parse(text);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal("WireStory", tree.Declaration!.Name!.Value);
        Assert.Equal("NewsDesk.Templates", tree.Declaration.Namespace!.Value);
        Assert.Equal(new[] { "Title", "Subheading", "Body", "SeeAlso", "Update", "Credit", "CommentForm" }, tree.Rules.Select(r => r.Name!.Value));
        foreach (var rule in tree.Rules)
        {
            Assert.Equal(rule.Name!.Value, text.Substring(rule.Name.Span.Start, rule.Name.Span.Length));
            Assert.Equal(rule.Text, text.Substring(rule.Span.Start, rule.Span.Length));
            Assert.StartsWith("@", rule.Text);
        }

        var credit = tree.Rules.Single(r => r.Name!.Value == "Credit");
        var pattern = credit.Conditions.Single().Pattern!;
        Assert.Equal("/" + pattern.Value + "/", text.Substring(pattern.Span.Start, pattern.Span.Length));
        Assert.Equal("?", credit.Cardinality!.Text);

        var seeAlso = tree.Rules.Single(r => r.Name!.Value == "SeeAlso").Conditions.Single();
        Assert.Equal("See also", seeAlso.Literals.Single().Value);
        Assert.Equal("{Headline}", text.Substring(seeAlso.ThenCapture!.Span.Start, seeAlso.ThenCapture.Span.Length));
    }

    [Fact]
    public void Every_condition_form_parses()
    {
        var tree = TemplateParser.Parse(Header + """
            @note A* first block and last block and in last 3 blocks and max length 90 and no final punctuation
            @note B* is "x" and one of "a", "b" and starts with "p" then {Rest:date("d MMMM yyyy")} and ends with "s" and contains "c"
            @note C* /(?<N>\d+) dead/i with {N:int}
            @paragraph D* otherwise
            """);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(
            new[] { "FirstBlock", "LastBlocks", "LastBlocks", "MaxLength", "NoFinalPunctuation" },
            tree.Rules[0].Conditions.Select(c => c.Kind.ToString()));
        Assert.Equal(new[] { 1, 3, 90 }, tree.Rules[0].Conditions.Where(c => c.Number > 0).Select(c => c.Number));
        Assert.Equal(new[] { "Exactly", "OneOf", "StartsWith", "EndsWith", "Contains" }, tree.Rules[1].Conditions.Select(c => c.Kind.ToString()));
        Assert.Equal("d MMMM yyyy", tree.Rules[1].Conditions[2].ThenCapture!.Format!.Value);
        Assert.Equal("i", tree.Rules[2].Conditions[0].Pattern!.Flags);
        Assert.Equal("int", tree.Rules[2].Conditions[0].TypedCaptures.Single().Type!.Value);
        Assert.NotNull(tree.Rules[3].Otherwise);
    }

    [Fact]
    public void An_unknown_role_is_reported_at_the_annotation_with_a_suggestion()
    {
        var text = Header + "@headlin Title first block\n";

        var diagnostic = TemplateDiagnostics.Single(text, "ART0002");

        Assert.Equal(("ART0002", 2, 1, "@headlin"), TemplateDiagnostics.Of(text, new[] { diagnostic }).Single());
        Assert.Contains("did you mean '@headline'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("@note A* starts with \"See also", 2, 22, "\"See also", "unterminated string")]
    [InlineData("@note A* /abc", 2, 10, "/abc", "unterminated pattern")]
    [InlineData("@note A* starts wiht \"x\"", 2, 17, "wiht", "expected 'with'")]
    [InlineData("@note A* frist block", 2, 10, "frist", "did you mean 'first'?")]
    [InlineData("@note A*", 2, 9, "", "expected a matcher")]
    [InlineData("@note A* max length 0", 2, 21, "0", "whole number")]
    [InlineData("@note A* max length", 2, 20, "", "expected the maximum length")]
    [InlineData("@note A* first block and", 2, 22, "and", "expected a condition after 'and'")]
    [InlineData("@note A* otherwise and first block", 2, 20, "and first block", "unexpected")]
    [InlineData("@note A* first block and otherwise", 2, 26, "otherwise", "stands alone")]
    [InlineData("@note A* is \"a\\tb\"", 2, 15, "\\t", "unknown escape")]
    [InlineData("@note A* contains \"x\" $", 2, 23, "$", "unexpected character '$'")]
    [InlineData("@note A* starts with \"x\" then Headline", 2, 31, "Headline", "expected a capture")]
    [InlineData("@note A* starts with \"x\" then {Headline", 2, 40, "", "expected '}'")]
    [InlineData("note A* first block", 2, 1, "note", "cannot start a line")]
    [InlineData("template Again", 2, 1, "template Again", "already declared")]
    [InlineData("speech \"said\"", 2, 1, "speech", "speech verbs")]
    [InlineData("# copydesk: disable ART9999", 2, 21, "ART9999", "not a Copydesk diagnostic ID")]
    [InlineData("# copydesk: enable ART0005", 2, 1, "# copydesk: enable ART0005", "disable")]
    public void Syntax_errors_are_reported_at_their_span(string line, int expectedLine, int expectedColumn, string expectedText, string messagePart)
    {
        var text = Header + line;

        var diagnostic = TemplateDiagnostics.Single(text, "ART0001");

        Assert.Equal(("ART0001", expectedLine, expectedColumn, expectedText), TemplateDiagnostics.Of(text, new[] { diagnostic }).Single());
        Assert.Contains(messagePart, diagnostic.Message);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_not_just_the_first()
    {
        var text = Header + """
            @headlin Title first block
            @note A* starts with "unterminated
            @note B* frist block and max length 0
            @paragraph Body* otherwise
            """;

        var diagnostics = TemplateDiagnostics.Compile(text);

        Assert.Equal(
            new[] { ("ART0002", 2), ("ART0001", 3), ("ART0001", 4), ("ART0001", 4) },
            diagnostics.Where(d => d.Id is "ART0001" or "ART0002").Select(d => (d.Id, d.Line)));
    }

    [Fact]
    public void A_template_without_declaration_is_an_error_at_the_first_rule()
    {
        var text = "# comment\n@paragraph Body* otherwise\n";

        var diagnostic = TemplateDiagnostics.Single(text, "ART0001");

        Assert.Equal(("ART0001", 2, 1, ""), TemplateDiagnostics.Of(text, new[] { diagnostic }).Single());
        Assert.Contains("no 'template Name' declaration", diagnostic.Message);
    }

    [Theory]
    [InlineData("@")]
    [InlineData("\"")]
    [InlineData("/")]
    [InlineData("{}:()")]
    [InlineData("template")]
    [InlineData("template T in")]
    [InlineData("@note X* starts with \"a\" then {B:date(\"x\"")]
    public void Malformed_templates_never_throw(string text)
    {
        var tree = TemplateParser.Parse(text);

        Assert.NotEmpty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\r\n")]
    [InlineData("# only a comment\n")]
    public void A_file_without_statements_is_an_empty_template_not_a_syntax_error(string text)
    {
        Assert.Empty(TemplateParser.Parse(text).Diagnostics);
        Assert.Equal(new[] { ("ART0013", 1, 1, "") }, TemplateDiagnostics.Compile(text));
    }

    [Fact]
    public void Directives_and_speech_verbs_are_read()
    {
        var tree = TemplateParser.Parse(Header + "# copydesk: disable ART0005, ART0008\nspeech verbs also \"reckoned\", \"in a statement\"\n");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(new[] { "ART0005", "ART0008" }, tree.Directives.SelectMany(d => d.Ids).Select(i => i.Id));
        Assert.True(tree.SpeechVerbs!.Also);
        Assert.Equal(new[] { "reckoned", "in a statement" }, tree.SpeechVerbs.Verbs.Select(v => v.Value));
    }

    [Fact]
    public void Crlf_and_trailing_comments_are_accepted()
    {
        var tree = TemplateParser.Parse("internal template T in N # the type\r\n@headline Title first block # the first block\r\n");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal("internal", tree.Declaration!.Accessibility!.Value);
        Assert.Single(tree.Rules);
    }
}
