using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Code fixes run the way an IDE runs them: the analyzer over a project's additional documents, one provider's action applied to the solution.</summary>
internal static class FixHarness
{
    /// <summary>The analyzer's diagnostics for <paramref name="project"/>, each article path in <paramref name="links"/> linked to its template.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, IReadOnlyDictionary<string, string> links)
    {
        var options = new TestAnalyzerConfigOptionsProvider();
        foreach (var link in links)
        {
            options.Set(link.Key, new Dictionary<string, string> { [ArticleLinks.TemplateMetadata] = link.Value });
        }

        var files = new List<AdditionalText>();
        foreach (var document in project.AdditionalDocuments)
        {
            files.Add(new InMemoryAdditionalText(document.FilePath!, (await document.GetTextAsync()).ToString()));
        }

        var compilation = (await project.GetCompilationAsync())!;
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AdditionalFileAnalyzer()), new AnalyzerOptions(files.ToImmutableArray(), options))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    /// <summary>Asks <paramref name="provider"/> for its actions on <paramref name="diagnostic"/>; there must be exactly one, whose solution is returned with its title.</summary>
    public static async Task<(Solution Solution, string Title)> ApplySingleAsync(CodeFixProvider provider, TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        return (operation.ChangedSolution, action.Title);
    }
}
