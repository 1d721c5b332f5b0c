using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Copydesk;
using Copydesk.Templates;
using NewsDesk.Templates;

// Reports on the given article files, or on the sample's own articles when none are given: first as
// the project's WireStory template sees them, then as Copydesk's built-in NewsArticle template does.
var files = args.Length > 0
    ? args
    : Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();

var failures = 0;
foreach (var file in files)
{
    string text;
    try
    {
        text = File.ReadAllText(file);
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{file}: cannot read: {exception.Message}");
        failures++;
        continue;
    }

    Console.WriteLine(new string('=', 78));
    Console.WriteLine(Path.GetFileName(file));
    Console.WriteLine(new string('=', 78));
    Console.WriteLine("-- WireStory (Templates/WireStory.article) --");
    try
    {
        ArticleReport.Write(WireStory.Parse(text));
    }
    catch (ArticleFormatException exception)
    {
        Console.WriteLine($"Not a WireStory article: {exception.Message}");
        failures++;
    }

    Console.WriteLine();
    Console.WriteLine("-- NewsArticle (built in, from the catalog) --");
    ArticleReport.Write(NewsArticle.Parse(text));
    Console.WriteLine();
}

return failures == 0 ? 0 : 1;

/// <summary>Writes a parsed article for a person to read.</summary>
internal static class ArticleReport
{
    public static void Write(WireStory story)
    {
        Console.WriteLine($"Title       {story.Title.Text}  {At(story.Title)}");
        Console.WriteLine($"Credit      {(story.Credit is { } credit ? $"Outlet={credit.Outlet} Contributor={credit.Contributor}  {At(credit)}" : "(none)")}");
        Console.WriteLine($"Update      {(story.Update is { } update ? $"{update.Text}  {At(update)}" : "(none)")}");

        Console.WriteLine();
        Console.WriteLine("Sections");
        foreach (var section in story.Sections)
        {
            Console.WriteLine(section.Heading is { } heading ? $"  ## {heading.Text}  {At(heading)}" : "  (lead)");
            foreach (var paragraph in section.Paragraphs)
            {
                Console.WriteLine($"     {Shorten(paragraph.Text, 64)}  {At(paragraph)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine(story.Boilerplate.Count == 0 ? "Boilerplate (none)" : "Boilerplate");
        foreach (var block in story.Boilerplate)
        {
            var detail = block is WireStory.SeeAlsoBlock seeAlso ? $" -> teaser for \"{seeAlso.Headline}\"" : "";
            Console.WriteLine($"  {block.RuleName,-12} line {block.Line,3}: \"{Shorten(block.Text, 48)}\"{detail}");
        }

        Console.WriteLine();
        Console.WriteLine(story.Findings.Count == 0 ? "Findings (none)" : "Findings");
        foreach (var finding in story.Findings)
        {
            Console.WriteLine($"  ({finding.Span.Line},{finding.Span.Column}) {finding.Kind}: {finding.Message}");
        }

        Console.WriteLine();
        Console.WriteLine("Clean text");
        foreach (var line in story.CleanText.Split('\n'))
        {
            Console.WriteLine("  | " + line);
        }
    }

    public static void Write(NewsArticle story)
    {
        Console.WriteLine($"Title       {story.Title?.Text ?? "(none)"}");
        Console.WriteLine($"Headings    {string.Join(" | ", story.Subheading.Select(h => h.Text))}");
        Console.WriteLine($"Paragraphs  {story.Body.Count}");
        foreach (var block in story.Attributions)
        {
            var captures = block.Block.Rule!.Captures
                .Select(c => (c.Name, Value: block.Block.GetCapture(c.Name)))
                .Where(c => c.Value is not null)
                .Select(c => $"{c.Name}={c.Value}");
            Console.WriteLine($"Attribution {block.RuleName,-18} line {block.Line,3}: {string.Join(", ", captures)}");
        }

        foreach (var note in story.Notes)
        {
            Console.WriteLine($"Note        {note.RuleName,-18} line {note.Line,3}: {Shorten(note.Text, 48)}");
        }

        foreach (var block in story.Boilerplate)
        {
            Console.WriteLine($"Boilerplate {block.RuleName,-18} line {block.Line,3}: \"{Shorten(block.Text, 48)}\"");
        }

        var byKind = story.Findings.GroupBy(f => f.Kind).Select(g => $"{g.Key} x{g.Count()}");
        Console.WriteLine($"Findings    {(story.Findings.Count == 0 ? "(none)" : string.Join(", ", byKind))}");
    }

    private static string At(TemplateBlock block) => $"[{block.Line},{block.Column}]";

    private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
