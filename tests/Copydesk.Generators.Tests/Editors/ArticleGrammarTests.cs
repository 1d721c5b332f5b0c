using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Copydesk.Generators.Catalog;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Syntax;
using Copydesk.Generators.Tests.Infrastructure;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Copydesk.Generators.Tests.Editors;

/// <summary>
/// The TextMate grammar of editors/vscode, run by TextMateSharp as editors run it, against the
/// template lexer: every token of every template in the repository (samples, the built-in template,
/// the catalog, the test templates and the templates quoted in docs) gets the scope its token kind
/// calls for, so the grammar cannot drift from the language.
/// </summary>
public class ArticleGrammarTests
{
    private static readonly string GrammarPath = Path.Combine(Fixtures.RepositoryRoot, "editors", "vscode", "syntaxes", "copydesk-article.tmLanguage.json");

    /// <summary>The words the parser reads as keywords: the condition table's words, capture types and statement words.</summary>
    private static readonly HashSet<string> Keywords = new(
        ConditionDescriptor.All.SelectMany(d => d.Phrases).SelectMany(p => p.Words.Where((_, i) => !p.IsPlaceholder(i)))
            .Concat(CaptureType.All.Select(t => t.Keyword))
            .Concat(new[] { "template", "public", "internal", "in", "speech", "verbs", "also", "use", "except", "and", "otherwise", "ignoring", "case", "then", "with" }),
        System.StringComparer.Ordinal);

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllTemplates())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_token_gets_the_scope_of_its_kind(string name)
    {
        var text = AllTemplates().Single(t => t.Name == name).Text;

        var mismatches = Mismatches(text);

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void The_grammars_keywords_are_exactly_the_languages_keywords()
    {
        using var grammar = JsonDocument.Parse(File.ReadAllText(GrammarPath));
        var match = grammar.RootElement.GetProperty("repository").GetProperty("keyword").GetProperty("match").GetString()!;
        var alternation = Regex.Match(match, @"\(\?:([a-z|]+)\)").Groups[1].Value;

        Assert.Equal(Keywords.OrderBy(k => k, System.StringComparer.Ordinal), alternation.Split('|').OrderBy(k => k, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("@paragraph Body* starts with \"unterminated")]
    [InlineData("@note N? /unterminated(pattern")]
    [InlineData("@paragraph Body* max length 90chars = ! § otherwise")]
    [InlineData("@boilerplate \"quoted # not a comment\" /a\\/b/i # a comment")]
    public void Malformed_lines_are_scoped_as_the_lexer_reads_them_and_do_not_swallow_the_next_line(string line)
    {
        var text = "template T in N\n" + line + "\n@headline Title first block and max length 90\n";

        Assert.Empty(Mismatches(text));
    }

    /// <summary>Every lexer token whose grammar tokens do not carry the scope its kind calls for.</summary>
    private static List<string> Mismatches(string text)
    {
        var grammar = LoadGrammar();
        var mismatches = new List<string>();
        IStateStack? state = null;
        var lineStart = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var result = grammar.TokenizeLine(line, state, System.TimeSpan.FromSeconds(5));
            state = result.RuleStack;
            var scoped = result.Tokens;
            foreach (var token in TemplateLexer.LexLine(line, 0, line.Length, new List<TemplateDiagnostic>()))
            {
                var expected = ScopeFor(token);
                var covering = scoped.Where(t => t.StartIndex < token.Span.End && System.Math.Min(t.EndIndex, line.Length) > token.Span.Start).ToList();
                if (covering.Count == 0 || covering.Any(t => !t.Scopes[^1].StartsWith(expected, System.StringComparison.Ordinal)) ||
                    covering[0].StartIndex != token.Span.Start || System.Math.Min(covering[^1].EndIndex, line.Length) != token.Span.End)
                {
                    mismatches.Add($"line at {lineStart}: {token.Kind} '{token.Text}' expected {expected}, got " +
                        string.Join(", ", covering.Select(t => $"[{t.StartIndex}..{t.EndIndex}) {t.Scopes[^1]}")));
                }
            }

            lineStart += rawLine.Length + 1;
        }

        return mismatches;
    }

    private static string ScopeFor(TemplateToken token) => token.Kind switch
    {
        TokenKind.Word => Keywords.Contains(token.Value) ? "keyword.other." : "variable.other.name.",
        TokenKind.Annotation => "storage.type.role.",
        TokenKind.String => "string.quoted.double.",
        TokenKind.Pattern => "string.regexp.",
        TokenKind.Number => "constant.numeric.",
        TokenKind.Symbol => "punctuation.separator.",
        TokenKind.Comment => "comment.line.number-sign.",
        _ => "invalid.illegal.",
    };

    private static IGrammar LoadGrammar() => new Registry(new GrammarOptions()).LoadGrammar("source.copydesk-article");

    /// <summary>Every template the repository holds, by a name for the test's report.</summary>
    private static IEnumerable<(string Name, string Text)> AllTemplates()
    {
        foreach (var path in Directory.EnumerateFiles(Fixtures.RepositoryRoot, "*.article", SearchOption.AllDirectories)
                     .Where(p => !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                     .OrderBy(p => p, System.StringComparer.Ordinal))
        {
            yield return (Path.GetRelativePath(Fixtures.RepositoryRoot, path).Replace('\\', '/'), File.ReadAllText(path));
        }

        yield return ("TestTemplates.CourtReport", TestTemplates.CourtReport);
        yield return ("TestTemplates.Minimal", TestTemplates.Minimal);
        yield return ("TestTemplates.EveryCondition", TestTemplates.EveryCondition);
        foreach (var family in BuiltInCatalog.Families)
        {
            yield return ("catalog " + family.Name, family.Text);
        }

        // Fenced blocks without a language in the docs whose first line is a template statement.
        foreach (var doc in Directory.EnumerateFiles(Path.Combine(Fixtures.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            var index = 0;
            foreach (Match block in Regex.Matches(File.ReadAllText(doc), "^```\\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline))
            {
                var body = block.Groups[1].Value;
                var first = body.TrimStart().Split('\n')[0];
                if (first.StartsWith("template ", System.StringComparison.Ordinal) || first.StartsWith("@", System.StringComparison.Ordinal) || first.StartsWith("#", System.StringComparison.Ordinal))
                {
                    yield return ($"{Path.GetFileName(doc)} block {++index}", body);
                }
            }
        }
    }

    private sealed class GrammarOptions : IRegistryOptions
    {
        public IRawGrammar GetGrammar(string scopeName)
        {
            using var reader = new StreamReader(GrammarPath);
            return GrammarReader.ReadGrammarSync(reader);
        }

        public ICollection<string>? GetInjections(string scopeName) => null;

        public IRawTheme? GetTheme(string scopeName) => null;

        // Scopes are what is tested; an empty theme colours nothing.
        public IRawTheme GetDefaultTheme()
        {
            using var reader = new StreamReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"name\":\"none\",\"settings\":[]}")));
            return ThemeReader.ReadThemeSync(reader);
        }
    }
}
