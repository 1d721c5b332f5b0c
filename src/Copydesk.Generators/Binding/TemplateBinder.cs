using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Copydesk.Generators.Catalog;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Model;
using Copydesk.Generators.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Binding;

/// <summary>
/// Turns a template's syntax into its model (<see cref="TemplateSpec"/>, the only bound model) and
/// finds what syntax alone cannot: bad names, clashes, invalid patterns and captures, unreachable
/// rules, contradictory cardinalities, a missing headline or attribution. Split by seam: captures
/// (<c>.Captures.cs</c>), rules taken from the catalog (<c>.Catalog.cs</c>), whole-template checks (<c>.Checks.cs</c>).
/// </summary>
internal sealed partial class TemplateBinder
{
    private readonly TemplateSyntaxTree _syntax;
    private readonly string _fileName;
    private readonly List<TemplateDiagnostic> _diagnostics;

    // Every pattern built while binding, so the analyzers' engine template reuses it (built once per template text).
    private readonly Dictionary<string, CompiledPattern> _patterns = new(StringComparer.Ordinal);

    // A template whose name or namespace cannot be generated has no model at all; rules whose names
    // cannot be generated are left out of a model that has errors.
    private bool _typeNameOk = true;
    private readonly HashSet<string> _ungeneratable = new(StringComparer.Ordinal);

    private readonly bool _checkPatternEngines;

    // Set while a catalog family's rule is bound: its patterns are held to the linear-time engine by the
    // catalog's tests, so building their deciders again for every template that uses them (the costliest
    // part of reading such a template) would only repeat that proof.
    private bool _bindingCatalogRule;

    // Set while a catalog rule of BuiltInCatalog.VettedRules is bound (ConditionSpec.Vetted).
    private bool _bindingVettedRule;

    private TemplateBinder(TemplateSyntaxTree syntax, string fileName, bool checkPatternEngines)
    {
        _syntax = syntax;
        _fileName = fileName;
        _checkPatternEngines = checkPatternEngines;
        _diagnostics = new List<TemplateDiagnostic>(syntax.Diagnostics);
    }

    public static TemplateCompilation Bind(TemplateSyntaxTree syntax, string fileName, bool checkPatternEngines = true) =>
        new TemplateBinder(syntax, fileName, checkPatternEngines).Bind();

    private TemplateCompilation Bind()
    {
        var declaration = _syntax.Declaration;
        if (declaration is null && _syntax.Rules.IsEmpty && _syntax.CatalogUses.IsEmpty && _syntax.SpeechVerbs is null && _diagnostics.Count == 0)
        {
            Add(DiagnosticDescriptors.EmptyTemplate, new TextSpan(0, 0), _fileName);
            return new TemplateCompilation(_syntax, _diagnostics.ToImmutableArray(), null, _patterns);
        }

        var templateName = declaration?.Name?.Value ?? "";
        var ns = declaration?.Namespace?.Value ?? "";
        if (declaration?.Name is { } nameToken)
        {
            CheckTypeName(nameToken.Value, nameToken.Span, "template", GeneratedNames.TypeNameProblem(nameToken.Value)
                ?? (ns.Length == 0 && GeneratedNames.GlobalRoots.Contains(nameToken.Value) ? $"a type '{nameToken.Value}' in the global namespace would hide the namespace generated code uses" : null)
                ?? (GeneratedNames.RuntimeTypes.Contains(ns + "." + nameToken.Value) ? $"it would hide Copydesk's own type '{ns}.{nameToken.Value}'" : null));
        }

        if (declaration?.Namespace is { } nsToken)
        {
            var offset = nsToken.Span.Start;
            foreach (var part in ns.Split('.'))
            {
                CheckTypeName(part, new TextSpan(offset, part.Length), "namespace", GeneratedNames.TypeNameProblem(part));
                offset += part.Length + 1;
            }
        }

        var rules = new List<(RuleSource Source, RuleSpec Spec)>();
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
                nameOk = false;
            }

            if (!nameOk)
            {
                _ungeneratable.Add(name);
            }

            if (firstByName.TryGetValue(name, out var first))
            {
                ReportDuplicate(source, first, templateName);
                continue;
            }

            firstByName[name] = source;
            if (BindCatalogAware(source, name) is { } bound)
            {
                rules.Add((source, bound));
            }
        }

        CheckBlockTypeNames(rules, firstByName);
        CheckTemplateNameAgainstMembers(declaration?.Name, rules);
        if (declaration?.Name is not null)
        {
            CheckHeadlineAndAttribution(sources, declaration.Name.Span, templateName);
        }

        CheckReachability(rules);
        CheckSections(rules, firstByName, templateName);

        var speechVerbs = BindSpeechVerbs();
        var disabled = _syntax.Directives.SelectMany(d => d.Ids).Select(i => i.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToEquatableArray();
        var diagnostics = Capped(_diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList());

        if (declaration?.Name is null || !_typeNameOk)
        {
            return new TemplateCompilation(_syntax, diagnostics, null, _patterns);
        }

        var errors = diagnostics.Where(d => d.IsError).Select(Describe).ToEquatableArray();
        var spec = new TemplateSpec(
            templateName,
            ns,
            declaration.Accessibility?.Value == "internal",
            _fileName,
            WithoutDanglingSections(rules.Select(r => r.Spec).Where(r => errors.Count == 0 || !_ungeneratable.Contains(r.Name))).ToEquatableArray(),
            speechVerbs,
            disabled,
            errors);
        return new TemplateCompilation(_syntax, diagnostics, spec, _patterns);
    }

    private RuleSpec? BindRule(RuleSyntax rule, string name)
    {
        var cardinality = rule.Cardinality?.Text switch
        {
            "?" => Cardinality.Optional,
            "*" => Cardinality.Many,
            "+" => Cardinality.OneOrMore,
            _ => Cardinality.One,
        };

        // The parser reported a missing matcher.
        var ok = rule.Otherwise is not null || !rule.Conditions.IsEmpty;
        var conditions = new List<ConditionSpec>();
        var captures = new RuleCaptures();
        foreach (var condition in rule.Conditions)
        {
            var bound = BindCondition(condition, name, captures);
            if (bound is null)
            {
                ok = false;
                continue;
            }

            conditions.Add(bound);
        }

        CheckCardinality(rule, name, cardinality, conditions);
        if (!ok)
        {
            return null;
        }

        var captureSpecs = BindCaptureSpecs(rule, name, conditions, captures);
        if (captureSpecs is null)
        {
            return null;
        }

        return new RuleSpec(rule.Role!.Value, name, cardinality, conditions.ToEquatableArray(), captureSpecs.Value, rule.Text);
    }

    private ConditionSpec? BindCondition(ConditionSyntax condition, string ruleName, RuleCaptures captures)
    {
        foreach (var literal in condition.Literals)
        {
            if (TextNormalizer.NormalizeLiteral(literal.Value).Length == 0)
            {
                Add(DiagnosticDescriptors.TemplateSyntaxError, literal.Span, "an empty text matches nothing: give the words to look for");
                return null;
            }
        }

        if (condition.Kind == ConditionKind.Pattern)
        {
            return BindPattern(condition, ruleName, captures);
        }

        string? captureName = null;
        if (condition.ThenCapture is { } then)
        {
            var capture = BindCapture(then, ruleName);
            if (capture is null)
            {
                return null;
            }

            captureName = capture.Name;
            captures.Fill(capture.Name, then.Span);
            captures.Declare(capture);
        }

        return new ConditionSpec(condition.Kind, condition.Number, condition.Literals.Select(l => l.Value).ToEquatableArray(), captureName, null, condition.IgnoreCase);
    }

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

    /// <summary>At most <see cref="MaxProblemsPerLine"/> problems a line and <see cref="MaxProblemsPerFile"/> a file, then one summary (ART0018).</summary>
    private ImmutableArray<TemplateDiagnostic> Capped(List<TemplateDiagnostic> sorted)
    {
        var kept = ImmutableArray.CreateBuilder<TemplateDiagnostic>();
        TemplateDiagnostic? firstHidden = null;
        var hidden = 0;
        var line = -1;
        var onLine = 0;
        foreach (var diagnostic in sorted)
        {
            var at = _syntax.LineOf(diagnostic.Span.Start);
            onLine = at == line ? onLine + 1 : 1;
            line = at;
            if (onLine > MaxProblemsPerLine || kept.Count >= MaxProblemsPerFile)
            {
                firstHidden ??= diagnostic;
                hidden++;
                continue;
            }

            kept.Add(diagnostic);
        }

        if (firstHidden is not null)
        {
            kept.Add(new TemplateDiagnostic(DiagnosticDescriptors.TooManyProblems, firstHidden.Span,
                hidden.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"the first at line {(_syntax.LineOf(firstHidden.Span.Start) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        return kept.ToImmutable();
    }

    private const int MaxProblemsPerLine = 10;

    private const int MaxProblemsPerFile = 100;

    private void CheckTypeName(string name, TextSpan span, string what, string? problem)
    {
        if (problem is not null)
        {
            Add(DiagnosticDescriptors.InvalidName, span, name, what, problem);
            _typeNameOk = false;
        }
    }

    /// <summary>One error as the generated <c>Parse</c> names it: "line 4, column 12: ART0003 …".</summary>
    private string Describe(TemplateDiagnostic diagnostic)
    {
        var line = _syntax.LineOf(diagnostic.Span.Start);
        var column = diagnostic.Span.Start - (_syntax.LineStarts.IsEmpty ? 0 : _syntax.LineStarts[line]) + 1;
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, "line {0}, column {1}: {2} {3}", line + 1, column, diagnostic.Id, diagnostic.Message);
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
