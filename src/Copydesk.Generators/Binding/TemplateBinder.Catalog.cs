using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Generators.Catalog;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Model;
using Copydesk.Generators.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Binding;

/// <summary>Rules taken from the built-in catalog by <c>use</c> lines: resolved, bound like the template's own, reported at the <c>use</c> line.</summary>
internal sealed partial class TemplateBinder
{
    /// <summary>The template's own rules and the rules its <c>use</c> lines take from the catalog, in file order.</summary>
    private List<RuleSource> CollectRuleSources()
    {
        var sources = new List<(int Position, int Order, RuleSource Source)>();
        foreach (var rule in _syntax.Rules)
        {
            sources.Add((rule.Span.Start, 0, new RuleSource(rule, rule.Name?.Span ?? rule.Span, null, null)));
        }

        foreach (var use in _syntax.CatalogUses)
        {
            if (use.Role is not { } role)
            {
                continue;
            }

            var order = 0;
            foreach (var family in ResolveFamilies(use, role))
            {
                foreach (var rule in family.Rules)
                {
                    sources.Add((use.Span.Start, order++, new RuleSource(rule, use.Span, family, use)));
                }
            }
        }

        return sources.OrderBy(s => s.Position).ThenBy(s => s.Order).Select(s => s.Source).ToList();
    }

    private List<CatalogFamily> ResolveFamilies(CatalogUseSyntax use, SectionRole role)
    {
        var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in use.Excluded)
        {
            if (Resolve(token, role) is { } family)
            {
                excluded.Add(family.Name);
            }
        }

        var families = new List<CatalogFamily>();
        foreach (var token in use.Families)
        {
            var resolved = string.Equals(token.Value, BuiltInCatalog.Common, StringComparison.OrdinalIgnoreCase)
                ? BuiltInCatalog.CommonFor(role).ToList()
                : Resolve(token, role) is { } named ? new List<CatalogFamily> { named } : new List<CatalogFamily>();
            foreach (var family in resolved)
            {
                if (!excluded.Contains(family.Name) && !families.Contains(family))
                {
                    families.Add(family);
                }
            }
        }

        return families;
    }

    private CatalogFamily? Resolve(TemplateToken token, SectionRole role)
    {
        var family = BuiltInCatalog.Find(token.Value);
        var roleName = role.ToString().ToLowerInvariant();
        if (family is null)
        {
            var candidates = BuiltInCatalog.CommonFor(role).Select(f => f.Name).Append(BuiltInCatalog.Common);
            var suggestion = Spelling.Suggest(token.Value, candidates);
            _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.UnknownCatalogFamily, token.Span, token.Value, roleName,
                suggestion is null ? $" (see docs/catalog.md)" : $"; did you mean '{suggestion}'?")
            {
                Properties = suggestion is null ? FixProperties.None : FixProperties.Replace($"Change to '{suggestion}'", suggestion),
            });
            return null;
        }

        if (family.Role != role)
        {
            Add(DiagnosticDescriptors.UnknownCatalogFamily, token.Span, token.Value, roleName,
                $"; it is a {family.Role.ToString().ToLowerInvariant()} family: use it with @{family.Role.ToString().ToLowerInvariant()}");
            return null;
        }

        return family;
    }

    /// <summary>The name with the first number after it that no rule, written or from the catalog, has.</summary>
    private string FreeName(string name)
    {
        var taken = new HashSet<string>(_syntax.Rules.Where(r => r.Name is not null).Select(r => r.Name!.Value), StringComparer.Ordinal);
        taken.UnionWith(BuiltInCatalog.Families.SelectMany(f => f.Rules).Where(r => r.Name is not null).Select(r => r.Name!.Value));
        return GeneratedNames.FreeName(taken, name);
    }

    private void ReportDuplicate(RuleSource source, RuleSource first, string templateName)
    {
        var name = source.Syntax.Name!.Value;
        var catalog = source.Family is not null ? source : first.Family is not null ? first : null;
        if (catalog is null)
        {
            var free = FreeName(name);
            _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.DuplicateName, source.NameSpan, "Section", name, templateName)
            {
                AdditionalSpans = new[] { first.NameSpan },
                Properties = FixProperties.Replace($"Rename to '{free}'", free),
            });
            return;
        }

        // Report at the template's own rule when there is one: that is what the user wrote.
        var own = catalog == source ? first : source;
        _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.CatalogRuleClash, own.NameSpan, name, catalog.Use!.Text.Trim(), catalog.Family!.Name)
        {
            AdditionalSpans = new[] { catalog.NameSpan },
        });
    }

    /// <summary>Binds a rule; problems in a catalog rule are reported at the <c>use</c> line that took it.</summary>
    private RuleSpec? BindCatalogAware(RuleSource source, string name)
    {
        // The line generated members map back to: the rule's own line, or the use line that took it.
        var line = _syntax.LineOf(source.NameSpan.Start) + 1;
        if (source.Family is null)
        {
            return BindRule(source.Syntax, name) is { } own ? own with { Line = line } : null;
        }

        var before = _diagnostics.Count;
        _bindingCatalogRule = true;
        _bindingVettedRule = source.Syntax.Name is { } familyRule && BuiltInCatalog.VettedRules.Contains(familyRule.Value);
        var bound = BindRule(source.Syntax, name);
        _bindingCatalogRule = _bindingVettedRule = false;
        for (var i = before; i < _diagnostics.Count; i++)
        {
            var original = _diagnostics[i];
            _diagnostics[i] = new TemplateDiagnostic(original.Descriptor, source.NameSpan, original.Arguments);
        }

        return bound is null ? null : bound with { SourceText = $"{source.Syntax.Text} (catalog family {source.Family.Name})", Line = line };
    }

    /// <summary>A rule to bind: written in the template, or taken from a catalog family by a <c>use</c> line.</summary>
    private sealed record RuleSource(RuleSyntax Syntax, TextSpan NameSpan, CatalogFamily? Family, CatalogUseSyntax? Use);
}
