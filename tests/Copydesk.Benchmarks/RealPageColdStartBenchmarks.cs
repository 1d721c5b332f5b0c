using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Copydesk.Templates;

namespace Copydesk.Benchmarks;

/// <summary>
/// What the first NewsArticle parse in a process costs (a tool that parses one page pays it): each
/// launch is a new process and times one call, with the template's patterns, their linear-time
/// deciders and the engine's code all made on the way. Reads the real pages as <see cref="RealPageBenchmarks"/> does.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class RealPageColdStartBenchmarks
{
    private string[] _pages = System.Array.Empty<string>();

    [GlobalSetup]
    public void Setup() => _pages = RealPageBenchmarks.LoadOrThrow();

    [Benchmark(Description = "NewsArticle: first page in a new process")]
    public int FirstPage() => NewsArticle.Parse(_pages[0]).StoryText.Length;

    [Benchmark(Description = "NewsArticle: all 50 pages in a new process")]
    public int AllPages() => RealPageBenchmarks.StoryTextOfAll(_pages);
}
