using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Copydesk;
using Copydesk.Evaluation;

// dotnet run -c Release --project tests/Copydesk.Evaluation -- --pages TEXT_DIR --truth TRUTH_DIR --out PRED_DIR [--template NAME]
string? pages = null, truthDirectory = null, output = null, templateName = "NewsArticle";
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--pages": pages = args[i + 1]; break;
        case "--truth": truthDirectory = args[i + 1]; break;
        case "--out": output = args[i + 1]; break;
        case "--template": templateName = args[i + 1]; break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}");
            return 2;
    }
}

if (pages is null || output is null || args.Length % 2 != 0)
{
    Console.Error.WriteLine("usage: --pages TEXT_DIR [--truth TRUTH_DIR] --out PRED_DIR [--template NAME]");
    return 2;
}

var template = Templates.Find(templateName);
if (template is null)
{
    Console.Error.WriteLine($"no template named '{templateName}'; known: {string.Join(", ", Templates.Names())}");
    return 2;
}

Directory.CreateDirectory(output);
var attributions = new StringBuilder();
var ids = Directory.GetFiles(pages, "*.txt").Select(Path.GetFileNameWithoutExtension).OrderBy(id => id, StringComparer.Ordinal).ToList();
var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var id in ids)
{
    var text = File.ReadAllText(Path.Combine(pages, id + ".txt"));
    var article = template.Parse(text);
    var story = article.StoryText;
    predictions[id!] = story;
    File.WriteAllText(Path.Combine(output, id + ".txt"), story);
    foreach (var block in article.Blocks.Where(b => b.Role == SectionRole.Attribution))
    {
        attributions.Append(id).Append('\t').Append(block.Rule!.Name).Append('\t').Append(block.Text).Append('\n');
    }
}

File.WriteAllText(Path.Combine(output, "attributions.tsv"), attributions.ToString());
Console.WriteLine($"{ids.Count} pages parsed with {template.Name}; story texts and attributions.tsv in {output}");

if (truthDirectory is not null)
{
    var truths = ids.ToDictionary(id => id!, id => TruthBody(Path.Combine(truthDirectory, id + ".json")), StringComparer.Ordinal);
    var rows = ids.Select(id => BodyMetric.Page(truths[id!], predictions[id!])).ToList();

    var summary = BodyMetric.Aggregate(rows);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"body: precision {summary.Precision:F3}  recall {summary.Recall:F3}  F1 {summary.F1:F3}  ({summary.Pages} pages)"));

    // Byline recall, as realpages/bylines.py counts it: pages with a "By X" line outside the body.
    var withByline = 0;
    var found = 0;
    var attributed = attributions.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split('\t', 3)).Where(p => p[2].StartsWith("By ", StringComparison.Ordinal) || p[2].StartsWith("by ", StringComparison.Ordinal))
        .Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
    foreach (var id in ids)
    {
        var body = Normalize(truths[id!]);
        var lines = File.ReadAllText(Path.Combine(pages, id + ".txt")).Split('\n').Select(Normalize);
        if (lines.Any(l => Regex.IsMatch(l, "^By [A-Z]") && !body.Contains(l, StringComparison.Ordinal)))
        {
            withByline++;
            found += attributed.Contains(id!) ? 1 : 0;
        }
    }

    Console.WriteLine($"bylines: found on {found} of the {withByline} pages with a 'By …' line outside the body ({(withByline == 0 ? 0 : 100.0 * found / withByline).ToString("F0", CultureInfo.InvariantCulture)}%)");
}

return 0;

static string TruthBody(string path) =>
    File.Exists(path) && JsonDocument.Parse(File.ReadAllText(path)).RootElement.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "";

static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

namespace Copydesk.Evaluation
{
    /// <summary>The templates --template can name: every generated parser in Copydesk and in this program.</summary>
    public static class Templates
    {
        private static IEnumerable<(string Name, ArticleTemplate Template)> All() =>
            new[] { typeof(IArticle).Assembly, typeof(Templates).Assembly }
                .SelectMany(a => a.GetTypes())
                .Where(t => typeof(IArticle).IsAssignableFrom(t) && !t.IsInterface)
                .Select(t => (t.Name, t.GetProperty("Template", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ArticleTemplate))
                .Where(p => p.Item2 is not null)
                .Select(p => (p.Name, p.Item2!));

        public static ArticleTemplate? Find(string name) => All().FirstOrDefault(t => t.Name == name).Template;

        public static IEnumerable<string> Names() => All().Select(t => t.Name);
    }
}
