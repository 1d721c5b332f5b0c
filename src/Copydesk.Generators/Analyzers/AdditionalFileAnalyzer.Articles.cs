using System.Collections.Immutable;
using System.Linq;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Analyzers;

public sealed partial class AdditionalFileAnalyzer
{
    private void AnalyzeArticle(AdditionalFileAnalysisContext context, TemplateCatalog catalog, string templateName)
    {
        var file = context.AdditionalFile;
        var text = file.GetText(context.CancellationToken);
        var candidates = templateName.Length == 0 ? ImmutableArray<TemplateEntry>.Empty : catalog.Find(templateName).ToImmutableArray();
        var entry = candidates.Length == 1 ? candidates[0] : null;
        var template = entry?.Compilation;
        var disabled = template?.Syntax.Directives.SelectMany(d => d.Ids).Select(i => i.Id) ?? Enumerable.Empty<string>();
        var settings = DiagnosticSettings.For(context.Options, context.Compilation.Options, file, disabled);

        var fullNames = candidates.Select(c => c.FullName).Distinct().ToList();
        if (fullNames.Count > 1)
        {
            settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.UnknownTemplate, StartOf(file, text), null, templateName,
                $", a name that is ambiguous between {string.Join(", ", fullNames.Select(n => $"'{n}'"))}; use the full name");
            return;
        }

        if (candidates.IsEmpty)
        {
            var hint = templateName.Length == 0
                ? ", but names none: give the item Template metadata or set the CopydeskDefaultTemplate property"
                : ", which no *.article file of the project declares" +
                  (Spelling.Suggest(templateName, catalog.Names) is { } suggestion ? $"; did you mean '{suggestion}'?" : "");
            settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.UnknownTemplate, StartOf(file, text), null, templateName, hint);
            return;
        }

        // Read once per text, like the findings: reading a SourceText as a string costs a copy.
        var read = text is null ? null : Cache.Article(text);
        var problem = read is null ? TextProblems.Describe(null) : read.Problem;
        if (problem is not null)
        {
            settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.InvalidText, StartOf(file, text), null, TemplateFiles.FileName(file.Path), problem);
            return;
        }

        // A template with errors, or declared twice, reports that itself; its articles wait for the fix.
        if (template is null || entry!.EngineTemplate is not { } engine)
        {
            return;
        }

        // Only the kinds of finding this file reports are made (NoWarn, per-file keys, the template's
        // directives switch some off); with none, there is nothing to parse for.
        var kinds = KindsOn(settings);
        if (kinds == 0)
        {
            return;
        }

        ImmutableDictionary<string, string?>? addDefault = null;
        foreach (var finding in Cache.FindingsOf(file.Path, read!.Content, template, engine, kinds))
        {
            var fix = finding.Kind == FindingKind.UnmatchedBlock ? addDefault ??= AddDefaultRule(template, entry.File) : null;
            settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.ForFinding(finding.Kind),
                FileLocation.Create(file.Path, text!, new TextSpan(finding.Span.Offset, finding.Span.Length)), null, fix, finding.Message);
        }
    }

    /// <summary>The fix for a block no rule accepts: a default rule added to the template's own file; none for a built-in template.</summary>
    private ImmutableDictionary<string, string?> AddDefaultRule(TemplateCompilation template, Microsoft.CodeAnalysis.AdditionalText file)
    {
        if (template.Spec is not { } spec || _builtInTemplates.Value.Contains(file))
        {
            return FixProperties.None;
        }

        var rule = GeneratedNames.FreeName(new System.Collections.Generic.HashSet<string>(spec.Rules.Select(r => r.Name), System.StringComparer.Ordinal), "Body", "Body", "Text", "Paragraph");
        return FixProperties.Insert($"Add '@paragraph {rule}* otherwise' to template '{spec.Name}'", $"@paragraph {rule}* otherwise\n", -1, file.Path);
    }

    /// <summary>The kinds of finding whose diagnostics <paramref name="settings"/> report, as <see cref="ArticleFindings.KindBit"/>s.</summary>
    private static int KindsOn(DiagnosticSettings settings)
    {
        var kinds = 0;
        foreach (var kind in DiagnosticDescriptors.FindingKinds)
        {
            if (settings.IsOn(DiagnosticDescriptors.ForFinding(kind)))
            {
                kinds |= ArticleFindings.KindBit(kind);
            }
        }

        return kinds;
    }
}
