using System.Collections.Generic;
using System.Linq;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Model;
using Copydesk.Generators.Syntax;

namespace Copydesk.Generators.Binding;

/// <summary>Conditions that name other sections: unknown names, cycles, and combinations that can never hold.</summary>
internal sealed partial class TemplateBinder
{
    private static readonly HashSet<ConditionKind> StatefulKinds = new() { ConditionKind.FirstTextBlock, ConditionKind.AfterAttribution };

    private void CheckSections(List<(RuleSource Source, RuleSpec Spec)> rules, Dictionary<string, RuleSource> declared, string templateName)
    {
        var byName = rules.GroupBy(r => r.Spec.Name, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        foreach (var (source, spec) in rules)
        {
            foreach (var condition in source.Syntax.Conditions)
            {
                if (ConditionDescriptor.Of(condition.Kind).Shape != ConditionShape.Section || condition.Literals.IsEmpty)
                {
                    continue;
                }

                var target = condition.Literals[0];
                if (!declared.ContainsKey(target.Value))
                {
                    var suggestion = Spelling.Suggest(target.Value, declared.Keys);
                    _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.UnknownSection, target.Span, spec.Name, target.Value, templateName, suggestion is null ? "" : $"; did you mean '{suggestion}'?")
                    {
                        Properties = suggestion is null ? FixProperties.None : FixProperties.Replace($"Change to '{suggestion}'", suggestion),
                    });
                }
            }

            CheckNeverHolds(source, spec, byName);
        }

        CheckCycles(rules, byName);
    }

    /// <summary>A rule that names itself, or a chain of rules that comes back to where it started (ART0021), reported at the condition that closes it.</summary>
    private void CheckCycles(List<(RuleSource Source, RuleSpec Spec)> rules, Dictionary<string, (RuleSource Source, RuleSpec Spec)> byName)
    {
        var state = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var rule in rules)
        {
            Visit(rule.Spec.Name);
        }

        void Visit(string name)
        {
            if (state.TryGetValue(name, out var seen) && seen == 2 || !byName.TryGetValue(name, out var rule))
            {
                return;
            }

            state[name] = 1;
            path.Add(name);
            foreach (var condition in rule.Source.Syntax.Conditions)
            {
                if (ConditionDescriptor.Of(condition.Kind).Shape != ConditionShape.Section || condition.Literals.IsEmpty)
                {
                    continue;
                }

                var target = condition.Literals[0].Value;
                if (state.TryGetValue(target, out var open) && open == 1)
                {
                    var loop = path.Skip(path.IndexOf(target)).Append(target);
                    Add(DiagnosticDescriptors.SectionCycle, condition.Span, name, string.Join(" → ", loop.Select(n => $"'{n}'")));
                    continue;
                }

                Visit(target);
            }

            path.RemoveAt(path.Count - 1);
            state[name] = 2;
        }
    }

    /// <summary>Combinations no block can meet (ART0022): before and after the same section, a run that needs earlier blocks' roles, a block before the first.</summary>
    private void CheckNeverHolds(RuleSource source, RuleSpec spec, Dictionary<string, (RuleSource Source, RuleSpec Spec)> byName)
    {
        var conditions = source.Syntax.Conditions;
        foreach (var condition in conditions)
        {
            if (ConditionDescriptor.Of(condition.Kind).Shape != ConditionShape.Section || condition.Literals.IsEmpty)
            {
                continue;
            }

            var target = condition.Literals[0].Value;
            var before = condition.Kind is ConditionKind.BeforeSection or ConditionKind.RightBeforeSection;
            var opposite = conditions.FirstOrDefault(o =>
                o.Literals.Length == 1 && o.Literals[0].Value == target && !ReferenceEquals(o, condition) &&
                (before ? o.Kind is ConditionKind.AfterSection or ConditionKind.RightAfterSection : o.Kind is ConditionKind.BeforeSection or ConditionKind.RightBeforeSection));
            if (opposite is not null && before)
            {
                Add(DiagnosticDescriptors.ConditionsNeverHold, condition.Span, spec.Name, $"no block comes both before and after the first block of '{target}'");
            }

            if (condition.Kind == ConditionKind.RightBeforeSection && byName.TryGetValue(target, out var named) &&
                named.Spec.Conditions.Any(c => c.Kind == ConditionKind.FirstBlock))
            {
                Add(DiagnosticDescriptors.ConditionsNeverHold, condition.Span, spec.Name, $"'{target}' takes the first block, and no block comes before it");
            }
        }

        var run = conditions.FirstOrDefault(c => c.Kind == ConditionKind.InRun);
        if (run is null)
        {
            return;
        }

        if (run.Number < 2)
        {
            Add(DiagnosticDescriptors.TemplateSyntaxError, run.Span, "a run has at least 2 blocks: write 'in a run of 2' or more, or leave the condition out");
        }

        var stateful = conditions.FirstOrDefault(c => StatefulKinds.Contains(c.Kind));
        if (stateful is not null)
        {
            var phrase = ConditionDescriptor.Of(stateful.Kind).Phrases[0].Text;
            Add(DiagnosticDescriptors.ConditionsNeverHold, stateful.Span, spec.Name,
                $"the blocks of a run are judged on their own, before earlier blocks have roles, so '{phrase}' never holds inside 'in a run of'");
        }
    }

    /// <summary>Rules that name a section the model does not have (left out for an error) are left out too, until none is left: the engine never sees a dangling name.</summary>
    private static List<RuleSpec> WithoutDanglingSections(IEnumerable<RuleSpec> specs)
    {
        var kept = specs.ToList();
        while (true)
        {
            var names = new HashSet<string>(kept.Select(r => r.Name), System.StringComparer.Ordinal);
            var offCycles = RulesOffCycles(kept);
            var next = kept.Where(r => r.Conditions.All(c => ConditionDescriptor.Of(c.Kind).Shape != ConditionShape.Section || names.Contains(c.Literals[0])) && offCycles.ContainsKey(r.Name)).ToList();
            if (next.Count == kept.Count)
            {
                return kept;
            }

            kept = next;
        }
    }

    /// <summary>The rules that are on no cycle (a rule on a cycle, or naming one, is left out).</summary>
    private static Dictionary<string, bool> RulesOffCycles(List<RuleSpec> rules)
    {
        var byName = rules.GroupBy(r => r.Name, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var state = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var ok = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            Visit(rule.Name);
        }

        return ok;

        bool Visit(string name)
        {
            if (state.TryGetValue(name, out var seen))
            {
                return seen == 2 && ok.ContainsKey(name);
            }

            if (!byName.TryGetValue(name, out var rule))
            {
                return true;
            }

            state[name] = 1;
            var fine = true;
            foreach (var condition in rule.Conditions)
            {
                if (ConditionDescriptor.Of(condition.Kind).Shape == ConditionShape.Section)
                {
                    fine &= Visit(condition.Literals[0]);
                }
            }

            state[name] = 2;
            if (fine)
            {
                ok[name] = true;
            }

            return fine;
        }
    }
}
