using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Copydesk.Fuzz;
using Copydesk.Generators.Tests.Infrastructure;
using RuntimeTemplate = global::Copydesk.ArticleTemplate;

namespace Copydesk.Generators.Tests.Emit;

/// <summary>
/// The emitted dispatch is a second implementation of classification, allowed only with this proof:
/// on every sample, page, corpus, fixture and fuzzer article, each generated template classifies
/// block by block as its rules interpreted do (same rule, same captures, same findings).
/// </summary>
public class DispatchDifferentialTests
{
    [Fact]
    public void Every_generated_template_classifies_every_article_as_its_interpreted_rules()
    {
        var templates = GeneratedTemplates();
        var articles = Articles();
        Assert.True(articles.Count > 150, $"only {articles.Count} articles");

        var disagreements = new List<string>();
        foreach (var template in templates)
        {
            Assert.NotNull(template.Dispatch);
            foreach (var (name, text) in articles)
            {
                if (DispatchAgreement.FirstDisagreement(template, text) is { } disagreement)
                {
                    disagreements.Add($"{template.Name} on {name}: {disagreement}");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Rules_the_dispatch_inlines_still_decide_the_same_on_edge_cases()
    {
        // Each inlined check at its boundary: the word boundary after a prefix, quotes the engine folds,
        // lengths at the limit, punctuation behind closing quotes, first and last blocks.
        var template = Compile("""
            template Edges
            @headline  Title      first block
            @note      Update?    starts with "Update"
            @note      Quoted*    starts with "'Tis"
            @boilerplate Promo*   one of "Subscribe", "Log in"
            @boilerplate Footer*  is "The End" and last block
            @heading   Short*     max length 12 and no final punctuation
            @paragraph Body*      otherwise
            """).Single();
        var article = string.Join("\n\n",
            "Title", "Update", "Updated figures follow.", "Update: the figures", "’Tis the season", "'Tis the season",
            "Subscribe", "Subscribe now", "Log in", "Twelve chars", "Thirteen char", "Short “one.”", "Short (one)",
            "The End", "middle", "The End");

        Assert.Null(DispatchAgreement.FirstDisagreement(template, article));
        var parsed = template.Parse(article);
        Assert.Equal(
            new[] { "Title", "Update", "Body", "Update", "Quoted", "Quoted", "Promo", "Body", "Promo", "Short", "Body", "Body", "Short", "Short", "Short", "Footer" },
            parsed.Blocks.Select(b => b.Rule?.Name));
    }

    [Fact]
    public void A_pattern_asked_for_its_end_literal_first_decides_and_captures_the_same()
    {
        // Credit and Note are asked for their end literal (and Note for its start) before the engine runs them; Tail's pattern comes
        // after a condition the engine decides, so asking for its end first could skip that one: not asked.
        const string source = """
            template Ends
            @headline    Title    first block
            @attribution Credit?  /^(?<Who>\w+) contributed to this report\.$/
            @note        Note*    /^Note: .+ ends here\.$/
            @boilerplate Tail*    after attribution and /(?<Last>\w+) fin\.$/
            @paragraph   Body*    otherwise
            """;
        var generated = GeneratorHarness.Run(("Templates/Ends.article", source)).Result.GeneratedTrees.Single().ToString();
        Assert.Contains("block.EndsWith(\" contributed to this report.\") && block.Matches(1)", generated, StringComparison.Ordinal);
        Assert.Contains("block.EndsWith(\" ends here.\") && block.Begins(\"Note: \") && block.Holds(2, 0)", generated, StringComparison.Ordinal);

        // And for the blocks too short for a match ("Note: " + one character + " ends here." is 18).
        Assert.Contains("block.LengthAtLeast(2, 0, 18)", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("block.EndsWith(\" fin.\")", generated, StringComparison.Ordinal);

        var template = Compile(source).Single();
        var article = string.Join("\n\n",
            "Title", "Bob fin.", "Ana contributed to this report.x", "contributed to this report.", "Ana  contributed\nto this\u00A0report.",
            "Note: the  figures ends\there.", "Note: x ends here", "Note: ends here.", "Carl fin.", "Dana\u2009fin.", "Body text.");

        Assert.Null(DispatchAgreement.FirstDisagreement(template, article));
        var parsed = template.Parse(article);
        Assert.Equal(
            new[] { "Title", "Body", "Body", "Body", "Credit", "Note", "Body", "Body", "Tail", "Tail", "Body" },
            parsed.Blocks.Select(b => b.Rule?.Name));
        Assert.Equal("Ana", parsed.Blocks[4].GetCapture("Who"));
        Assert.Equal("Carl", parsed.Blocks[8].GetCapture("Last"));
        Assert.Equal("Dana", parsed.Blocks[9].GetCapture("Last"));
    }

    [Fact]
    public void A_pattern_asked_first_for_its_literals_and_length_decides_the_same_on_irregular_blocks()
    {
        // Handle needs an @, Crumb a › or » and the literal "Section ", Desk the phrase " Desk" and 9 characters:
        // the dispatch asks those of the block's source range (raw white space), the engine of its collapsed text.
        const string source = """
            template Literals
            @attribution Handle*   /^(?<Who>\w+) ?@\w+$/
            @boilerplate Crumb*    /^Section [›»] \w+$/
            @attribution Desk*     /^(?<Where>\w+) Desk$/
            @paragraph   Body*     otherwise
            """;
        var generated = GeneratorHarness.Run(("Templates/Literals.article", source)).Result.GeneratedTrees.Single().ToString();
        Assert.Contains("block.ContainsAny(\"@\")", generated, StringComparison.Ordinal);
        Assert.Contains("block.Begins(\"Section \")", generated, StringComparison.Ordinal);
        Assert.Contains("block.EndsWith(\" Desk\")", generated, StringComparison.Ordinal);
        Assert.Contains("block.LengthAtLeast(2, 0, 6)", generated, StringComparison.Ordinal);

        var template = Compile(source).Single();
        var article = string.Join("\n\n",
            "Ana  @desk", "Ana\t@", "@ana", "Section  ›\u00A0News", "Section News", "Section»News", "Metro\u2009Desk", "Desk", "A Desk", "x");

        Assert.Null(DispatchAgreement.FirstDisagreement(template, article));
        Assert.Equal(
            new[] { "Handle", "Body", "Body", "Crumb", "Body", "Body", "Desk", "Body", "Desk", "Body" },
            template.Parse(article).Blocks.Select(b => b.Rule?.Name));
    }

    [Fact]
    public void Rules_the_candidate_screen_rules_out_decide_the_same_at_its_edges()
    {
        // Seven rules the screen reads: lengths at their limits (collapsed, not as written), first characters
        // in and out of a pattern's set, a bullet a pattern lists outside ASCII, the Kelvin sign a
        // case-insensitive k matches, and a back-reference only backtracking decides (its part is not trusted).
        const string source = """
            template Screened
            @boilerplate Menu*     max length 8 and /^(?:menu|kit)$/i
            @boilerplate Bullet*   max length 20 and /^[•·] \w+/
            @attribution Credit*   /^Source: (?<Who>\w+)$/
            @note        Update*   max length 24 and /^Update(?:d)?: .+/
            @boilerplate Tiny*     max length 6
            @boilerplate Twin*     /^(\w)\1 .+$/
            @boilerplate Mark*     max length 16 and /^(?:©|\(c\)) \d{4}/
            @paragraph   Body*     otherwise
            """;
        var generated = GeneratorHarness.Run(("Templates/Screened.article", source)).Result.GeneratedTrees.Single().ToString();
        Assert.Contains("var candidates = block.Candidates(__Candidates);", generated, StringComparison.Ordinal);
        Assert.Contains(".Add(0, 0, maxLength: 8, condition: 1, minLength: 3", generated, StringComparison.Ordinal);

        var template = Compile(source).Single();
        var article = string.Join("\n\n",
            "menu", "MENU", "me\nnu", "Menu  \t", "\u212Ait", "menus", "• News", "·   Sport", "- News", "•" + new string('x', 19),
            "Source: AP", "Source:  AP", "Update: the figures", "Updated: a much later figure", "Update:\nx", "Short", "Tiny  \n1",
            "aa bb", "ab bb", "© 2024 Site", "(c) 2024", "(c)  2024 Longer Site", "x");

        Assert.Null(DispatchAgreement.FirstDisagreement(template, article));
        Assert.Equal(
            new[]
            {
                "Menu", "Menu", "Tiny", "Menu", "Menu", "Tiny", "Bullet", "Bullet", "Tiny", "Body",
                "Credit", "Credit", "Update", "Body", "Update", "Tiny", "Tiny",
                "Twin", "Tiny", "Mark", "Mark", "Body", "Tiny",
            },
            template.Parse(article).Blocks.Select(b => b.Rule?.Name));
    }

    [Fact]
    public void Rules_the_candidate_screen_rules_out_by_their_literals_decide_the_same_at_its_edges()
    {
        // The screen also reads a starts with, one of or is before any pattern: the lengths of the literals as
        // the engine normalizes them, and every character its comparison takes as equal to their first one —
        // other cases, ſ for s (ignoring case), curly quotes for straight ones — in and out of the set.
        const string source = """
            template Literal
            @boilerplate SeeAlso*  starts with "See also" ignoring case then {Headline}
            @attribution Lead*     one of "By", "Written  by", "Von" ignoring case
            @boilerplate Quoted*   starts with "'Tis"
            @boilerplate End*      is "The End"
            @boilerplate Menu*     max length 8 and /^(?:menu|kit)$/i
            @note        Update*   max length 24 and /^Update(?:d)?: .+/
            @paragraph   Body*     otherwise
            """;
        var generated = GeneratorHarness.Run(("Templates/Literal.article", source)).Result.GeneratedTrees.Single().ToString();
        Assert.Contains(".Add(0, 0, condition: 0, minLength: 8, low: 0x0000000000000000UL, high: 0x0008000000080000UL, others: \"ſ\")", generated, StringComparison.Ordinal);
        Assert.Contains(".Add(1, 1, maxLength: 10, condition: 0, minLength: 2,", generated, StringComparison.Ordinal);
        Assert.Contains(".Add(3, 3, maxLength: 7, condition: 0, minLength: 7,", generated, StringComparison.Ordinal);

        var template = Compile(source).Single();
        var article = string.Join("\n\n",
            "See also: the budget", "SEE ALSO the vote", "ſee also the vote", "See also", "See  also\nthe  vote", "Seen also here", "The budget, see also",
            "By", "BY", "by", "Written by", "written\n  by", "Written by Jane", "Von", "vON", "Bye", "B", "Par",
            "'Tis the season", "’Tis the season", "‘Tis the season", "'Ti", "tis the season",
            "The End", "The  End", "The end", "The End.",
            "menu", "kit", "Update: the figures", "x");

        Assert.Null(DispatchAgreement.FirstDisagreement(template, article));
        Assert.Equal(
            new[]
            {
                "SeeAlso", "SeeAlso", "SeeAlso", "Body", "SeeAlso", "Body", "Body",
                "Lead", "Lead", "Lead", "Lead", "Lead", "Body", "Lead", "Lead", "Body", "Body", "Body",
                "Quoted", "Quoted", "Quoted", "Body", "Body",
                "End", "End", "Body", "Body",
                "Menu", "Menu", "Update", "Body",
            },
            template.Parse(article).Blocks.Select(b => b.Rule?.Name));
    }

    private static List<RuntimeTemplate> GeneratedTemplates()
    {
        var sources = Directory.GetFiles(Path.Combine(Fixtures.SampleDirectory, "Templates"), "*.article")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => File.ReadAllText(path))
            .ToArray();
        var templates = Compile(sources);

        // The built-in NewsArticle is generated into the runtime itself.
        templates.Add(global::Copydesk.Templates.NewsArticle.Template);
        return templates;
    }

    private static List<RuntimeTemplate> Compile(params string[] sources)
    {
        var assembly = GeneratorHarness.CompileAndLoad(sources.Select((text, i) => ($"Templates/T{i}.article", text)).ToArray());
        return assembly.GetTypes()
            .Select(type => type.GetProperty("Template")?.GetValue(null))
            .OfType<RuntimeTemplate>()
            .ToList();
    }

    /// <summary>Every article the repository has, each byline alone, and the fuzzer's articles for its first seeds.</summary>
    internal static List<(string Name, string Text)> Articles()
    {
        var root = Fixtures.RepositoryRoot;
        var files = new[]
            {
                Path.Combine(root, "samples", "NewsDesk", "Articles"),
                Path.Combine(root, "samples", "NewsDesk", "Pages"),
                Path.Combine(root, "tests", "Fixtures"),
                Path.Combine(root, "tests", "Copydesk.Tests", "Corpus"),
            }
            .SelectMany(directory => Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(root, path), File.ReadAllText(path)))
            .ToList();

        var bylines = File.ReadAllLines(Path.Combine(root, "tests", "Fixtures", "bylines.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select((line, i) => ($"byline {i}", "Headline\n\n" + line + "\n\nA paragraph of the story."));

        var inputs = new FuzzInputs(Path.Combine(AppContext.BaseDirectory, "Seeds"));
        var fuzzed = Enumerable.Range(1, 40).SelectMany(seed => inputs.Articles(seed, 3).Select((text, i) => ($"fuzz {seed}.{i}", text)));

        return files.Concat(bylines).Concat(fuzzed).ToList();
    }
}
