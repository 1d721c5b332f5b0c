using System;
using System.Diagnostics;
using System.IO;

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

            var fastest = new double[contestants.Length];
            Array.Fill(fastest, double.MaxValue);
            var clock = Stopwatch.StartNew();
            for (var round = 0; clock.Elapsed.TotalSeconds < share || round < 3; round++)
            {
                for (var c = 0; c < contestants.Length; c++)
                {
                    var one = Stopwatch.StartNew();
                    for (var i = 0; i < repeats; i++)
                    {
                        checksum += contestants[c]();
                    }

                    // The first rounds run while the JIT is still tiering the code up.
                    if (round >= 2)
                    {
                        fastest[c] = Math.Min(fastest[c], one.Elapsed.TotalMilliseconds / repeats);
                    }
                }
            }

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
