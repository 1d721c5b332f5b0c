using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Copydesk.Templates;

namespace Copydesk.Benchmarks;

/// <summary>
/// NewsArticle over the real pages timed as the fastest of many passes, beside the floor's fastest:
/// on a machine whose means swing with other load, the minimum is the steadier figure for comparing
/// two builds (run each a few times, interleaved). BenchmarkDotNet's <see cref="RealPageBenchmarks"/>
/// stays the reported measure.
/// </summary>
public static class MinOfPasses
{
    /// <summary>Passes over the pages for <paramref name="seconds"/>, then the floor for a third of that; prints both minima and their ratio.</summary>
    public static void Run(TextWriter output, double seconds)
    {
        var pages = RealPageBenchmarks.LoadOrThrow();
        var checksum = 0;
        var parse = Fastest(seconds, () => checksum += RealPageBenchmarks.StoryTextOfAll(pages));
        var floor = Fastest(seconds / 3, () => checksum += RealPageBenchmarks.SplitAll(pages));

        output.WriteLine($"{pages.Length} pages: NewsArticle {parse:F2} ms a pass, floor {floor:F3} ms, {parse / floor:F1}x (checksum {checksum})");
    }

    /// <summary>
    /// A fixed number of NewsArticle passes over the pages: the same work every run, for a profiler or,
    /// where the machine exposes hardware counters, <c>perf stat -e instructions:u dotnet … --passes 300</c>.
    /// </summary>
    public static void RunFixed(TextWriter output, int passes)
    {
        var pages = RealPageBenchmarks.LoadOrThrow();
        var checksum = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < passes; i++)
        {
            checksum += RealPageBenchmarks.StoryTextOfAll(pages);
        }

        output.WriteLine($"{pages.Length} pages, {passes} passes of NewsArticle: {clock.Elapsed.TotalMilliseconds / passes:F2} ms a pass (checksum {checksum})");
    }

    /// <summary>
    /// The WireStory contestants of <see cref="ArticleParsingBenchmarks"/> timed as the fastest of many
    /// passes, each input in turn: the floor, the lean hand parser and the generated parser with and
    /// without reading <c>Findings</c>, with their ratios to the floor and Generated's speed-up on lean,
    /// and what one call of each allocates. <paramref name="onlyInput"/> limits it to one input;
    /// <paramref name="parseOnly"/> times Generated's <c>Parse</c> alone, <paramref name="findingsOnly"/> with <c>Findings</c> read (for a profiler).
    /// </summary>
    public static void RunParsing(TextWriter output, double seconds, string? onlyInput = null, bool parseOnly = false, bool findingsOnly = false)
    {
        var benchmarks = new ArticleParsingBenchmarks();
        output.WriteLine("input | floor µs | lean | Parse | Parse + Findings | Parse vs lean | allocated: floor, Parse (vs floor, bytes), Parse + Findings (vs floor)");
        foreach (var input in ArticleParsingBenchmarks.Inputs)
        {
            if (onlyInput is not null && onlyInput != input)
            {
                continue;
            }

            benchmarks.Input = input;
            benchmarks.Setup();
            var checksum = 0;
            var share = input == ArticleInputs.Batch10M ? seconds : seconds / 4;

            // A pass repeats a small input to about 200 K characters, so the clock's resolution does not count;
            // the contestants take turns, so a slower spell of the machine falls on all of them.
            var repeats = (int)Math.Max(1, 200_000 / benchmarks.Characters);
            var contestants = new Func<int>[] { benchmarks.Floor, benchmarks.Lean, benchmarks.GeneratedParse, benchmarks.GeneratedParseAndFindings };
            if (parseOnly || findingsOnly)
            {
                // For a profiler: every turn is Generated's Parse (with Findings read).
                Func<int> one = parseOnly ? benchmarks.GeneratedParse : benchmarks.GeneratedParseAndFindings;
                contestants = new[] { one, one, one, one };
            }

            var fastest = FastestInTurns(contestants, share, repeats, ref checksum);
            var (floor, lean, parse, findings) = (fastest[0], fastest[1], fastest[2], fastest[3]);
            var allocated = new long[contestants.Length];
            for (var c = 0; c < contestants.Length; c++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                checksum += contestants[c]();
                allocated[c] = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            output.WriteLine(
                $"{input} | {floor * 1000:F2} | {lean / floor:F2}x | {parse / floor:F2}x | {findings / floor:F2}x | {lean / parse:F2}x | {allocated[0]:N0} B, {(double)allocated[2] / allocated[0]:F2} ({allocated[2]:N0} B), {(double)allocated[3] / allocated[0]:F2} (checksum {checksum})");
        }
    }

    /// <summary>
    /// Where Generated's time on each WireStory input goes, fastest of interleaved passes as in
    /// <see cref="RunParsing"/>: the floor; the engine's classification alone (<c>WireStory.Template.Parse</c>);
    /// <c>WireStory.Parse</c> with no member read; <c>Parse</c> with the typed answers read (the benchmark's
    /// Generated); the typed answers read again on articles parsed before (made once, so what is left is
    /// reading them); the lean hand parser. Each in µs a call and as a multiple of the floor, and
    /// the bytes one call allocates.
    /// </summary>
    public static void RunParsingBreakdown(TextWriter output, double seconds)
    {
        output.WriteLine("input | floor µs | Template.Parse | WireStory.Parse | Parse + answers | answers read again | lean (each µs, x floor) | allocated B, same order");
        foreach (var input in ArticleParsingBenchmarks.Inputs)
        {
            var articles = ArticleInputs.Load(input);
            var regular = articles.Select(LeanHandParser.Regularize).ToArray();
            var parsed = articles.Select(NewsDesk.Templates.WireStory.Parse).ToArray();
            ArticleParsingBenchmarks.AssertSameAnswers(articles);
            var checksum = 0;
            var contestants = new Func<int>[]
            {
                () => articles.Sum(a => FloorSplitter.Split(a).Count),
                () => articles.Sum(a => NewsDesk.Templates.WireStory.Template.Parse(a).BlockCount),
                () => articles.Sum(a => NewsDesk.Templates.WireStory.Parse(a).Source.BlockCount),
                () => articles.Sum(a => ArticleParsingBenchmarks.Summarize(NewsDesk.Templates.WireStory.Parse(a)).Paragraphs),
                () => parsed.Sum(p => ArticleParsingBenchmarks.Summarize(p).Paragraphs),
                () => regular.Sum(a => LeanHandParser.Parse(a).Paragraphs),
            };

            var characters = articles.Sum(a => (long)a.Length);
            var repeats = (int)Math.Max(1, 200_000 / characters);
            var share = input == ArticleInputs.Batch10M ? seconds : seconds / 4;
            var fastest = FastestInTurns(contestants, share, repeats, ref checksum);

            // What one call of each allocates, the passes' own closures included (a few dozen bytes).
            var allocated = contestants.Select(c =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                checksum += c();
                return GC.GetAllocatedBytesForCurrentThread() - before;
            }).ToArray();
            output.WriteLine(
                $"{input} | {fastest[0] * 1000:F2} | " + string.Join(" | ", fastest.Skip(1).Select(f => $"{f * 1000:F2} ({f / fastest[0]:F2}x)")) +
                $" | allocated B: {string.Join(", ", allocated.Select(b => b.ToString("N0")))} (checksum {checksum})");
        }
    }

    /// <summary>
    /// Where NewsArticle's time on the real pages goes, rule by rule: the interpreter's pass over the pages
    /// with the whole template and with each catalog rule left out, fastest of <paramref name="rounds"/>
    /// interleaved rounds; a rule's cost is the difference (noise on this machine: a few tenths of a
    /// millisecond). The emitted parser and the template's story rules alone are timed beside them.
    /// </summary>
    public static void RunRuleCosts(TextWriter output, int rounds)
    {
        var pages = RealPageBenchmarks.LoadOrThrow();
        var rules = NewsArticle.Template.Rules;
        var contestants = new System.Collections.Generic.List<(string Name, Func<int> Pass)>
        {
            ("NewsArticle.Parse (emitted dispatch)", () => RealPageBenchmarks.StoryTextOfAll(pages)),
            ("interpreter, whole template", Interpreted(new ArticleTemplate("NewsArticle", rules))),
            ("interpreter, story rules only", Interpreted(new ArticleTemplate("Story", rules.Where(r => r.Role is SectionRole.Headline or SectionRole.Heading or SectionRole.Paragraph)))),
        };

        foreach (var rule in rules.Where(r => r.Role is not (SectionRole.Headline or SectionRole.Heading or SectionRole.Paragraph)))
        {
            // A rule that names this one goes with it (BylineName, right after BylineLead).
            var left = rules.Where(r => r != rule && !r.Conditions.Any(c => c.SectionName == rule.Name)).ToList();
            var name = rule.Name + string.Concat(rules.Where(r => r != rule && !left.Contains(r)).Select(r => " + " + r.Name));
            contestants.Add(("without " + name, Interpreted(new ArticleTemplate("NewsArticle", left))));
        }

        var fastest = new double[contestants.Count];
        Array.Fill(fastest, double.MaxValue);
        var checksum = 0;
        for (var round = 0; round < rounds + 3; round++)
        {
            for (var c = 0; c < contestants.Count; c++)
            {
                var one = Stopwatch.StartNew();
                checksum += contestants[c].Pass();

                // The first rounds run while the JIT tiers the code up and the patterns' deciders are built.
                if (round >= 3)
                {
                    fastest[c] = Math.Min(fastest[c], one.Elapsed.TotalMilliseconds);
                }
            }
        }

        output.WriteLine($"{pages.Length} pages, fastest of {rounds} rounds (checksum {checksum})");
        for (var c = 0; c < 3; c++)
        {
            output.WriteLine($"{contestants[c].Name}: {fastest[c]:F2} ms");
        }

        output.WriteLine("rule | ms a pass (whole template minus without it)");
        foreach (var c in Enumerable.Range(3, contestants.Count - 3).OrderByDescending(c => fastest[1] - fastest[c]))
        {
            output.WriteLine($"{contestants[c].Name.Substring("without ".Length)} | {fastest[1] - fastest[c]:F2}");
        }

        Func<int> Interpreted(ArticleTemplate template) => () =>
        {
            var total = 0;
            foreach (var page in pages)
            {
                total += ArticleClassifier.Classify(template, page).StoryText.Length;
            }

            return total;
        };
    }

    /// <summary>
    /// The contestants in turns for <paramref name="seconds"/> (three rounds at least), each turn
    /// <paramref name="repeats"/> calls; the fastest turn of each in ms a call, the first two rounds left
    /// out while the JIT is still tiering the code up.
    /// </summary>
    private static double[] FastestInTurns(Func<int>[] contestants, double seconds, int repeats, ref int checksum)
    {
        var fastest = new double[contestants.Length];
        Array.Fill(fastest, double.MaxValue);
        var clock = Stopwatch.StartNew();
        for (var round = 0; clock.Elapsed.TotalSeconds < seconds || round < 3; round++)
        {
            for (var c = 0; c < contestants.Length; c++)
            {
                var one = Stopwatch.StartNew();
                for (var i = 0; i < repeats; i++)
                {
                    checksum += contestants[c]();
                }

                if (round >= 2)
                {
                    fastest[c] = Math.Min(fastest[c], one.Elapsed.TotalMilliseconds / repeats);
                }
            }
        }

        return fastest;
    }

    private static double Fastest(double seconds, Action pass)
    {
        var fastest = double.MaxValue;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var one = Stopwatch.StartNew();
            pass();
            fastest = Math.Min(fastest, one.Elapsed.TotalMilliseconds);
        }

        return fastest;
    }
}
