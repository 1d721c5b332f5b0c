using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.CodeFixes;

/// <summary>
/// The fixes the analyzer computes for template mistakes and hands over in the diagnostic's
/// properties (<see cref="FixProperties"/>): the suggested role, condition word, catalog family or
/// section name (ART0002, ART0001, ART0015, ART0020), a numbered name for a duplicate section
/// (ART0006), <c>@attribution use common</c> for a template without credit rules (ART0005), and a
/// default rule in the template's file for an article block no rule accepts (ART0104).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TemplateSuggestionCodeFix)), Shared]
public sealed class TemplateSuggestionCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
        DiagnosticDescriptors.TemplateSyntaxError.Id,
        DiagnosticDescriptors.UnknownRole.Id,
        DiagnosticDescriptors.NoAttribution.Id,
        DiagnosticDescriptors.DuplicateName.Id,
        DiagnosticDescriptors.UnknownCatalogFamily.Id,
        DiagnosticDescriptors.UnknownSection.Id,
        DiagnosticDescriptors.UnmatchedBlock.Id);

    // Each fix edits the file the analyzer computed it for; fixing all would need the analysis re-run between fixes.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(FixProperties.Title, out var title) || title is null)
            {
                continue;
            }

            if (properties.TryGetValue(FixProperties.Replacement, out var replacement) && replacement is not null)
            {
                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => EditAsync(context.TextDocument, text => text.Replace(span, replacement), token), equivalenceKey: title),
                    diagnostic);
            }
            else if (properties.TryGetValue(FixProperties.Insertion, out var insertion) && insertion is not null &&
                     properties.TryGetValue(FixProperties.InsertAt, out var at) && int.TryParse(at, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset))
            {
                var target = properties.TryGetValue(FixProperties.TargetPath, out var path) && path is not null
                    ? context.TextDocument.Project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, path, StringComparison.Ordinal))
                    : context.TextDocument;
                if (target is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(title, token => EditAsync(target, text => Insert(text, insertion, offset), token), equivalenceKey: title),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Inserts <paramref name="insertion"/> at <paramref name="offset"/>; -1 (or past the end) appends it on a line of its own.</summary>
    internal static SourceText Insert(SourceText text, string insertion, int offset)
    {
        if (offset >= 0 && offset <= text.Length)
        {
            return text.Replace(new TextSpan(offset, 0), insertion);
        }

        var needsBreak = text.Length > 0 && text[text.Length - 1] != '\n';
        return text.Replace(new TextSpan(text.Length, 0), (needsBreak ? "\n" : "") + insertion.TrimStart('\n'));
    }

    private static async Task<Solution> EditAsync(TextDocument document, Func<SourceText, SourceText> edit, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, edit(text));
    }
}
