using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.CodeFixes;

/// <summary>
/// ART0102: removes a boilerplate block, or the run of consecutive boilerplate blocks the
/// diagnostic covers, from the article, together with the blank lines that separated it from the
/// next block, so the article keeps one blank line between blocks.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveBoilerplateCodeFix)), Shared]
public sealed class RemoveBoilerplateCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticDescriptors.BoilerplateFound.Id);

    // Each fix edits one additional file; several blocks are removed one by one.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the boilerplate block",
                    cancellationToken => RemoveAsync(context.TextDocument, diagnostic.Location.SourceSpan, cancellationToken),
                    equivalenceKey: nameof(RemoveBoilerplateCodeFix)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> RemoveAsync(TextDocument document, TextSpan block, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var removal = BlockRemoval(text, block);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.Replace(removal, string.Empty));
    }

    /// <summary>The block's lines and the blank lines after them; for the last block, the blank lines before it.</summary>
    internal static TextSpan BlockRemoval(SourceText text, TextSpan block)
    {
        var lines = text.Lines;
        var first = lines.GetLineFromPosition(block.Start).LineNumber;
        var last = lines.GetLineFromPosition(block.End).LineNumber;
        var after = last + 1;
        while (after < lines.Count && IsBlank(text, lines[after]))
        {
            after++;
        }

        if (after < lines.Count)
        {
            return TextSpan.FromBounds(lines[first].Start, lines[after].Start);
        }

        // The last block: take the separating blank lines before it, so no trailing blank line is left.
        var before = first;
        while (before > 0 && IsBlank(text, lines[before - 1]))
        {
            before--;
        }

        var start = before > 0 ? lines[before - 1].End : lines[first].Start;
        return TextSpan.FromBounds(start, text.Length);
    }

    private static bool IsBlank(SourceText text, TextLine line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
