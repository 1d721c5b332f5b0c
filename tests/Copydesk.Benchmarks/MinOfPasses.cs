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
