using System.Collections.Generic;
using System.Collections.Immutable;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Model;
using Copydesk.Generators.Syntax;

namespace Copydesk.Generators.Binding;

/// <summary>Everything known about one template file: its syntax, its problems and, when valid, its model.</summary>
internal sealed class TemplateCompilation
{
    internal TemplateCompilation(TemplateSyntaxTree syntax, ImmutableArray<TemplateDiagnostic> diagnostics, TemplateSpec? spec, IReadOnlyDictionary<string, CompiledPattern> patterns)
    {
        Syntax = syntax;
        Diagnostics = diagnostics;
        Spec = spec;
        Patterns = patterns;
    }

    /// <summary>The patterns binding built, by <c>TemplateBinder.PatternKey</c>: the engine template reuses them.</summary>
    public IReadOnlyDictionary<string, CompiledPattern> Patterns { get; }

    public TemplateSyntaxTree Syntax { get; }

    /// <summary>Every problem, in file order.</summary>
    public ImmutableArray<TemplateDiagnostic> Diagnostics { get; }

    /// <summary>The model, or <c>null</c> when the template has errors (no code is generated for it).</summary>
    public TemplateSpec? Spec { get; }

    /// <summary>The declared name, even when the template has errors.</summary>
    public string? Name => Syntax.Declaration?.Name?.Value;

    /// <summary>Parses and binds template text. Never throws.</summary>
    /// <param name="text">The template.</param>
    /// <param name="fileName">Its file name, for messages and generated comments.</param>
    /// <param name="checkPatternEngines">
    /// Build each pattern for the linear-time engine to warn about those that need backtracking
    /// (ART0016). The generator passes false: it reports no diagnostics, and the model is the same.
    /// </param>
    public static TemplateCompilation Compile(string text, string fileName, bool checkPatternEngines = true) =>
        TemplateBinder.Bind(TemplateParser.Parse(text), fileName, checkPatternEngines);
}
