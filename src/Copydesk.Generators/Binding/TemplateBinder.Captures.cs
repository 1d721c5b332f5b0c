using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Generators.Diagnostics;
using Copydesk.Generators.Model;
using Copydesk.Generators.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Binding;

/// <summary>Patterns and captures: what a rule takes out of a block, in the order the engine numbers it.</summary>
internal sealed partial class TemplateBinder
{
    private static readonly string[] CaptureKeywords = CaptureType.All.Select(t => t.Keyword).ToArray();

    private ConditionSpec? BindPattern(ConditionSyntax condition, string ruleName, RuleCaptures captures)
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

        var patternStart = token.Span.Start + 1;
        if (token.Value.Length > PatternEngine.MaxPatternLength)
        {
            // Checked before building: a huge pattern costs seconds to build.
            Add(DiagnosticDescriptors.PatternTooLong, token.Span, ruleName,
                token.Value.Length.ToString(CultureInfo.InvariantCulture), PatternEngine.MaxPatternLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        var (compiled, problem) = BuildPattern(token.Value, ignoreCase);
        if (compiled is null)
        {
            var span = problem!.Value.Offset is { } offset
                ? new TextSpan(patternStart + Math.Max(0, Math.Min(offset, token.Value.Length) - 1), Math.Min(offset, token.Value.Length) > 0 ? 1 : 0)
                : new TextSpan(patternStart, token.Value.Length);
            Add(DiagnosticDescriptors.InvalidPattern, span, ruleName, problem.Value.Message);
            return null;
        }

        if (_checkPatternEngines && !_bindingCatalogRule && compiled.NeedsBacktracking)
        {
            Add(DiagnosticDescriptors.BacktrackingPattern, token.Span, ruleName, compiled.BacktrackingReason!);
        }

        _patterns[PatternKey(token.Value, ignoreCase)] = compiled;
        var regex = compiled.Reference;
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

            captures.Declare(capture, captureSyntax.Span);
        }

        foreach (var group in BlockCondition.NamedGroups(regex))
        {
            // Point at the group in the pattern so name errors land where the name is written.
            var at = token.Value.IndexOf("<" + group + ">", StringComparison.Ordinal);
            captures.Fill(group, at >= 0 ? new TextSpan(patternStart + at + 1, group.Length) : token.Span);
        }

        return new ConditionSpec(ConditionKind.Pattern, 0, EquatableArray<string>.Empty, null, token.Value, ignoreCase, Vetted: _bindingVettedRule);
    }

    /// <summary>The key of a built pattern in <see cref="TemplateCompilation.Patterns"/>.</summary>
    internal static string PatternKey(string pattern, bool ignoreCase) => (ignoreCase ? "i/" : "/") + pattern;

    /// <summary>The pattern as the engine runs it, or why .NET rejects it (with the offset of the problem when the host says it, .NET 7+).</summary>
    private static (CompiledPattern? Pattern, (string Message, int? Offset)? Problem) BuildPattern(string pattern, bool ignoreCase)
    {
        try
        {
            return (BlockCondition.CreatePattern(pattern, ignoreCase), null);
        }
        catch (ArgumentException exception)
        {
            // RegexParseException (.NET 7+) derives from ArgumentException and carries the offset;
            // the analyzer targets netstandard2.0, so it reads the offset without naming the type.
            var offset = exception.GetType().GetProperty("Offset")?.GetValue(exception) is int at && at >= 0 ? at : (int?)null;
            return (null, (exception.Message, offset));
        }
    }

    private CaptureSpec? BindCapture(CaptureSyntax capture, string ruleName)
    {
        var name = capture.Name.Value;
        var kind = CaptureKind.String;
        string? format = null;
        if (capture.Type is { } type)
        {
            if (CaptureType.All.FirstOrDefault(t => t.Keyword == type.Value) is { } known)
            {
                kind = known.Kind;
            }
            else
            {
                var suggestion = Spelling.Suggest(type.Value, CaptureKeywords);
                Add(DiagnosticDescriptors.InvalidCapture, type.Span, name, ruleName,
                    $"'{type.Value}' is not a capture type ({string.Join(", ", CaptureKeywords)})" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
                return null;
            }
        }

        if (capture.Format is { } formatToken)
        {
            if (!CaptureType.Of(kind).TakesFormat)
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

        return new CaptureSpec(name, kind, CaptureType.Of(kind).TakesFormat ? format ?? CaptureDefinition.DefaultDateFormat : null, IsAlwaysFilled: false);
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
            if (!CaptureType.TryDate(written, format, out _))
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

    /// <summary>The rule's captures in the engine's order (by condition, then by group), checked as generated member names.</summary>
    private EquatableArray<CaptureSpec>? BindCaptureSpecs(RuleSyntax rule, string ruleName, List<ConditionSpec> conditions, RuleCaptures captures)
    {
        var ok = true;
        var result = new List<CaptureSpec>();
        foreach (var name in captures.Filled)
        {
            var span = captures.SpanOf(name) ?? rule.Name!.Span;
            var problem = GeneratedNames.IdentifierProblem(name);
            if (problem is not null)
            {
                Add(DiagnosticDescriptors.InvalidName, span, name, "capture", problem);
                ok = false;
            }
            else if (GeneratedNames.BlockMembers.Contains(name) || name == GeneratedNames.BlockType(ruleName))
            {
                Add(DiagnosticDescriptors.InvalidName, span, name, "capture", $"the generated type '{GeneratedNames.BlockType(ruleName)}' already has a member '{name}'");
                ok = false;
            }

            var declared = captures.TypeOf(name);
            var alwaysFilled = conditions.Any(c => c.Kind == ConditionKind.StartsWith && c.CaptureName == name);
            result.Add(new CaptureSpec(name, declared?.Kind ?? CaptureKind.String, declared?.Format, alwaysFilled));
        }

        return ok ? result.ToEquatableArray() : null;
    }

    /// <summary>What a rule's conditions fill and declare, collected while they are bound.</summary>
    private sealed class RuleCaptures
    {
        private readonly List<string> _filled = new();
        private readonly Dictionary<string, TextSpan> _spans = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CaptureSpec> _types = new(StringComparer.Ordinal);

        /// <summary>Capture names in the order the engine numbers them: first filled first.</summary>
        public IReadOnlyList<string> Filled => _filled;

        /// <summary>A condition fills <paramref name="name"/>; <paramref name="span"/> is where the name is written.</summary>
        public void Fill(string name, TextSpan span)
        {
            if (!_filled.Contains(name))
            {
                _filled.Add(name);
            }

            if (!_spans.ContainsKey(name))
            {
                _spans[name] = span;
            }
        }

        /// <summary>A capture's type is declared (<c>{Count:int}</c>); its declaration is where problems are reported.</summary>
        public void Declare(CaptureSpec capture, TextSpan? span = null)
        {
            if (capture.Kind != CaptureKind.String)
            {
                _types[capture.Name] = capture;
            }

            if (span is { } at)
            {
                _spans[capture.Name] = at;
            }
        }

        public CaptureSpec? TypeOf(string name) => _types.TryGetValue(name, out var spec) ? spec : null;

        public TextSpan? SpanOf(string name) => _spans.TryGetValue(name, out var span) ? span : null;
    }
}
