using System.Collections.Generic;
using System.Linq;
using Copydesk.Generators.Model;

namespace Copydesk.Generators.Analyzers;

/// <summary>
/// Model → engine: the one function that builds the rule table the analyzers run from a
/// <see cref="TemplateSpec"/>. The emitter spells the same table in C# for generated parsers, and a
/// test checks that both describe every template of the tests and samples equally.
/// </summary>
internal static class EngineTemplates
{
    /// <param name="spec">The template's model.</param>
    /// <param name="patterns">Patterns the binder already built (by <see cref="Binding.TemplateBinder.PatternKey"/>), reused rather than built again.</param>
    public static ArticleTemplate Build(TemplateSpec spec, IReadOnlyDictionary<string, CompiledPattern>? patterns = null) =>
        new(
            spec.Name,
            spec.Rules.Select(rule => new ArticleRule(
                rule.Role,
                rule.Name,
                rule.Cardinality,
                rule.Conditions.Select(condition => BlockCondition.Create(condition.ToArguments(), Prebuilt(condition, patterns))),
                rule.Captures.Where(capture => capture.Kind != CaptureKind.String).Select(capture => new CaptureDefinition(capture.Name, capture.Kind, capture.Format)))),
            spec.SpeechVerbs.Count == 0 ? null : spec.SpeechVerbs);

    private static CompiledPattern? Prebuilt(ConditionSpec condition, IReadOnlyDictionary<string, CompiledPattern>? patterns) =>
        condition.Pattern is { } pattern && patterns is not null && patterns.TryGetValue(Binding.TemplateBinder.PatternKey(pattern, condition.IgnoreCase), out var regex)
            ? regex
            : null;
}
