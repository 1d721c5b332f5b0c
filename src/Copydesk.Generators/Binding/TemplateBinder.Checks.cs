using System.Collections.Generic;
using System.Linq;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Model;
using Copydesk.Generators.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Binding;

/// <summary>Checks across rules: cardinalities that contradict their conditions, unreachable rules, generated-name clashes, missing headline or attribution.</summary>
internal sealed partial class TemplateBinder
{
    private void CheckCardinality(RuleSyntax rule, string name, Cardinality cardinality, List<ConditionSpec> conditions)
    {
        var written = rule.Cardinality?.Text ?? "exactly one";
        var span = rule.Cardinality?.Span ?? rule.Name!.Span;
        var atMostOne = conditions.FirstOrDefault(c => ConditionDescriptor.Of(c.Kind).MatchesAtMostOneBlock(c.ToArguments()));
        if (atMostOne is not null && !cardinality.IsSingle())
        {
            var which = ConditionDescriptor.Of(atMostOne.Kind).PhraseFor(atMostOne.Number).Text;
            Add(DiagnosticDescriptors.ContradictoryCardinality, span, name, written, $"'{which}' can match at most one block; use '?' or no suffix");
        }

        if (rule.Otherwise is not null && cardinality.IsSingle())
        {
            Add(DiagnosticDescriptors.ContradictoryCardinality, span, name, written, "'otherwise' takes every block no other rule takes, so any article with two such blocks breaks it; use '*' or '+'");
        }

        if (rule.Role == SectionRole.Boilerplate && cardinality.IsRequired())
        {
            Add(DiagnosticDescriptors.ContradictoryCardinality, span, name, written, "boilerplate is text to remove: requiring it makes every clean article fail; use '?' or '*'");
        }
    }

    /// <summary>A rule that an earlier-tried rule always takes first can never match (ART0009).</summary>
    private void CheckReachability(List<(RuleSource Source, RuleSpec Spec)> rules)
    {
        // The engine's own tiers, so the check follows the order blocks really try rules in.
        var ordered = rules.OrderBy(r => ArticleTemplate.TierOf(r.Spec.Conditions.Select(c => c.Kind))).ToList();
        for (var b = 0; b < ordered.Count; b++)
        {
            for (var a = 0; a < b; a++)
            {
                if (Subsumes(ordered[a].Spec, ordered[b].Spec))
                {
                    _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.UnreachableRule, ordered[b].Source.NameSpan, ordered[b].Spec.Name, ordered[a].Spec.Name)
                    {
                        AdditionalSpans = new[] { ordered[a].Source.NameSpan },
                    });
                    break;
                }
            }
        }
    }

    /// <summary>True when every block <paramref name="later"/> accepts, <paramref name="earlier"/> accepts too.</summary>
    private static bool Subsumes(RuleSpec earlier, RuleSpec later) =>
        earlier.Conditions.All(e => later.Conditions.Any(l => ConditionDescriptor.Of(e.Kind).Implies(l.ToArguments(), e.ToArguments())));

    /// <summary>A rule named "X" generates the nested type "XBlock"; another rule may not be named that.</summary>
    private void CheckBlockTypeNames(List<(RuleSource Source, RuleSpec Spec)> rules, Dictionary<string, RuleSource> byName)
    {
        foreach (var rule in rules)
        {
            if (byName.TryGetValue(GeneratedNames.BlockType(rule.Spec.Name), out var clash))
            {
                _ungeneratable.Add(clash.Syntax.Name!.Value);
                Add(DiagnosticDescriptors.InvalidName, clash.NameSpan, clash.Syntax.Name!.Value, "section",
                    $"the generated parser declares the type '{clash.Syntax.Name.Value}' for section '{rule.Spec.Name}'");
            }
        }
    }

    /// <summary>A member or nested type may not have its enclosing type's name (CS0542): the template's name is not one of its generated members.</summary>
    private void CheckTemplateNameAgainstMembers(TemplateToken? name, List<(RuleSource Source, RuleSpec Spec)> rules)
    {
        if (name is null || GeneratedNames.TypeNameProblem(name.Value) is not null)
        {
            return;
        }

        if (GeneratedNames.ParserMembers.Contains(name.Value))
        {
            _typeNameOk = false;
            Add(DiagnosticDescriptors.InvalidName, name.Span, name.Value, "template", $"the generated parser has a member '{name.Value}', and a member cannot have its type's name");
        }
        else if (rules.FirstOrDefault(r => GeneratedNames.BlockType(r.Spec.Name) == name.Value) is { Spec: { } rule })
        {
            _typeNameOk = false;
            Add(DiagnosticDescriptors.InvalidName, name.Span, name.Value, "template", $"the generated parser declares the type '{name.Value}' for section '{rule.Name}', and a nested type cannot have its enclosing type's name");
        }
    }

    private void CheckHeadlineAndAttribution(List<RuleSource> sources, TextSpan where, string templateName)
    {
        if (!sources.Any(r => r.Syntax.Role == SectionRole.Headline))
        {
            Add(DiagnosticDescriptors.NoHeadline, where, templateName);
        }

        if (!sources.Any(r => r.Syntax.Role == SectionRole.Attribution))
        {
            // The fix adds the catalog's credit families on the line after the declaration.
            var line = _syntax.LineOf(where.Start) + 1;
            var at = line < _syntax.LineStarts.Length ? _syntax.LineStarts[line] : -1;
            _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.NoAttribution, where, templateName)
            {
                Properties = FixProperties.Insert("Add '@attribution use common'", at < 0 ? "\n@attribution use common\n" : "@attribution use common\n", at),
            });
        }
    }
}
