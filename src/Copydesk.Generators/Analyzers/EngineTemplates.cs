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
    public static ArticleTemplate Build(TemplateSpec spec) =>
        new(
            spec.Name,
            spec.Rules.Select(rule => new ArticleRule(
                rule.Role,
                rule.Name,
                rule.Cardinality,
                rule.Conditions.Select(condition => BlockCondition.Create(condition.ToArguments())),
                rule.Captures.Where(capture => capture.Kind != CaptureKind.String).Select(capture => new CaptureDefinition(capture.Name, capture.Kind, capture.Format)))),
            spec.SpeechVerbs.Count == 0 ? null : spec.SpeechVerbs);
}
