using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Catalog;
using Copydesk.Generators.Model;
using Copydesk.Generators.Tests.Emit;

namespace Copydesk.Generators.Tests.Catalog;

/// <summary>
/// Most of the catalog's patterns are vetted: a process decides their first blocks with the reference
/// engine instead of building their linear-time deciders (which cost NewsArticle's first parse a
/// second). Allowed only with this proof: the reference engine stays far inside the time limit on
/// hostile blocks of each vetted rule's maximum length, and both engines classify and capture every
/// article the same.
/// </summary>
public class VettedPatternTests
{
    [Fact]
    public void The_vetted_catalog_rules_patterns_are_vetted_and_no_other_pattern_is()
    {
        var spec = TemplateCompilation.Compile(
            "template T in N\n@headline Title first block\n@attribution use common\n@boilerplate use common\n@note use common\n@note Update? /^Updated (?<When>.+)$/\n@paragraph Body* otherwise\n", "T.article").Spec!;
        var patterns = spec.Rules.SelectMany(r => r.Conditions.Select(c => (Rule: r.Name, Condition: c))).Where(p => p.Condition.Pattern is not null).ToList();

        Assert.Equal(
            BuiltInCatalog.VettedRules.OrderBy(n => n, StringComparer.Ordinal),
            patterns.Where(p => p.Condition.Vetted).Select(p => p.Rule).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains(patterns, p => p.Rule == "Byline" && !p.Condition.Vetted);
        Assert.False(patterns.Single(p => p.Rule == "Update").Condition.Vetted);
        Assert.Contains("vetted: true", Copydesk.Generators.Emit.ParserEmitter.Emit(spec, new EmitOptions("", true, true), "T.article")!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltInCatalogTests.FamilyNames), MemberType = typeof(BuiltInCatalogTests))]
    public void The_reference_engine_runs_every_vetted_pattern_on_hostile_blocks_of_its_maximum_length_well_inside_the_time_limit(string name)
    {
        foreach (var rule in BuiltInCatalogTests.SpecUsing(name).Rules.Where(r => r.Conditions.Any(c => c.Vetted)))
        {
            // Longer blocks never reach the pattern: the rule's max length is tried first.
            var maxLength = rule.Conditions.Where(c => c.Kind == ConditionKind.MaxLength).Select(c => c.Number).DefaultIfEmpty(PatternEngine.VettedBlockLength).Min();
            Assert.True(maxLength <= 600, $"{rule.Name}: max length {maxLength}");
            Assert.True(rule.Conditions.TakeWhile(c => c.Pattern is null).Any(c => c.Kind == ConditionKind.MaxLength), $"{rule.Name}: no max length before the pattern");
            var condition = rule.Conditions.Single(c => c.Pattern is not null);
            // A tenth of the engine's limit: a pattern close to it on some machine would not be vetted.
            var regex = new Regex(condition.Pattern!, RegexOptions.CultureInvariant | (condition.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromTicks(PatternEngine.BlockTimeout.Ticks / 10));
            foreach (var block in HostileBlocks(condition.Pattern!, maxLength))
            {
                var exception = Record.Exception(() => regex.Match(block));
                Assert.True(exception is null, $"{rule.Name}: /{condition.Pattern}/ on '{block.Substring(0, Math.Min(60, block.Length))}…': {exception?.GetType().Name}");
            }
        }
    }

    [Fact]
    public void The_hostile_blocks_find_the_byline_patterns_that_are_not_vetted()
    {
        // The check above can fail: on the byline family's pattern it does, which is why it is not vetted.
        var byline = BuiltInCatalogTests.SpecUsing("byline").Rules.Single(r => r.Name == "Byline").Conditions.Single(c => c.Pattern is not null);
        var regex = new Regex(byline.Pattern!, RegexOptions.CultureInvariant, TimeSpan.FromTicks(PatternEngine.BlockTimeout.Ticks / 10));

        Assert.Contains(HostileBlocks(byline.Pattern!, 200), block => Record.Exception(() => regex.Match(block)) is RegexMatchTimeoutException);
    }

    [Fact]
    public void Deciding_vetted_patterns_by_the_reference_engine_classifies_and_captures_every_article_as_the_linear_time_engine_does()
    {
        var spec = BuiltInCatalogTests.NewsArticle.Value.Spec!;
        Assert.Contains(spec.Rules.SelectMany(r => r.Conditions), c => c.Vetted);
        var byReference = Engine(spec, referenceRuns: int.MaxValue);
        var byLinear = Engine(spec, referenceRuns: 0);

        var disagreements = new List<string>();
        foreach (var (name, text) in DispatchDifferentialTests.Articles())
        {
            var (left, right) = (byReference.Parse(text), byLinear.Parse(text));
            for (var i = 0; i < left.Blocks.Count; i++)
            {
                var (a, b) = (left.Blocks[i], right.Blocks[i]);
                if (a.RuleIndex != b.RuleIndex || Enumerable.Range(0, a.Rule?.Captures.Count ?? 0).Any(c => a.GetCapture(c) != b.GetCapture(c)))
                {
                    disagreements.Add($"{name}, block {i} ('{a.Text}'): {a.Rule?.Name} by reference, {b.Rule?.Name} in linear time");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    /// <summary>The NewsArticle rules with each pattern built alone, deciding its first <paramref name="referenceRuns"/> blocks by the reference engine.</summary>
    private static ArticleTemplate Engine(TemplateSpec spec, int referenceRuns) =>
        new(spec.Name, spec.Rules.Select(rule => new ArticleRule(
            rule.Role,
            rule.Name,
            rule.Cardinality,
            rule.Conditions.Select(condition => BlockCondition.Create(condition.ToArguments(), condition.Pattern is { } pattern ? Alone(pattern, condition.IgnoreCase, referenceRuns) : null)),
            rule.Captures.Where(capture => capture.Kind != CaptureKind.String).Select(capture => new CaptureDefinition(capture.Name, capture.Kind, capture.Format)))));

    private static CompiledPattern Alone(string pattern, bool ignoreCase, int referenceRuns)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new CompiledPattern(
            new Regex(pattern, options, PatternEngine.BlockTimeout),
            () => (new Regex(pattern, options | (RegexOptions)1024), null),
            referenceRuns,
            buildInBackground: false);
    }

    /// <summary>Blocks of <paramref name="length"/> characters built to make a backtracking engine work: the catalog's hostile shapes, the pattern's own words run together, and its own characters at random.</summary>
    private static IEnumerable<string> HostileBlocks(string pattern, int length)
    {
        for (var shape = 1; shape <= 6; shape++)
        {
            yield return BuiltInCatalogTests.Hostile(shape, length).Substring(0, length).Replace("\n\n", "  ");
        }

        var words = Regex.Matches(pattern, @"\p{L}[\p{L}'’ -]*").Select(m => m.Value).Distinct().ToArray();
        if (words.Length > 0)
        {
            foreach (var separator in new[] { " ", "", ", ", " | ", " and " })
            {
                yield return Repeat(string.Join(separator, words) + separator, length);
                yield return Repeat(string.Join(separator, words.Select(w => w.ToUpperInvariant())) + separator, length);
            }
        }

        var characters = pattern.Where(c => !char.IsControl(c)).Distinct().Concat(" .,:".ToCharArray()).ToArray();
        var random = new Random(pattern.Length);
        for (var n = 0; n < 4; n++)
        {
            var block = new char[length];
            for (var i = 0; i < length; i++)
            {
                block[i] = characters[random.Next(characters.Length)];
            }

            yield return new string(block);
        }
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
