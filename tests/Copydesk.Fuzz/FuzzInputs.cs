using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Copydesk.Fuzz;

/// <summary>
/// Seeded inputs: templates (mutations of real templates, grammar-driven, random text), articles,
/// patterns and names. The same seed always gives the same case, so a failure is replayed by its seed.
/// </summary>
public sealed class FuzzInputs
{
    private static readonly string[] Roles = { "headline", "heading", "paragraph", "attribution", "note", "boilerplate", "headlin", "role", "" };

    private static readonly string[] Cardinalities = { "", "?", "*", "+", "**", "?+" };

    private static readonly string[] Names =
    {
        "Title", "Body", "Credit", "Update", "SeeAlso", "Author", "Outlet", "Headline", "Count", "Date", "Note", "X", "Étude", "Ωmega", "_under",
        // Generated members, nested types, runtime types, keywords and contextual keywords.
        "Template", "Source", "Findings", "Boilerplate", "Attributions", "Notes", "CleanText", "Sections", "Section", "Unmatched", "UnmatchedBlock",
        "Parse", "TryParse", "TitleBlock", "BodyBlock", "CreditBlock", "Block", "Text", "Span", "Line", "Column", "Offset", "Length", "RuleName",
        "ArticleTemplate", "TemplateBlock", "IArticle", "ParsedArticle", "Copydesk", "System", "Templates",
        "class", "int", "string", "this", "base", "var", "dynamic", "record", "file", "required", "scoped", "nameof", "global", "value", "get", "set",
        "async", "await", "partial", "where", "yield", "field", "notnull", "unmanaged", "managed", "args", "__x", "block", "value0", "source", "text", "item",
        "1abc", "a-b", "a.b", "", "@x", "x\u2028y", "x\u200By",
    };

    private static readonly string[] Namespaces = { "", " in N", " in N.Sub", " in Copydesk", " in Copydesk.Templates", " in System", " in nameof", " in N.record", " in global", " in A..B", " in Dup", " in dup" };

    private static readonly string[] Hostile =
    {
        "\u2028", "\u2029", "\u0085", "\r", "\n", "\0", "\uFFFD", "\t", "\u00A0", "\uFEFF", "\"", "\\", "/", "{", "}", "(", ")", "*/", "/*", "//", "#",
        "<", ">", "&", "'", "’", "“", "”", "#error x", "#pragma warning disable", "\uD800", "\uDC00", "😀", "ǅ", "\u0301", "$", "@", ",", ":", "and", "then",
    };

    private static readonly string[] Conditions =
    {
        "first block", "first text block", "last block", "in last 3 blocks", "in last 0 blocks", "in last 99999999999 blocks", "after attribution",
        "max length 90", "max line length 40", "min lines 3", "no final punctuation", "mostly links", "otherwise",
        "is \"{0}\"", "is \"{0}\" ignoring case", "one of \"{0}\", \"{1}\"", "starts with \"{0}\"", "starts with \"{0}\" then {{{2}}}",
        "starts with \"{0}\" ignoring case then {{{2}:int}}", "starts with \"{0}\" then {{{2}:date(\"yyyy-MM-dd\")}}", "starts with \"{0}\" then {{{2}:datetime}}",
        "ends with \"{0}\"", "contains \"{0}\"", "/{3}/", "/{3}/i", "/{3}/x", "/(?<{2}>\\d+) items/ with {{{2}:int}}", "/(?<{2}>.+)/ with {{{2}:decimal}}",
        "frist block", "max length", "starts wiht \"x\"", "", "and", "is", "one of", "/(unclosed/",
        "in story", "outside story", "story headline", "before section Title", "after section {2}", "right before section Credit",
        "right after section {2}", "before section", "after section {{{2}}}", "in a run of 3", "in a run of 0", "in a run of 99999999999",
        "in a run of 2 and after attribution", "before section Title and after section Title",
    };

    private static readonly string[] PatternPieces =
    {
        "^", "$", "a", "By ", "(?<Author>.+)", "(?<Author>\\p{Lu}\\w+)", "\\d+", "(a+)+", "(a|aa)*", "(?=a)", "(?!b)", "(?<=x)", "\\1", "(x)", "\\k<Author>",
        "(?>a+)", "(?(x)a|b)", "[a-z-[aeiou]]", "[^\\n]", "\\u2028", "\\x22", "\\p{IsGreek}", "(?i)", "(?i:abc)", ".*?", ".*", "{2,}", "|", "\\", "[", ")", "(?#c)",
        "contributed to this report\\.", "’", "\u2028", "(?<1a>x)", "(?<Text>x)", "(?<Block>y)",
    };

    private static readonly string[] ArticleBlocks =
    {
        "A headline for the test", "By Jane Doe", "See also\u00A0 Something else", "Leave a Reply", "Your email address will not be published.",
        "“We are ready,” the official said.", "NATO is “a defensive alliance.", "The story was updated on Monday.", "CNN’s Jane Doe contributed to this report.",
        "Case 12 (High Court)", "Hearing date: 23 December 2021", "Q: Where were you?", "Source: Reuters", "12 items", "1,234.5", "2021-13-40",
        "http://example.com/a http://example.com/b", "Home\nNews\nLocal\nSport", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "x\u2028y", "\uFFFD", "\0",
        "😀 emoji block", "A very long block " + new string('w', 5000), "  \t ", "Short heading", "Body text, she said.",
    };

    private static readonly string[] ValidNames =
    {
        "Title", "Body", "Credit", "Update", "SeeAlso", "Author", "Outlet", "Headline", "Count", "Date", "Note", "X", "Étude", "Ωmega", "_under",
        "value", "get", "set", "async", "await", "partial", "where", "yield", "field", "notnull", "unmanaged", "args", "block", "value0", "source", "text", "item",
        "record", "file", "required", "scoped", "Heading", "Paragraphs", "Add",
    };

    private static readonly string[] ValidConditions =
    {
        "first text block", "in last 3 blocks", "after attribution", "max length 90", "max line length 40", "min lines 3", "no final punctuation", "mostly links",
        "is \"{0}\"", "is \"{0}\" ignoring case", "one of \"{0}\", \"{1}\"", "starts with \"{0}\"", "starts with \"{0}\" then {{{2}}}",
        "starts with \"{0}\" ignoring case then {{{2}:int}}", "ends with \"{0}\"", "contains \"{0}\"", "/{3}/", "/{3}/i",
        "in story", "outside story", "before section Title", "after section Credit", "in a run of 3 and max length 40",
    };

    private static readonly string[] ValidPatterns =
    {
        "^By (?<{0}>.+)$", "(?<{0}>\\d+) items", "^(a+)+$", "^(?=x)y", "x{{1}}y", "^Case (?<{0}>\\d+)$", "\\u2028", "\\x22", "\\p{{IsGreek}}+", "[a-z-[aeiou]]{{2}}",
        "contributed to this report\\.$", "^(?<{0}>\\p{{Lu}}\\w+)’s", "(?i)see also", "^.*?(?<{0}>z)",
    };

    private readonly string[] _seedTemplates;
    private readonly string[] _seedArticles;

    public FuzzInputs(string seedDirectory)
    {
        _seedTemplates = Directory.Exists(seedDirectory) ? Directory.GetFiles(seedDirectory, "*.article").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray() : new string[0];
        _seedArticles = Directory.Exists(seedDirectory) ? Directory.GetFiles(seedDirectory, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray() : new string[0];
    }

    /// <summary>The template of case <paramref name="seed"/>.</summary>
    public string Template(int seed)
    {
        var random = new Random(seed);
        return (seed % 8) switch
        {
            0 when _seedTemplates.Length > 0 => Mutate(random, _seedTemplates[random.Next(_seedTemplates.Length)], random.Next(1, 6)),
            1 or 2 or 3 => Valid(random, seed),
            4 => Mutate(random, Valid(random, seed), 1),
            5 or 6 => Grammar(random),
            _ => random.Next(2) == 0 ? Mutate(random, Grammar(random), random.Next(1, 4)) : RandomText(random),
        };
    }

    /// <summary>The articles case <paramref name="seed"/> parses.</summary>
    public string[] Articles(int seed, int count)
    {
        var random = new Random(~seed);
        var articles = new string[count];
        for (var i = 0; i < count; i++)
        {
            articles[i] = i == 0 && _seedArticles.Length > 0 ? _seedArticles[random.Next(_seedArticles.Length)] : Article(random);
        }

        return articles;
    }

    /// <summary>A template meant to be valid: real names and conditions, hostile text only where text belongs (literals, patterns, comments).</summary>
    private static string Valid(Random random, int seed)
    {
        var builder = new StringBuilder($"template Fuzz{seed} in Fuzz.N{seed % 7}\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\" then {{Author}}\n");
        if (random.Next(4) == 0)
        {
            builder.Append("speech verbs also \"").Append(Literal(random)).Append("x\"\n");
        }

        var used = new System.Collections.Generic.HashSet<string> { "Title", "Body", "Credit", "TitleBlock", "BodyBlock", "CreditBlock" };
        var rules = random.Next(1, 8);
        for (var r = 0; r < rules; r++)
        {
            var name = Pick(random, ValidNames);
            if (!used.Add(name) || used.Contains(name + "Block") || name.EndsWith("Block", StringComparison.Ordinal))
            {
                continue;
            }

            used.Add(name + "Block");
            var role = Pick(random, new[] { "heading", "note", "boilerplate", "attribution" });
            builder.Append('@').Append(role).Append(' ').Append(name).Append(role == "boilerplate" ? Pick(random, new[] { "?", "*" }) : Pick(random, new[] { "?", "*" })).Append(' ');
            var capture = "C" + r;
            builder.Append(string.Format(Pick(random, ValidConditions), "x" + Literal(random), "y" + Literal(random), capture, string.Format(Pick(random, ValidPatterns), capture).Replace("/", "\\/")));
            if (random.Next(3) == 0)
            {
                builder.Append("  # ").Append(Pick(random, Hostile).Replace("\r", "").Replace("\n", ""));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private string Grammar(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(10) > 0)
        {
            builder.Append(random.Next(6) switch { 0 => "internal ", 1 => "public ", _ => "" })
                .Append("template ").Append(Pick(random, Names)).Append(Pick(random, Namespaces)).Append('\n');
        }

        if (random.Next(5) == 0)
        {
            builder.Append("speech verbs ").Append(random.Next(2) == 0 ? "also " : "").Append("\"reckoned\", \"").Append(Pick(random, Hostile)).Append("\"\n");
        }

        var rules = random.Next(0, 12);
        for (var r = 0; r < rules; r++)
        {
            if (random.Next(12) == 0)
            {
                builder.Append('@').Append(Pick(random, Roles)).Append(" use ").Append(random.Next(3) switch { 0 => "common", 1 => "comment-form, byline", _ => "common except link-list" }).Append('\n');
                continue;
            }

            builder.Append('@').Append(Pick(random, Roles)).Append(' ').Append(Pick(random, Names)).Append(Pick(random, Cardinalities)).Append(' ');
            var conditions = random.Next(1, 4);
            for (var c = 0; c < conditions; c++)
            {
                if (c > 0)
                {
                    builder.Append(" and ");
                }

                builder.Append(string.Format(Pick(random, Conditions), Literal(random), Literal(random), Pick(random, Names), Pattern(random)));
            }

            if (random.Next(8) == 0)
            {
                builder.Append("  # ").Append(Pick(random, Hostile));
            }

            builder.Append(random.Next(10) == 0 ? "\r\n" : "\n");
        }

        return builder.ToString();
    }

    private static string Literal(Random random)
    {
        var builder = new StringBuilder();
        // Line breaks end a template line; inside a literal they are a syntax error, not a test of escaping.
        var parts = random.Next(0, 4);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(3) == 0 ? Pick(random, Hostile).Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "").Replace("\n", "").Replace("\0", "").Replace("\uFFFD", "") : Pick(random, new[] { "See also", "By", "Leave a Reply", "x", " ", "Read more" }));
        }

        return builder.ToString();
    }

    private static string Pattern(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(1, 6);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(Pick(random, PatternPieces));
        }

        if (random.Next(200) == 0)
        {
            builder.Append(new string('a', random.Next(4000, 6000)));
        }

        return builder.ToString().Replace("/", "\\/");
    }

    private static string Mutate(Random random, string text, int mutations)
    {
        var builder = new StringBuilder(text);
        for (var m = 0; m < mutations && builder.Length > 0; m++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(6))
            {
                case 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 8)));
                    break;
                case 1:
                    builder.Insert(at, Pick(random, Hostile));
                    break;
                case 2:
                    builder.Insert(at, Pick(random, Names));
                    break;
                case 3:
                    var lines = builder.ToString().Split('\n');
                    var line = lines[random.Next(lines.Length)];
                    builder.Insert(at, "\n" + line + "\n");
                    break;
                case 4:
                    builder.Insert(at, " and " + string.Format(Pick(random, Conditions), Literal(random), Literal(random), Pick(random, Names), Pattern(random)));
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder("template R in N\n");
        var length = random.Next(0, 400);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) == 0 ? Pick(random, Hostile) : ((char)random.Next(32, 127)).ToString());
        }

        return builder.ToString();
    }

    private static string Article(Random random)
    {
        var blocks = random.Next(0, 15);
        var builder = new StringBuilder();
        for (var b = 0; b < blocks; b++)
        {
            if (b > 0)
            {
                builder.Append(random.Next(5) switch { 0 => "\r\n\r\n", 1 => "\n \n", 2 => "\n\n\n", _ => "\n\n" });
            }

            builder.Append(random.Next(6) == 0 ? Pick(random, Hostile) + Pick(random, ArticleBlocks) : Pick(random, ArticleBlocks));
        }

        return builder.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
