using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace Copydesk.Tests.Engine;

/// <summary>
/// Whether a pattern matches is decided in linear time where .NET allows it, with the same answer as
/// the backtracking engine, and captures are the backtracking engine's; patterns that need
/// backtracking are bounded per block and per article.
/// </summary>
// Not beside the fuzz test, which builds patterns by the thousand: the shared table starts again when full.
[Collection("Shared patterns")]
public class PatternEngineTests
{
    [Fact]
    public void A_pattern_repeated_by_templates_is_built_once_and_shared_by_text_and_flag()
    {
        var pattern = "^(?<Outlet>\\p{Lu}\\w*)['’]s shared-pattern test$";

        var first = PatternEngine.Compile(pattern, ignoreCase: false);

        Assert.Same(first, PatternEngine.Compile(pattern, ignoreCase: false));
        Assert.NotSame(first, PatternEngine.Compile(pattern, ignoreCase: true));
        Assert.True(PatternEngine.Compile(pattern, ignoreCase: true).Reference.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    private static ArticleTemplate TemplateWith(string pattern) => new("Hostile", new[]
    {
        new ArticleRule(SectionRole.Headline, "Title", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.FirstBlock) }),
        new ArticleRule(SectionRole.Note, "Slow", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.Pattern, pattern: pattern) }),
        new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
    });

    private static string Article(int blocks, string block) =>
        "Headline\n\n" + string.Join("\n\n", Enumerable.Repeat(block, blocks));

    private static ArticleTemplate VettedTemplate(CompiledPattern pattern, bool vetted = true) => new("Vetted", new[]
    {
        new ArticleRule(SectionRole.Headline, "Title", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.FirstBlock) }),
        new ArticleRule(SectionRole.Attribution, "Credit", Cardinality.Many, new[]
        {
            BlockCondition.Create(new ConditionArguments(ConditionKind.Pattern, 0, Array.Empty<string>(), null, pattern.Reference.ToString(), ignoreCase: false, vetted), pattern),
        }),
        new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
    });

    /// <summary>A pattern of its own (not the shared one), whose linear-time decider is built only when <paramref name="gate"/> opens, if given.</summary>
    private static CompiledPattern Alone(string pattern, int referenceRuns = PatternEngine.VettedReferenceRuns, bool buildInBackground = false, ManualResetEventSlim? gate = null) =>
        new(new Regex(pattern, RegexOptions.CultureInvariant, PatternEngine.BlockTimeout),
            () =>
            {
                gate?.Wait(TimeSpan.FromSeconds(30));
                return (new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), null);
            },
            referenceRuns,
            buildInBackground);

    [Fact]
    public void A_vetted_pattern_is_decided_and_captured_by_the_reference_engine_without_waiting_for_its_linear_decider()
    {
        using var gate = new ManualResetEventSlim();
        var pattern = Alone("^By (?<Author>[A-Z]\\w+) for the vetted test$", buildInBackground: true, gate: gate);

        // Each block has the pattern's required words, so each is a run of the engine.
        var article = VettedTemplate(pattern).Parse(Article(20, "By ada for the vetted test") + "\n\nBy Ada for the vetted test");

        Assert.False(pattern.LinearBuilt);
        Assert.Equal("Ada", article.Blocks[^1].GetCapture(0));
        Assert.All(article.Blocks.Skip(1).SkipLast(1), b => Assert.Equal("Body", b.Rule!.Name));
        gate.Set();
    }

    [Fact]
    public void A_vetted_pattern_builds_its_linear_decider_itself_past_its_reference_runs()
    {
        var pattern = Alone("^(?:By|Per) (?<Author>[A-Z]\\w+) for the limit test$", referenceRuns: 4);

        VettedTemplate(pattern).Parse(Article(4, "By ada for the limit test"));
        Assert.False(pattern.LinearBuilt);
        var article = VettedTemplate(pattern).Parse(Article(2, "By Grace for the limit test"));

        Assert.True(pattern.LinearBuilt);
        Assert.All(article.Blocks.Skip(1), b => Assert.Equal("Grace", b.GetCapture(0)));
    }

    [Fact]
    public void A_vetted_pattern_meets_a_block_longer_than_the_vetted_length_with_its_linear_decider()
    {
        var pattern = Alone("^(?:Long|Wide) (?<Rest>.+) for the vetted-length test$");

        VettedTemplate(pattern).Parse(Article(3, "Long words for the vetted-length test"));
        Assert.False(pattern.LinearBuilt);
        var article = VettedTemplate(pattern).Parse(Article(1, "Long " + new string('x', PatternEngine.VettedBlockLength) + " for the vetted-length test"));

        Assert.True(pattern.LinearBuilt);
        Assert.Equal("Credit", article.Blocks[1].Rule!.Name);
    }

    [Fact]
    public void A_pattern_not_vetted_is_decided_by_its_linear_decider_from_the_first_block()
    {
        var pattern = Alone("^(?:Plain|Bare) (?<Rest>.+) for the unvetted test$");

        VettedTemplate(pattern, vetted: false).Parse(Article(1, "Plain words for the unvetted test"));

        Assert.True(pattern.LinearBuilt);
    }

    [Fact]
    public void A_sequence_pattern_is_decided_without_building_a_linear_decider_or_a_compiled_form()
    {
        // Alternation-free, anchored, loops that give back only what the rest cannot take: the
        // sequence form decides and captures (SequencePattern), and .NET's engines are never asked.
        var pattern = Alone("^By (?<Author>[A-Z]\\w+) for the sequence test$");
        Assert.NotNull(pattern.Sequence);

        var article = VettedTemplate(pattern, vetted: false).Parse(Article(PatternEngine.CompileAfterRuns + 1, "By Ada for the sequence test") + "\n\nBy ada for the sequence test");

        Assert.Equal(Enumerable.Repeat<string?>("Ada", PatternEngine.CompileAfterRuns + 1).Append(null), article.Blocks.Skip(1).Select(b => b.GetCapture(0)));
        Assert.False(pattern.LinearBuilt);
        Assert.Equal(0, pattern.BacktrackingRuns);

        // The emitted dispatch's gates ask whether a time limit can decide the pattern: not by building its decider.
        var condition = BlockCondition.Create(new ConditionArguments(ConditionKind.Pattern, 0, Array.Empty<string>(), null, pattern.Reference.ToString(), ignoreCase: false, vetted: false), pattern);
        Assert.True(condition.DecidedWithoutTimeLimit);
        Assert.False(pattern.LinearBuilt);
    }

    [Fact]
    public void This_host_has_the_linear_time_engine()
    {
        // The test host is .NET 10; only .NET Framework lacks it.
        Assert.True(PatternEngine.HasLinearEngine);
        Assert.NotNull(BlockCondition.CreatePattern("^(a+)+$", ignoreCase: false).Linear);
        Assert.True(BlockCondition.CreatePattern(@"^(a)\1$", ignoreCase: false).NeedsBacktracking);
        Assert.True(BlockCondition.CreatePattern(@"^(?=a)", ignoreCase: false).NeedsBacktracking);
    }

    [Fact]
    public void A_catastrophic_pattern_is_decided_in_linear_time_so_it_never_times_out()
    {
        // With backtracking each of these blocks would run out of time (2^29 steps).
        var article = TemplateWith("^(a+)+$").Parse(Article(100, new string('a', 29) + "!"));

        Assert.DoesNotContain(article.Findings, f => f.Kind is FindingKind.PatternTimeout or FindingKind.PatternBudgetSpent);
        Assert.All(article.Blocks.Skip(1), b => Assert.Equal("Body", b.Rule!.Name));
    }

    [Fact]
    public void Backtracking_patterns_share_one_budget_per_article_then_are_skipped_with_one_finding()
    {
        var article = TemplateWith("^(?=(a+)+b)").Parse(Article(20, new string('a', 34) + "!"));

        Assert.Contains(article.Findings, f => f.Kind == FindingKind.PatternTimeout);
        var spent = Assert.Single(article.Findings, f => f.Kind == FindingKind.PatternBudgetSpent);
        Assert.Equal("Slow", spent.RuleName);
        Assert.Contains("spent the article's time budget", spent.Message);
        // Skipped or timed out, the blocks went on to the next rule and the parse succeeded.
        Assert.All(article.Blocks.Skip(1), b => Assert.Equal("Body", b.Rule!.Name));
        Assert.Null(article.TypedResultError);
    }

    public static TheoryData<string> CorpusPatterns() => new()
    {
        @"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$",
        @"^Case (?<Number>\d+)(?: \((?<Court>[^)]+)\))?$",
        @"^By (?<Author>[\p{Lu}][\w’'.-]+(?: [\p{Lu}][\w’'.-]+){0,3})(?:,? (?<Outlet>.+))?$",
        @"(?<a>a|ab)(?<b>c|bcd)(?<d>d*)",
        @"^(?:(?<x>a)|(?<x>b))+$",
        @"(?<first>\w+)\s+(?<second>\w+)",
        @"(?<z>A?z)",
        @"^(?<lazy>.*?)A?z",
    };

    [Theory]
    [MemberData(nameof(CorpusPatterns))]
    public void Rules_capture_what_the_backtracking_engine_captures(string pattern)
    {
        // The linear-time engine may start or end a match elsewhere (A?z, lazy loops); captures are the reference engine's.
        var random = new Random(pattern.Length);
        var reference = new Regex(pattern, RegexOptions.CultureInvariant);
        var template = TemplateWith(pattern);
        Assert.NotNull(BlockCondition.CreatePattern(pattern, ignoreCase: false).Linear);
        var texts = new List<string> { "abcd", "abbcd", "CNN’s Jane Doe contributed to this report.", "Case 12 (High Court)", "Case 7", "By Jane Doe, The Ledger", "aaab", "ab ba", "aab", "Aa-z-aeiouxz" };
        for (var i = 0; i < 300; i++)
        {
            texts.Add(RandomText(random));
        }

        // First as the process first runs it (the interpreter), then as its compiled form does.
        var shared = PatternEngine.Compile(pattern, ignoreCase: false);
        foreach (var text in texts.Concat(new[] { CompiledFormMark }).Concat(texts))
        {
            if (ReferenceEquals(text, CompiledFormMark))
            {
                // Patterns with constructs the compiled engine answers otherwise keep the interpreter.
                shared.BuildCompiledForm();
                Assert.Equal(PatternEngine.CompiledFormAgrees(pattern), shared.CompiledFormBuilt);
                continue;
            }

            var block = template.Parse("Headline\n\n" + text).Blocks.Last();
            if (block.Index == 0)
            {
                continue;
            }

            var expected = reference.Match(block.Text);
            Assert.True(expected.Success == (block.Rule?.Name == "Slow"), $"/{pattern}/ on \"{block.Text}\"");
            if (!expected.Success)
            {
                continue;
            }

            foreach (var name in reference.GetGroupNames().Where(n => !char.IsDigit(n[0])))
            {
                Assert.True((expected.Groups[name].Success ? expected.Groups[name].Value : null) == block.GetCapture(name), $"/{pattern}/ on \"{block.Text}\": {name}");
            }
        }
    }

    private static readonly string CompiledFormMark = new('\u0001', 1);

    [Fact]
    public void A_pattern_runs_on_its_compiled_form_once_it_has_run_often_in_the_process()
    {
        var pattern = Alone("^(?:By|Per) (?<Author>[A-Z]\\w+) for the compiled-form test$");
        var template = VettedTemplate(pattern, vetted: false);

        template.Parse(Article(PatternEngine.CompileAfterRuns - 1, "By Ada for the compiled-form test"));
        Assert.Equal(PatternEngine.CompileAfterRuns - 1, pattern.BacktrackingRuns);
        Assert.False(pattern.CompiledFormBuilt);

        // The run that reaches the count starts the build on the thread pool.
        template.Parse(Article(1, "By Ada for the compiled-form test"));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!pattern.CompiledFormBuilt && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(10);
        }

        var compiled = pattern.Backtracking;
        Assert.NotSame(pattern.Reference, compiled);
        Assert.Equal(pattern.Reference.Options | RegexOptions.Compiled, compiled.Options);
        Assert.Equal(PatternEngine.BlockTimeout, compiled.MatchTimeout);
        Assert.Equal(pattern.Reference.ToString(), compiled.ToString());
        var article = template.Parse(Article(2, "By Grace for the compiled-form test") + "\n\nBy grace for the compiled-form test");
        Assert.Equal(new[] { "Grace", "Grace", null }, article.Blocks.Skip(1).Select(b => b.GetCapture(0)));
        Assert.Equal("Body", article.Blocks[^1].Rule!.Name);
    }

    [Fact]
    public void A_compiled_form_keeps_the_time_limit_and_the_finding()
    {
        // Decided in linear time (the second branch), captured by backtracking, which tries the first
        // branch's twelve overlapping loops over 40 characters first: far past the time limit.
        var pattern = "^(?<Run>" + string.Concat(Enumerable.Repeat("[ab]*[ac]*", 6)) + ")d|^a+$";
        var shared = PatternEngine.Compile(pattern, ignoreCase: false);
        shared.BuildCompiledForm();
        Assert.True(shared.CompiledFormBuilt);

        var article = TemplateWith(pattern).Parse(Article(1, new string('a', 40)));

        Assert.Contains(article.Findings, f => f.Kind == FindingKind.PatternTimeout);
        Assert.Equal("Slow", article.Blocks[1].Rule!.Name);
    }

    [Theory]
    [InlineData(@"[^x]{2}\b")]
    [InlineData(@"\Bx")]
    [InlineData(@"^(.)+()+?b")]
    [InlineData(@"^(\d*?)*?\d$")]
    [InlineData(@"(?:ab)*c")]
    [InlineData(@"(a|b){2,3}")]
    [InlineData(@"(a)??b")]
    [InlineData(@"(?'2-1'(.))")]
    [InlineData(@"(?<close>y)(?<open-close>x)")]
    [InlineData(@"(?(a)b|c)")]
    [InlineData(@"(?=a)a")]
    [InlineData(@"(?<!a)b")]
    [InlineData(@"(?>a+)b")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?<q>a)\k<q>")]
    [InlineData(@"(?x) (a) *")]
    [InlineData(@"(a)(?#note)*")]
    public void Patterns_with_constructs_the_compiled_engine_answers_otherwise_keep_the_interpreter(string pattern)
    {
        var built = new CompiledPattern(new Regex(pattern, PatternEngine.OptionsFor(ignoreCase: false), PatternEngine.BlockTimeout), () => ((Regex?)null, (string?)null));

        built.BuildCompiledForm();

        Assert.False(PatternEngine.CompiledFormAgrees(pattern));
        Assert.False(built.CompiledFormBuilt);
        Assert.Same(built.Reference, built.Backtracking);
    }

    [Theory]
    [InlineData(@"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$")]
    [InlineData(@"^(?:leave a (?:reply|comment)|post (?:a )?comment)?$")]
    [InlineData(@"^(?i:see also) (?<Headline>.+)$")]
    [InlineData(@"^\(c\) ?\d{4}\)")]
    [InlineData(@"^(?'Name'[a-z]+)=(?<Value>.*)$")]
    public void Patterns_without_them_get_a_compiled_form(string pattern)
    {
        Assert.True(PatternEngine.CompiledFormAgrees(pattern));
    }

    [Theory]
    [InlineData(@"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$", 60, 300)]
    [InlineData(@"^By (?<Author>[A-Z]\w+) for the test$", 1000, PatternEngine.VettedBlockLength)]
    [InlineData(@"^Case (?<Number>\d{1,4})$", PatternEngine.VettedBlockLength, PatternEngine.VettedBlockLength)]
    [InlineData(@"(?<Word>\w+)", 100, 150)]
    [InlineData(@"^(?<a>[ab]*)(?<b>[ac]*)(?<c>[ad]*)e", 20, 40)]
    [InlineData(@"^(?<a>.*)x|^(?<b>.*)y", 20, 40)]
    [InlineData(@"^(?<a>a|b)*$", 0, 0)]
    [InlineData(@"^(?<a>\w+)\b", 0, 0)]
    [InlineData(@"^(?<a>a)\1", 0, 0)]
    public void Backtracking_is_bounded_on_blocks_up_to_a_length_that_shrinks_with_each_loop(string pattern, int atLeast, int atMost)
    {
        var length = PatternEngine.BoundedBacktrackingLength(pattern);

        Assert.InRange(length, atLeast, atMost);
    }

    [Theory]
    [InlineData(@"^(?<a>[ab]*)(?<b>[ac]*)(?<c>[ad]*)(?<d>[ae]*)f")]
    [InlineData(@"(?<a>[ab]*)(?<b>[ac]*)(?<c>[ad]*)e")]
    [InlineData(@"^(?<a>.*)(?<b>.*)x")]
    [InlineData(@"^(?<a>[ab]+)(?<b>[ac]{1,5})(?<c>[ad]*)(?:e|f)g")]
    public void Within_its_bound_a_hostile_block_takes_the_compiled_form_far_less_than_the_time_limit(string pattern)
    {
        // Blocks of the loops' shared letter defeat every loop; at the bound they must still finish well
        // inside a tenth of the one-second limit.
        var length = PatternEngine.BoundedBacktrackingLength(pattern);
        Assert.True(length > 10, $"bound {length}");
        var compiled = new Regex(pattern, PatternEngine.OptionsFor(ignoreCase: false) | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100));

        var match = compiled.Match(new string('a', length));

        Assert.False(match.Success);
    }

    [Fact]
    public void Compiled_forms_match_and_capture_as_the_interpreter_on_seeded_fuzz_patterns()
    {
        var compared = 0;
        var refused = 0;
        foreach (var (pattern, texts) in RequiredLiteralFuzzTests.Corpus(seed: 11, patterns: 600))
        {
            var interpreted = new Regex(pattern, PatternEngine.OptionsFor(ignoreCase: false), PatternEngine.BlockTimeout);
            var built = new CompiledPattern(interpreted, () => ((Regex?)null, (string?)null));
            built.BuildCompiledForm();
            if (!built.CompiledFormBuilt)
            {
                Assert.False(PatternEngine.CompiledFormAgrees(pattern));
                refused++;
                continue;
            }

            foreach (var text in texts)
            {
                var expected = interpreted.Match(text);
                var actual = built.Backtracking.Match(text);
                Assert.True(expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length, $"/{pattern}/ on \"{text}\"");
                for (var group = 0; group < expected.Groups.Count; group++)
                {
                    Assert.True(expected.Groups[group].Success == actual.Groups[group].Success && expected.Groups[group].Value == actual.Groups[group].Value, $"/{pattern}/ on \"{text}\": group {group}");
                }

                compared++;
            }
        }

        Assert.True(compared > 500 && refused > 50, $"{compared} comparisons, {refused} patterns refused");
    }

    [Fact]
    public void The_linear_time_decision_equals_the_backtracking_engines_on_every_seeded_fuzz_pattern()
    {
        var compared = 0;
        foreach (var (pattern, texts) in RequiredLiteralFuzzTests.Corpus(seed: 7, patterns: 3000))
        {
            var compiled = BlockCondition.CreatePattern(pattern, ignoreCase: false);
            if (compiled.Linear is null)
            {
                continue;
            }

            foreach (var text in texts)
            {
                Assert.True(compiled.Linear.IsMatch(text) == compiled.Reference.IsMatch(text), $"/{pattern}/ on \"{text}\"");
                compared++;
            }
        }

        Assert.True(compared > 5000, $"only {compared} comparisons");
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "abcdAB CNN’s.()12-z";
        var builder = new StringBuilder();
        var length = random.Next(1, 20);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
