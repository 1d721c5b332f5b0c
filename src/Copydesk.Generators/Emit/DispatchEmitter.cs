using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Generators.Model;

namespace Copydesk.Generators.Emit;

/// <summary>
/// Emits a template's classification as C#: the rules in the engine's evaluation order, literal and
/// structural conditions inlined, consecutive rules whose text must start with known characters
/// grouped under one switch on the block's first character, and every other condition (patterns,
/// story, sections, runs, captures) asked of the engine through <c>BlockProbe</c>. It decides what
/// the interpreter decides — conditions are tested in the order the rule lists them, so patterns
/// spend time and budget exactly as interpreted — and a differential test holds it to that.
/// </summary>
internal static class DispatchEmitter
{
    /// <summary>The generated method's name (reserved: no section may take it).</summary>
    public const string MethodName = "ClassifyBlock";

    private const string Probe = "global::Copydesk.BlockProbe";

    /// <summary>The engine's evaluation order for <paramref name="spec"/>'s rules, computed as the runtime computes it.</summary>
    public static int[] EvaluationOrder(TemplateSpec spec)
    {
        var rules = spec.Rules;
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            index[rules[i].Name] = i;
        }

        // A valid model names only rules it has, without cycles (the binder reports both).
        var named = rules
            .Select(rule => rule.Conditions
                .Where(condition => ConditionDescriptor.Of(condition.Kind).Shape == ConditionShape.Section && condition.Literals.Count > 0)
                .Select(condition => index.TryGetValue(condition.Literals[0], out var target) ? target : -1)
                .Where(target => target >= 0)
                .ToList())
            .ToList();
        var depths = ArticleTemplate.DependencyDepths(named, out _);
        var tiers = rules.Select(rule => ArticleTemplate.TierOf(rule.Conditions.Select(condition => condition.Kind))).ToArray();
        return ArticleTemplate.OrderOf(tiers, depths);
    }

    /// <summary>Writes the dispatch method for <paramref name="spec"/>, whose rules are tried in <paramref name="order"/>.</summary>
    public static void Emit(SourceWriter w, TemplateSpec spec, int[] order)
    {
        var gates = EmitScreen(w, spec, order);
        w.Line($"/// <summary>Classifies one block as the rules of <c>{GeneratedText.Xml(spec.Name)}</c> do, in their evaluation order: the index of the first rule that holds, or -1.</summary>");
        w.Open($"private static int {MethodName}({Probe} block)");
        if (gates.Count > 0)
        {
            // One look at the block's first character and length rules out most rules of a short block.
            w.Line($"var candidates = block.Candidates({ScreenField});");
        }

        var returned = false;
        for (var o = 0; o < order.Length && !returned;)
        {
            var rule = order[o];
            if (FirstCharacters(spec.Rules[rule]) is null)
            {
                returned = EmitRule(w, spec.Rules[rule], rule, Gate(gates, rule));
                o++;
                continue;
            }

            // A run of rules that each need a known first character: one switch, each case trying its rules in order.
            var group = new List<int>();
            while (o < order.Length && FirstCharacters(spec.Rules[order[o]]) is not null)
            {
                group.Add(order[o++]);
            }

            EmitSwitch(w, spec, group, gates);
            w.Line();
        }

        if (!returned)
        {
            w.Line("return -1;");
        }

        w.Close();
        w.Line();
    }

    private static void EmitSwitch(SourceWriter w, TemplateSpec spec, List<int> group, Dictionary<int, string> gates)
    {
        var cases = new SortedDictionary<char, List<int>>();
        foreach (var rule in group)
        {
            foreach (var c in FirstCharacters(spec.Rules[rule])!)
            {
                if (!cases.TryGetValue(c, out var rules))
                {
                    cases[c] = rules = new List<int>();
                }

                if (!rules.Contains(rule))
                {
                    rules.Add(rule);
                }
            }
        }

        w.Open("switch (block.First)");
        foreach (var entry in cases)
        {
            w.Line($"case {CharLiteral(entry.Key)}:");
            w.Indent();
            var returned = false;
            foreach (var rule in entry.Value)
            {
                returned = EmitRule(w, spec.Rules[rule], rule, Gate(gates, rule), entry.Key);
                if (returned)
                {
                    break;
                }
            }

            if (!returned)
            {
                w.Line("break;");
            }

            w.Outdent();
        }

        w.Close();
    }

    /// <summary>The test of rule <paramref name="rule"/>'s bit in the block's candidates, or null when the screen reads nothing of it.</summary>
    private static string? Gate(Dictionary<int, string> gates, int rule) => gates.TryGetValue(rule, out var gate) ? gate : null;

    /// <summary>The fewest rules a screen must read something of to be emitted.</summary>
    public const int MinScreenedRules = 6;

    /// <summary>The generated screen's field name (reserved, as every generated member beginning with two underscores).</summary>
    public const string ScreenField = "__Candidates";

    /// <summary>
    /// Writes the template's <c>CandidateScreen</c>: for each of the first 64 rules in evaluation order, what
    /// its conditions up to its first pattern need of a block's length and first character (see
    /// <see cref="ScreenOf"/>). Returns each screened rule's test of its bit, by rule index.
    /// </summary>
    private static Dictionary<int, string> EmitScreen(SourceWriter w, TemplateSpec spec, int[] order)
    {
        var gates = new Dictionary<int, string>();
        var entries = new List<string>();
        for (var position = 0; position < order.Length && position < 64; position++)
        {
            if (ScreenOf(spec.Rules[order[position]], order[position], position) is { } entry)
            {
                entries.Add(entry);
                gates[order[position]] = $"(candidates & 0x{(1UL << position).ToString("X16", CultureInfo.InvariantCulture)}UL) != 0";
            }
        }

        // Asking costs a block about what three of a rule's cheap checks cost: worth it only when it spares many rules.
        if (entries.Count < MinScreenedRules)
        {
            gates.Clear();
            return gates;
        }

        w.Line("/// <summary>What each rule needs of a block's first character and length, asked once per block before the rules.</summary>");
        w.Line($"private static readonly global::Copydesk.CandidateScreen {ScreenField} = new global::Copydesk.CandidateScreen()");
        w.Indent();
        for (var i = 0; i < entries.Count; i++)
        {
            w.Line(entries[i] + (i == entries.Count - 1 ? ";" : ""));
        }

        w.Outdent();
        w.Line();
        return gates;
    }

    /// <summary>
    /// The screen's entry for one rule, or null when it reads nothing: the least <c>max length</c> among its
    /// conditions before its first pattern, and for that pattern the fewest characters and the first characters
    /// a match takes (<see cref="PatternFirstCharacters"/>) — or, for a <c>starts with</c>, <c>one of</c> or
    /// <c>is</c> before it, the literals' lengths and the characters equal to their first ones. Conditions after the first pattern are not read:
    /// the pattern runs before them, and may spend time or budget, which a skip must not change; the engine
    /// counts the pattern's part only when no time limit decides it.
    /// </summary>
    private static string? ScreenOf(RuleSpec rule, int index, int position)
    {
        var maxLength = int.MaxValue;
        var arguments = new List<string>();
        for (var c = 0; c < rule.Conditions.Count; c++)
        {
            var condition = rule.Conditions[c];
            if (condition.Kind == ConditionKind.MaxLength)
            {
                maxLength = System.Math.Min(maxLength, condition.Number);
                continue;
            }

            if (condition.Kind is ConditionKind.StartsWith or ConditionKind.OneOf or ConditionKind.Exactly)
            {
                // A literal the block must begin with or be: its first characters and lengths, read as the engine compares.
                var literals = condition.Literals.Select(TextNormalizer.NormalizeLiteral).ToList();
                if (literals.Count == 0 || PatternFirstCharacters.OfLiterals(literals, condition.IgnoreCase) is not { } literalFirst)
                {
                    continue;
                }

                if (condition.Kind != ConditionKind.StartsWith)
                {
                    maxLength = System.Math.Min(maxLength, literals.Max(l => l.Length));
                }

                arguments.Add("condition: " + c.ToString(CultureInfo.InvariantCulture));
                arguments.Add("minLength: " + literals.Min(l => l.Length).ToString(CultureInfo.InvariantCulture));
                AddFirstCharacters(arguments, literalFirst);
                break;
            }

            if (condition.Kind != ConditionKind.Pattern || condition.Pattern is not { } pattern)
            {
                continue;
            }

            var shortest = PatternFirstCharacters.MinimumLength(pattern) ?? 0;
            var first = PatternFirstCharacters.Of(pattern, condition.IgnoreCase);
            if (shortest > 0 || first is not null)
            {
                arguments.Add("condition: " + c.ToString(CultureInfo.InvariantCulture));
            }

            if (shortest > 0)
            {
                arguments.Add("minLength: " + shortest.ToString(CultureInfo.InvariantCulture));
            }

            if (first is { } characters)
            {
                AddFirstCharacters(arguments, characters);
            }

            break;
        }

        if (maxLength < int.MaxValue)
        {
            arguments.Insert(0, "maxLength: " + maxLength.ToString(CultureInfo.InvariantCulture));
        }

        return arguments.Count == 0
            ? null
            : $".Add({position.ToString(CultureInfo.InvariantCulture)}, {index.ToString(CultureInfo.InvariantCulture)}, {string.Join(", ", arguments)})";
    }

    private static void AddFirstCharacters(List<string> arguments, (ulong Low, ulong High, string? Others) characters)
    {
        arguments.Add($"low: 0x{characters.Low.ToString("X16", CultureInfo.InvariantCulture)}UL");
        arguments.Add($"high: 0x{characters.High.ToString("X16", CultureInfo.InvariantCulture)}UL");
        if (characters.Others is { } others)
        {
            arguments.Add("others: " + GeneratedText.Literal(others));
        }
    }

    /// <summary>
    /// Writes the test of one rule; true when it returns unconditionally (the default rule), so nothing
    /// after it runs. A screened rule (<paramref name="gate"/>) is tried only when its candidate bit is set.
    /// Under a switch case (<paramref name="first"/>) only literals starting with that
    /// character are compared, and a rule none of whose literals can match is left out.
    /// </summary>
    private static bool EmitRule(SourceWriter w, RuleSpec rule, int index, string? gate, char? first = null)
    {
        var tests = new List<string>();
        if (gate is not null)
        {
            tests.Add(gate);
        }

        var conditions = rule.Conditions;
        if (rule.Captures.Count > 0)
        {
            // The engine runs the whole rule and keeps its captures; checks before the first one it must run filter blocks first.
            var c = 0;
            var filters = new List<(string Test, int Cost)>();
            for (; c < conditions.Count && Filter(conditions[c], first) is { } filter; c++)
            {
                filters.Add((filter, CostOf(conditions[c])));
            }

            tests.AddRange(Cheapest(filters));

            // The first condition the engine must run: a pattern whose first characters are known is checked against them first.
            if (c < conditions.Count && MinimumLengthCheck(conditions[c], index, c) is { } shortest)
            {
                tests.Add(shortest);
            }

            if (c < conditions.Count && FirstCharacterCheck(conditions[c], index, c) is { } check)
            {
                tests.Add(check);
            }

            // And the literals it must end, begin or contain the block with, which the engine would check before running it.
            if (c < conditions.Count && RequiredTextCheck(conditions[c]) is { } required)
            {
                tests.Add(required);
            }

            tests.Add($"block.Matches({index})");
        }
        else
        {
            var patternBefore = false;
            var inlined = new List<(string Test, int Cost)>();
            for (var c = 0; c < conditions.Count; c++)
            {
                if (Inline(conditions[c], first) is { } inline)
                {
                    inlined.Add((inline, CostOf(conditions[c])));
                    continue;
                }

                tests.AddRange(Cheapest(inlined));
                inlined.Clear();

                // Only before the rule's first pattern: a pattern run before it may spend budget or time out, which a skip must not change.
                if (!patternBefore && MinimumLengthCheck(conditions[c], index, c) is { } shortest)
                {
                    tests.Add(shortest);
                }

                if (!patternBefore && FirstCharacterCheck(conditions[c], index, c) is { } check)
                {
                    tests.Add(check);
                }

                // The engine checks a pattern's required literals before anything else it does for the pattern: asking first is the same.
                if (RequiredTextCheck(conditions[c]) is { } required)
                {
                    tests.Add(required);
                }

                patternBefore |= conditions[c].Kind == ConditionKind.Pattern;
                tests.Add($"block.Holds({index}, {c})");
            }

            tests.AddRange(Cheapest(inlined));
        }

        if (tests.Contains(Never))
        {
            return false;
        }

        w.Line("// " + GeneratedText.Comment(rule.Name));
        if (tests.Count == 0)
        {
            w.Line($"return {index};");
            return true;
        }

        w.Open("if (" + string.Join(" && ", tests) + ")");
        w.Line($"return {index};");
        w.Close();
        return false;
    }

    /// <summary>
    /// Consecutive inlined checks, cheapest first. They are pure (no time limit, budget or capture), so
    /// their conjunction is the same in any order, and the engine's order of everything else is kept.
    /// </summary>
    private static IEnumerable<string> Cheapest(List<(string Test, int Cost)> checks) =>
        checks.Select((check, order) => (check, order)).OrderBy(x => x.check.Cost).ThenBy(x => x.order).Select(x => x.check.Test);

    /// <summary>How much an inlined check reads: a position, the block's last characters, a literal's length of its first ones, up to a length of it.</summary>
    private static int CostOf(ConditionSpec condition) => condition.Kind switch
    {
        ConditionKind.FirstBlock or ConditionKind.LastBlocks => 0,
        ConditionKind.NoFinalPunctuation => 1,
        ConditionKind.MaxLength => 3,
        _ => 2,
    };

    /// <summary>A condition that cannot hold under the switch case it would be emitted in.</summary>
    private const string Never = "false";

    /// <summary>
    /// The condition as a C# expression over <c>block</c> (the probe's ordinal comparisons, which need no
    /// copy of a block with regular white space), or null when the engine must
    /// decide it; <see cref="Never"/> when no literal can match a text starting with <paramref name="first"/>.
    /// </summary>
    private static string? Inline(ConditionSpec condition, char? first = null)
    {
        var number = condition.Number.ToString(CultureInfo.InvariantCulture);
        switch (condition.Kind)
        {
            case ConditionKind.FirstBlock:
                return "block.Index == 0";
            case ConditionKind.LastBlocks:
                return $"block.Index >= block.Count - {number}";
            case ConditionKind.MaxLength:
                return $"block.LengthAtMost({number})";
            case ConditionKind.NoFinalPunctuation:
                return "!block.EndsInPunctuation";
            case ConditionKind.Exactly:
            case ConditionKind.OneOf:
                if (OrdinalLiterals(condition) is not { } literals)
                {
                    return null;
                }

                var equalities = literals.Where(literal => first is null || literal[0] == first).Select(literal => $"block.Is({GeneratedText.Literal(literal)})").ToList();
                return equalities.Count switch
                {
                    0 => Never,
                    1 => equalities[0],
                    _ => "(" + string.Join(" || ", equalities) + ")",
                };
            case ConditionKind.StartsWith when condition.CaptureName is null:
                if (OrdinalLiterals(condition) is not { } prefixes)
                {
                    return null;
                }

                return $"block.StartsWith({GeneratedText.Literal(prefixes[0])})";
            default:
                return null;
        }
    }

    /// <summary>
    /// For a pattern anchored at the start, a check of the block's first character against the ASCII
    /// characters a match can begin with (<see cref="PatternFirstCharacters"/>), and against the others a
    /// match can begin with when they are few (<c>FirstInAscii</c> for none, <c>FirstInOr</c>); the engine skips it
    /// only when no time limit decides the pattern (the linear-time engine does, or it is vetted). Null for any other condition, and when the
    /// pattern may begin with most capital letters: blocks mostly do, so the check would rarely save a call.
    /// </summary>
    private static string? FirstCharacterCheck(ConditionSpec condition, int rule, int index)
    {
        if (condition.Kind != ConditionKind.Pattern || condition.Pattern is null ||
            PatternFirstCharacters.Of(condition.Pattern, condition.IgnoreCase) is not { } first ||
            CapitalsAmong(first.High) > 13)
        {
            return null;
        }

        var masks = $"{rule}, {index}, 0x{first.Low.ToString("X16", CultureInfo.InvariantCulture)}UL, 0x{first.High.ToString("X16", CultureInfo.InvariantCulture)}UL";
        return first.Others switch
        {
            null => $"block.FirstIn({masks})",
            "" => $"block.FirstInAscii({masks})",
            var others => $"block.FirstInOr({masks}, {GeneratedText.Literal(others)})",
        };
    }

    /// <summary>
    /// For a pattern every match of which is at least two characters long (<see cref="PatternFirstCharacters.MinimumLength"/>),
    /// a check of the block's length against that; the engine skips the pattern on a shorter block only when no
    /// time limit decides it, as for the first-character check. Most blocks of a page are menu items a few words
    /// long, shorter than a byline with a date or an author's note can be.
    /// </summary>
    private static string? MinimumLengthCheck(ConditionSpec condition, int rule, int index) =>
        condition.Kind == ConditionKind.Pattern && condition.Pattern is { } pattern &&
        PatternFirstCharacters.MinimumLength(pattern) is >= 2 and var shortest
            ? $"block.LengthAtLeast({rule}, {index}, {shortest.ToString(CultureInfo.InvariantCulture)})"
            : null;

    /// <summary>
    /// For a pattern every match of which ends the block with a literal, begins it with one, contains one, or
    /// contains one of a few punctuation characters (<see cref="RequiredLiteral"/>), the checks the engine makes
    /// first, in its order; asked here, a block without them skips the call into the engine. Null when there are none.
    /// </summary>
    private static string? RequiredTextCheck(ConditionSpec condition)
    {
        if (condition.Kind != ConditionKind.Pattern || condition.Pattern is not { } pattern)
        {
            return null;
        }

        var options = PatternEngine.OptionsFor(condition.IgnoreCase);
        var suffix = RequiredLiteral.SuffixOf(pattern, options);
        var prefix = RequiredLiteral.PrefixOf(pattern, options);
        var literal = RequiredLiteral.Of(pattern, options);
        var checks = new List<string>();
        if (suffix is not null)
        {
            checks.Add($"block.EndsWith({GeneratedText.Literal(suffix)})");
        }

        if (prefix is not null)
        {
            checks.Add($"block.Begins({GeneratedText.Literal(prefix)})");
        }

        if (literal is not null && literal != suffix && literal != prefix)
        {
            checks.Add($"block.Contains({GeneratedText.Literal(literal)})");
        }

        if (literal is null && RequiredLiteral.RequiredCharacters(pattern, options) is { } characters)
        {
            checks.Add($"block.ContainsAny({GeneratedText.Literal(new string(characters))})");
        }

        return checks.Count == 0 ? null : string.Join(" && ", checks);
    }

    private static int CapitalsAmong(ulong high)
    {
        var count = 0;
        for (var c = 'A'; c <= 'Z'; c++)
        {
            count += (int)((high >> (c - 64)) & 1);
        }

        return count;
    }

    /// <summary>
    /// A check every block that meets the condition passes: the condition itself when inlined, the
    /// prefix alone for <c>starts with … then {Capture}</c> (the engine then takes the capture); else null.
    /// </summary>
    private static string? Filter(ConditionSpec condition, char? first = null) =>
        Inline(condition, first) ?? (condition.Kind == ConditionKind.StartsWith ? Inline(condition with { CaptureName = null }) : null);

    /// <summary>
    /// The literals as the engine compares them, when ordinal comparison decides exactly as the engine
    /// does: case matters and no literal has a quotation mark (which the engine folds); else null.
    /// </summary>
    private static string[]? OrdinalLiterals(ConditionSpec condition)
    {
        if (condition.IgnoreCase || condition.Literals.Count == 0)
        {
            return null;
        }

        var literals = condition.Literals.Select(TextNormalizer.NormalizeLiteral).ToArray();
        return literals.All(literal => literal.Length > 0 && TextNormalizer.ComparesOrdinally(literal)) ? literals : null;
    }

    /// <summary>
    /// The characters a block the rule accepts can start with, when a literal condition checked before
    /// any condition the engine decides fixes them; else null.
    /// </summary>
    private static IReadOnlyList<char>? FirstCharacters(RuleSpec rule)
    {
        foreach (var condition in rule.Conditions)
        {
            if (Filter(condition) is null)
            {
                return null;
            }

            if (condition.Kind is ConditionKind.Exactly or ConditionKind.OneOf or ConditionKind.StartsWith)
            {
                return OrdinalLiterals(condition)!.Select(literal => literal[0]).Distinct().ToList();
            }
        }

        return null;
    }

    private static string CharLiteral(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            ? "'" + c + "'"
            : "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'";
}
