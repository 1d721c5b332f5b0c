using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk;
using Copydesk.Generators.Catalog;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Model;
using Copydesk.Generators.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Binding;

/// <summary>
/// Turns a template's syntax into its model and finds what syntax alone cannot: bad names, clashes,
/// invalid patterns and captures, unreachable rules, contradictory cardinalities, a missing headline
/// or attribution. The engine's own types build the rules, so capture order and literal handling
/// are the engine's.
/// </summary>
internal sealed class TemplateBinder
{
    private static readonly string[] CaptureTypes = { "string", "int", "decimal", "date" };

    private readonly TemplateSyntaxTree _syntax;
    private readonly string _fileName;
    private readonly List<TemplateDiagnostic> _diagnostics;

    private TemplateBinder(TemplateSyntaxTree syntax, string fileName)
    {
        _syntax = syntax;
        _fileName = fileName;
        _diagnostics = new List<TemplateDiagnostic>(syntax.Diagnostics);
    }

    public static TemplateCompilation Bind(TemplateSyntaxTree syntax, string fileName) => new TemplateBinder(syntax, fileName).Bind();

    private TemplateCompilation Bind()
    {
        var declaration = _syntax.Declaration;
        if (declaration is null && _syntax.Rules.IsEmpty && _syntax.CatalogUses.IsEmpty && _syntax.SpeechVerbs is null && _diagnostics.Count == 0)
        {
            Add(DiagnosticDescriptors.EmptyTemplate, new TextSpan(0, 0), _fileName);
            return new TemplateCompilation(_syntax, _diagnostics.ToImmutableArray(), null, null);
        }

        var templateName = declaration?.Name?.Value ?? "";
        if (declaration?.Name is { } nameToken)
        {
            CheckIdentifier(nameToken.Value, nameToken.Span, "template");
        }

        var ns = "";
        if (declaration?.Namespace is { } nsToken)
        {
            ns = nsToken.Value;
            var offset = nsToken.Span.Start;
            foreach (var part in ns.Split('.'))
            {
                CheckIdentifier(part, new TextSpan(offset, part.Length), "namespace");
                offset += part.Length + 1;
            }
        }

        var rules = new List<(RuleSource Source, RuleSpec Spec, ArticleRule Engine)>();
        var firstByName = new Dictionary<string, RuleSource>(StringComparer.Ordinal);
        var reserved = new HashSet<string>(GeneratedNames.ParserMembers, StringComparer.Ordinal) { templateName };
        var sources = CollectRuleSources();
        foreach (var source in sources)
        {
            var ruleSyntax = source.Syntax;
            if (ruleSyntax.Name is null || ruleSyntax.Role is null)
            {
                continue;
            }

            var name = ruleSyntax.Name.Value;
            var nameOk = CheckIdentifier(name, source.NameSpan, "section");
            if (nameOk && reserved.Contains(name))
            {
                Add(DiagnosticDescriptors.InvalidName, source.NameSpan, name, "section",
                    name == templateName ? "it is the template's own name" : $"the generated parser already has a member '{name}'");
            }

            if (firstByName.TryGetValue(name, out var first))
            {
                ReportDuplicate(source, first, templateName);
                continue;
            }

            firstByName[name] = source;
            var bound = BindCatalogAware(source, name, templateName);
            if (bound is not null)
            {
                rules.Add((source, bound.Value.Spec, bound.Value.Engine));
            }
        }

        // A rule named "X" generates the nested type "XBlock"; another rule may not be named that.
        foreach (var rule in rules)
        {
            if (firstByName.TryGetValue(GeneratedNames.BlockType(rule.Spec.Name), out var clash))
            {
                Add(DiagnosticDescriptors.InvalidName, clash.NameSpan, clash.Syntax.Name!.Value, "section",
                    $"the generated parser declares the type '{clash.Syntax.Name.Value}' for section '{rule.Spec.Name}'");
            }
        }

        if (declaration?.Name is not null)
        {
            var where = declaration.Name.Span;
            if (!sources.Any(r => r.Syntax.Role == SectionRole.Headline))
            {
                Add(DiagnosticDescriptors.NoHeadline, where, templateName);
            }

            if (!sources.Any(r => r.Syntax.Role == SectionRole.Attribution))
            {
                Add(DiagnosticDescriptors.NoAttribution, where, templateName);
            }
        }

        CheckReachability(rules.Select(r => (r.Source, r.Spec, r.Engine)).ToList());

        var speechVerbs = BindSpeechVerbs();
        var disabled = _syntax.Directives.SelectMany(d => d.Ids).Select(i => i.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToEquatableArray();
        var diagnostics = _diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

        if (diagnostics.Any(d => d.IsError) || declaration?.Name is null)
        {
            return new TemplateCompilation(_syntax, diagnostics, null, null);
        }

        var spec = new TemplateSpec(
            templateName,
            ns,
            declaration.Accessibility?.Value == "internal",
            _fileName,
            rules.Select(r => r.Spec).ToEquatableArray(),
            speechVerbs,
            disabled);
        var engine = new ArticleTemplate(templateName, rules.Select(r => r.Engine), speechVerbs.Count == 0 ? null : speechVerbs);
        return new TemplateCompilation(_syntax, diagnostics, spec, engine);
    }

    private (RuleSpec Spec, ArticleRule Engine)? BindRule(RuleSyntax rule, string name, string templateName)
    {
        var cardinality = rule.Cardinality?.Text switch
        {
            "?" => Cardinality.Optional,
            "*" => Cardinality.Many,
            "+" => Cardinality.OneOrMore,
            _ => Cardinality.One,
        };

        var ok = true;
        var conditions = new List<ConditionSpec>();
        var parts = new RuleParts();
        foreach (var condition in rule.Conditions)
        {
            var bound = BindCondition(condition, name, parts);
            if (bound is null)
            {
                ok = false;
                continue;
            }

            conditions.Add(bound);
        }

        if (rule.Otherwise is null && rule.Conditions.IsEmpty)
        {
            // The parser reported the missing matcher.
            ok = false;
        }

        CheckCardinality(rule, name, cardinality, conditions);
        if (!ok)
        {
            return null;
        }

        ArticleRule engine;
        try
        {
            engine = new ArticleRule(rule.Role!.Value, name, cardinality, parts.EngineConditions,
                parts.TypedCaptures.Select(c => new CaptureDefinition(c.Name, c.Kind, c.Format)));
        }
        catch (ArgumentException)
        {
            // Reported above: a typed capture that no condition fills.
            return null;
        }

        var captures = new List<CaptureSpec>();
        foreach (var capture in engine.Captures)
        {
            var span = parts.CaptureSpans.TryGetValue(capture.Name, out var s) ? s : rule.Name!.Span;
            var problem = GeneratedNames.IdentifierProblem(capture.Name);
            if (problem is not null)
            {
                Add(DiagnosticDescriptors.InvalidName, span, capture.Name, "capture", problem);
                ok = false;
            }
            else if (GeneratedNames.BlockMembers.Contains(capture.Name) || capture.Name == GeneratedNames.BlockType(name))
            {
                Add(DiagnosticDescriptors.InvalidName, span, capture.Name, "capture", $"the generated type '{GeneratedNames.BlockType(name)}' already has a member '{capture.Name}'");
                ok = false;
            }

            var alwaysFilled = conditions.Any(c => c.Kind == ConditionKind.StartsWith && c.CaptureName == capture.Name);
            captures.Add(new CaptureSpec(capture.Name, capture.Kind, capture.Kind == CaptureKind.Date ? capture.Format : null, alwaysFilled));
        }

        if (!ok)
        {
            return null;
        }

        return (new RuleSpec(rule.Role!.Value, name, cardinality, conditions.ToEquatableArray(), captures.ToEquatableArray(), rule.Text), engine);
    }

    private ConditionSpec? BindCondition(ConditionSyntax condition, string ruleName, RuleParts parts)
    {
        var literals = condition.Literals.Select(l => l.Value).ToEquatableArray();
        foreach (var literal in condition.Literals)
        {
            if (TextNormalizer.NormalizeLiteral(literal.Value).Length == 0)
            {
                Add(DiagnosticDescriptors.TemplateSyntaxError, literal.Span, "an empty text matches nothing: give the words to look for");
                return null;
            }
        }

        switch (condition.Kind)
        {
            case ConditionKind.Pattern:
                return BindPattern(condition, ruleName, parts);
            case ConditionKind.StartsWith:
                string? captureName = null;
                if (condition.ThenCapture is { } then)
                {
                    var capture = BindCapture(then, ruleName);
                    if (capture is null)
                    {
                        return null;
                    }

                    captureName = capture.Name;
                    parts.CaptureSpans[capture.Name] = then.Span;
                    if (capture.Kind != CaptureKind.String)
                    {
                        parts.TypedCaptures.Add(capture);
                    }
                }

                parts.EngineConditions.Add(BlockCondition.StartsWith(literals[0], captureName, condition.IgnoreCase));
                return new ConditionSpec(condition.Kind, 0, literals, captureName, null, condition.IgnoreCase);
            default:
                parts.EngineConditions.Add(condition.Kind switch
                {
                    ConditionKind.FirstBlock => BlockCondition.FirstBlock(),
                    ConditionKind.LastBlocks => BlockCondition.LastBlocks(condition.Number),
                    ConditionKind.MaxLength => BlockCondition.MaxLength(condition.Number),
                    ConditionKind.NoFinalPunctuation => BlockCondition.NoFinalPunctuation(),
                    ConditionKind.FirstTextBlock => BlockCondition.FirstTextBlock(),
                    ConditionKind.MinLines => BlockCondition.MinLines(condition.Number),
                    ConditionKind.MaxLineLength => BlockCondition.MaxLineLength(condition.Number),
                    ConditionKind.AfterAttribution => BlockCondition.AfterAttribution(),
                    ConditionKind.MostlyLinks => BlockCondition.MostlyLinks(),
                    ConditionKind.Exactly => BlockCondition.Exactly(literals[0], condition.IgnoreCase),
                    ConditionKind.OneOf => BlockCondition.OneOf(condition.IgnoreCase, literals.ToArray()),
                    ConditionKind.EndsWith => BlockCondition.EndsWith(literals[0], condition.IgnoreCase),
                    _ => BlockCondition.Contains(literals[0], condition.IgnoreCase),
                });
                return new ConditionSpec(condition.Kind, condition.Number, literals, null, null, condition.IgnoreCase);
        }
    }

    private ConditionSpec? BindPattern(ConditionSyntax condition, string ruleName, RuleParts parts)
    {
        var token = condition.Pattern!;
        var ignoreCase = false;
        foreach (var flag in token.Flags)
        {
            if (flag == 'i')
            {
                ignoreCase = true;
                continue;
            }

            var at = token.Span.End - token.Flags.Length + token.Flags.IndexOf(flag);
            Add(DiagnosticDescriptors.TemplateSyntaxError, new TextSpan(at, 1), $"unknown pattern flag '{flag}' (the only flag is 'i', ignore case)");
            return null;
        }

        Regex regex;
        try
        {
            regex = BlockCondition.CreatePattern(token.Value, ignoreCase);
        }
        catch (ArgumentException exception)
        {
            // .NET 7+ says where in the pattern the error is; older hosts do not.
            var patternStart = token.Span.Start + 1;
            var span = new TextSpan(patternStart, token.Value.Length);
            if (exception.GetType().GetProperty("Offset")?.GetValue(exception) is int offset && offset >= 0)
            {
                var at = Math.Min(offset, token.Value.Length);
                span = new TextSpan(patternStart + Math.Max(0, at - 1), at > 0 ? 1 : 0);
            }

            Add(DiagnosticDescriptors.InvalidPattern, span, ruleName, exception.Message);
            return null;
        }

        var groups = new HashSet<string>(regex.GetGroupNames(), StringComparer.Ordinal);
        foreach (var captureSyntax in condition.TypedCaptures)
        {
            var capture = BindCapture(captureSyntax, ruleName);
            if (capture is null)
            {
                return null;
            }

            if (!groups.Contains(capture.Name))
            {
                Add(DiagnosticDescriptors.InvalidCapture, captureSyntax.Name.Span, capture.Name, ruleName,
                    $"the pattern has no named group '(?<{capture.Name}>…)'");
                return null;
            }

            parts.CaptureSpans[capture.Name] = captureSyntax.Span;
            parts.TypedCaptures.Add(capture);
        }

        foreach (var group in regex.GetGroupNames())
        {
            if (!parts.CaptureSpans.ContainsKey(group))
            {
                // Point at the group in the pattern so name errors land where the name is written.
                var at = token.Value.IndexOf("<" + group + ">", StringComparison.Ordinal);
                parts.CaptureSpans[group] = at >= 0 ? new TextSpan(token.Span.Start + 1 + at + 1, group.Length) : token.Span;
            }
        }

        parts.EngineConditions.Add(BlockCondition.Matches(regex));
        return new ConditionSpec(ConditionKind.Pattern, 0, EquatableArray<string>.Empty, null, token.Value, ignoreCase);
    }

    private CaptureSpec? BindCapture(CaptureSyntax capture, string ruleName)
    {
        var name = capture.Name.Value;
        var kind = CaptureKind.String;
        string? format = null;
        if (capture.Type is { } type)
        {
            switch (type.Value)
            {
                case "string":
                    break;
                case "int":
                    kind = CaptureKind.Int;
                    break;
                case "decimal":
                    kind = CaptureKind.Decimal;
                    break;
                case "date":
                    kind = CaptureKind.Date;
                    break;
                default:
                    var suggestion = TemplateParser.Suggest(type.Value, CaptureTypes);
                    Add(DiagnosticDescriptors.InvalidCapture, type.Span, name, ruleName,
                        $"'{type.Value}' is not a capture type (string, int, decimal, date)" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
                    return null;
            }
        }

        if (capture.Format is { } formatToken)
        {
            if (kind != CaptureKind.Date)
            {
                Add(DiagnosticDescriptors.InvalidCapture, formatToken.Span, name, ruleName, $"only date captures take a format, not {capture.Type!.Value}");
                return null;
            }

            format = formatToken.Value;
            var problem = DateFormatProblem(format);
            if (problem is not null)
            {
                Add(DiagnosticDescriptors.InvalidCapture, formatToken.Span, name, ruleName, problem);
                return null;
            }
        }

        return new CaptureSpec(name, kind, kind == CaptureKind.Date ? format ?? CaptureDefinition.DefaultDateFormat : null, IsAlwaysFilled: false);
    }

    private static string? DateFormatProblem(string format)
    {
        if (format.Trim().Length == 0)
        {
            return "the date format is empty";
        }

        // A format must read back what it writes, or no article date could ever match it.
        var sample = new DateTime(2021, 12, 23, 14, 5, 9);
        try
        {
            var written = sample.ToString(format, CultureInfo.InvariantCulture);
            if (!DateTime.TryParseExact(written, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _))
            {
                return $"the date format \"{format}\" cannot read back the dates it writes";
            }
        }
        catch (FormatException)
        {
            return $"\"{format}\" is not a valid .NET date format";
        }

        return null;
    }

    private void CheckCardinality(RuleSyntax rule, string name, Cardinality cardinality, List<ConditionSpec> conditions)
    {
        var written = rule.Cardinality?.Text ?? "exactly one";
        var span = rule.Cardinality?.Span ?? rule.Name!.Span;
        var atMostOne = conditions.FirstOrDefault(c => c.Kind == ConditionKind.FirstBlock || c.Kind == ConditionKind.LastBlocks && c.Number == 1);
        if (atMostOne is not null && !cardinality.IsSingle())
        {
            var which = atMostOne.Kind == ConditionKind.FirstBlock ? "first block" : "last block";
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

    private void CheckReachability(List<(RuleSource Source, RuleSpec Spec, ArticleRule Engine)> rules)
    {
        // The engine's own tiers, so the check follows the order blocks really try rules in.
        var ordered = rules.OrderBy(r => ArticleTemplate.TierOf(r.Engine)).ToList();
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
            var suggestion = TemplateParser.Suggest(token.Value, candidates);
            Add(DiagnosticDescriptors.UnknownCatalogFamily, token.Span, token.Value, roleName,
                suggestion is null ? $" (see docs/catalog.md)" : $"; did you mean '{suggestion}'?");
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

    private void ReportDuplicate(RuleSource source, RuleSource first, string templateName)
    {
        var name = source.Syntax.Name!.Value;
        var catalog = source.Family is not null ? source : first.Family is not null ? first : null;
        if (catalog is null)
        {
            _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.DuplicateName, source.NameSpan, "Section", name, templateName)
            {
                AdditionalSpans = new[] { first.NameSpan },
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
    private (RuleSpec Spec, ArticleRule Engine)? BindCatalogAware(RuleSource source, string name, string templateName)
    {
        if (source.Family is null)
        {
            return BindRule(source.Syntax, name, templateName);
        }

        var before = _diagnostics.Count;
        var bound = BindRule(source.Syntax, name, templateName);
        for (var i = before; i < _diagnostics.Count; i++)
        {
            var original = _diagnostics[i];
            _diagnostics[i] = new TemplateDiagnostic(original.Descriptor, source.NameSpan, original.Arguments);
        }

        return bound is { } value
            ? (value.Spec with { SourceText = $"{source.Syntax.Text} (catalog family {source.Family.Name})" }, value.Engine)
            : null;
    }

    /// <summary>True when every block <paramref name="later"/> accepts, <paramref name="earlier"/> accepts too.</summary>
    private static bool Subsumes(RuleSpec earlier, RuleSpec later) =>
        earlier.Conditions.All(e => later.Conditions.Any(l => Implies(l, e)));

    /// <summary>True when a block meeting <paramref name="strong"/> surely meets <paramref name="weak"/>.</summary>
    private static bool Implies(ConditionSpec strong, ConditionSpec weak)
    {
        switch (weak.Kind)
        {
            case ConditionKind.MaxLength:
                return strong.Kind == ConditionKind.MaxLength && strong.Number <= weak.Number;
            case ConditionKind.LastBlocks:
                return strong.Kind == ConditionKind.LastBlocks && strong.Number <= weak.Number;
            case ConditionKind.MaxLineLength:
                return strong.Kind == ConditionKind.MaxLineLength && strong.Number <= weak.Number;
            case ConditionKind.MinLines:
                return strong.Kind == ConditionKind.MinLines && strong.Number >= weak.Number;
            case ConditionKind.OneOf:
            case ConditionKind.Exactly:
                if (strong.Kind != ConditionKind.OneOf && strong.Kind != ConditionKind.Exactly || strong.IgnoreCase && !weak.IgnoreCase)
                {
                    return false;
                }

                var accepted = new HashSet<string>(weak.Literals.Select(TextNormalizer.NormalizeLiteral), weak.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                return strong.Literals.All(l => accepted.Contains(TextNormalizer.NormalizeLiteral(l)));
            case ConditionKind.StartsWith:
                return strong.Kind == ConditionKind.StartsWith && weak.CaptureName is null && SameLiteral(strong, weak);
            case ConditionKind.EndsWith:
            case ConditionKind.Contains:
                return strong.Kind == weak.Kind && SameLiteral(strong, weak);
            case ConditionKind.Pattern:
                return strong.Kind == ConditionKind.Pattern && strong.Pattern == weak.Pattern && strong.IgnoreCase == weak.IgnoreCase;
            default:
                return strong.Kind == weak.Kind;
        }
    }

    /// <summary>What binding a rule's conditions collects for the engine's rule and for locating capture problems.</summary>
    private sealed class RuleParts
    {
        public List<CaptureSpec> TypedCaptures { get; } = new();

        public Dictionary<string, TextSpan> CaptureSpans { get; } = new(StringComparer.Ordinal);

        public List<BlockCondition> EngineConditions { get; } = new();
    }

    /// <summary>A rule to bind: written in the template, or taken from a catalog family by a <c>use</c> line.</summary>
    private sealed record RuleSource(RuleSyntax Syntax, TextSpan NameSpan, CatalogFamily? Family, CatalogUseSyntax? Use);

    /// <summary>True when every text <paramref name="strong"/>'s literal accepts, <paramref name="weak"/>'s accepts too.</summary>
    private static bool SameLiteral(ConditionSpec strong, ConditionSpec weak) =>
        (!strong.IgnoreCase || weak.IgnoreCase) &&
        string.Equals(TextNormalizer.NormalizeLiteral(strong.Literals[0]), TextNormalizer.NormalizeLiteral(weak.Literals[0]),
            weak.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private EquatableArray<string> BindSpeechVerbs()
    {
        if (_syntax.SpeechVerbs is not { } verbs)
        {
            return EquatableArray<string>.Empty;
        }

        var list = new List<string>();
        if (verbs.Also)
        {
            list.AddRange(QuotationDetector.DefaultSpeechVerbs);
        }

        foreach (var verb in verbs.Verbs)
        {
            if (TextNormalizer.CollapseSpaces(verb.Value).Length == 0)
            {
                Add(DiagnosticDescriptors.TemplateSyntaxError, verb.Span, "an empty speech verb attributes nothing");
                continue;
            }

            list.Add(verb.Value);
        }

        return list.ToEquatableArray();
    }

    private bool CheckIdentifier(string name, TextSpan span, string what)
    {
        var problem = GeneratedNames.IdentifierProblem(name);
        if (problem is null)
        {
            return true;
        }

        Add(DiagnosticDescriptors.InvalidName, span, name, what, problem);
        return false;
    }

    private void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextSpan span, params string[] arguments) =>
        _diagnostics.Add(new TemplateDiagnostic(descriptor, span, arguments));
}
