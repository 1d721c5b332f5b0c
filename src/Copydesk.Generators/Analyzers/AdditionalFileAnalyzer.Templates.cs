using System.Linq;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Analyzers;

public sealed partial class AdditionalFileAnalyzer
{
    private static void AnalyzeTemplate(AdditionalFileAnalysisContext context, TemplateCatalog catalog)
    {
        var file = context.AdditionalFile;
        var entry = catalog.Entries.FirstOrDefault(e => ReferenceEquals(e.File, file))
                    ?? catalog.Entries.FirstOrDefault(e => e.File.Path == file.Path);
        if (entry is null)
        {
            return;
        }

        if (entry.Compilation is null)
        {
            var unreadable = DiagnosticSettings.For(context.Options, context.Compilation.Options, file, Enumerable.Empty<string>());
            unreadable.Report(context.ReportDiagnostic, DiagnosticDescriptors.InvalidText, StartOf(file, entry.Text), null,
                TemplateFiles.FileName(file.Path), entry.TextProblem);
            return;
        }

        var compilation = entry.Compilation;
        var text = entry.Text!;
        var disabled = compilation.Syntax.Directives.SelectMany(d => d.Ids).Select(i => i.Id);
        var settings = DiagnosticSettings.For(context.Options, context.Compilation.Options, file, disabled);

        if (entry.TextProblem is { } encoding)
        {
            // Decoded with a legacy code page: point at the first character that is not ASCII.
            var content = text.ToString();
            var at = 0;
            while (at < content.Length && content[at] < 0x80)
            {
                at++;
            }

            settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.UnreadableTemplate,
                FileLocation.Create(file.Path, text, new TextSpan(at, at < content.Length ? 1 : 0)), null, $"text read as {encoding} because the file is not valid UTF-8,");
        }

        foreach (var diagnostic in compilation.Diagnostics)
        {
            var additional = diagnostic.AdditionalSpans.Select(span => FileLocation.Create(file.Path, text, span));
            settings.Report(context.ReportDiagnostic, diagnostic.Descriptor, FileLocation.Create(file.Path, text, diagnostic.Span), additional,
                diagnostic.Properties, diagnostic.Arguments.Cast<object?>().ToArray());
        }

        var name = compilation.Syntax.Declaration?.Name;
        if (name is null)
        {
            return;
        }

        // The generator emits nothing below C# 8; say so once per template instead of leaving users to guess.
        if (context.Compilation is CSharpCompilation csharp && csharp.LanguageVersion < LanguageVersion.CSharp8)
        {
            settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.LanguageVersionTooOld, FileLocation.Create(file.Path, text, name.Span), null,
                csharp.LanguageVersion.ToDisplayString(), compilation.Name);
        }

        var duplicates = catalog.DuplicatesOf(entry).ToList();
        if (duplicates.Count == 0)
        {
            return;
        }

        // The generator keeps the error-free template whose path sorts first; say which.
        var kept = duplicates.Append(entry)
            .Where(e => e.Compilation?.Spec is not null)
            .Select(e => e.File.Path)
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .FirstOrDefault();
        foreach (var other in duplicates)
        {
            var otherName = other.Compilation!.Syntax.Declaration!.Name!;
            settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.DuplicateTemplate,
                FileLocation.Create(file.Path, text, name.Span),
                new[] { FileLocation.Create(other.File.Path, other.Text!, otherName.Span) },
                entry.FullName, other.File.Path, kept is null ? "none of them (each has errors)" : $"'{kept}'");
        }
    }
}
