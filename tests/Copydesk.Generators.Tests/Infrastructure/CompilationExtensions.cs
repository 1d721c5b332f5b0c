using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Binding;

namespace Copydesk.Generators.Tests.Infrastructure;

internal static class CompilationExtensions
{
    /// <summary>The rule table the analyzers run for a valid template.</summary>
    public static ArticleTemplate ToEngine(this TemplateCompilation compilation) =>
        EngineTemplates.Build(compilation.Spec is { Errors.Count: 0 } spec ? spec : throw new System.InvalidOperationException("the template has errors: " + string.Join("; ", compilation.Diagnostics)));
}
