using System.Collections.Generic;
using System.Linq;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Template diagnostics as (ID, line, column, the text under the span) for exact assertions.</summary>
internal static class TemplateDiagnostics
{
    public static List<(string Id, int Line, int Column, string Text)> Of(string template, IEnumerable<TemplateDiagnostic> diagnostics)
    {
        var source = SourceText.From(template);
        return diagnostics.Select(d =>
        {
            var position = source.Lines.GetLinePosition(d.Span.Start);
            return (d.Id, position.Line + 1, position.Character + 1, source.ToString(d.Span));
        }).ToList();
    }

    public static List<(string Id, int Line, int Column, string Text)> Compile(string template) =>
        Of(template, TemplateCompilation.Compile(template, "Test.article").Diagnostics);

    public static TemplateDiagnostic Single(string template, string id) =>
        Assert.Single(TemplateCompilation.Compile(template, "Test.article").Diagnostics, d => d.Id == id);
}
