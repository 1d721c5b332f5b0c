using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Copydesk.Templates;

namespace Copydesk.Benchmarks;

/// <summary>
/// NewsArticle on real scraped pages (menus, teasers and footers kept) against the floor: find every
/// block and allocate its string. The pages are the development set beside the repository
/// (<c>../shared/realpages/text</c>, third-party text that stays out of it); when it is not there,
/// set COPYDESK_REALPAGES to a folder of such pages, or the benchmark reports that it has no input.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RealPageBenchmarks
{
    private string[] _pages = Array.Empty<string>();

    /// <summary>Characters in the input, for throughput.</summary>
    public long Characters => _pages.Sum(p => (long)p.Length);

    [GlobalSetup]
    public void Setup()
    {
        _pages = LoadOrThrow();
        Console.WriteLine($"// {_pages.Length} real pages, {Characters:N0} characters");
    }

    [Benchmark(Baseline = true, Description = "Floor")]
    public int Floor() => SplitAll(_pages);

    [Benchmark(Description = "NewsArticle: StoryText")]
    public int NewsArticleStory() => StoryTextOfAll(_pages);

    [Benchmark(Description = "NewsArticle: findings only")]
    public int NewsArticleFindings()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += NewsArticle.Template.Parse(page).Findings.Count;
        }

        return total;
    }

    /// <summary>The floor on <paramref name="pages"/>: every block found and its string allocated; the blocks counted.</summary>
    public static int SplitAll(string[] pages)
    {
        var total = 0;
        foreach (var page in pages)
        {
            total += FloorSplitter.Split(page).Count;
        }

        return total;
    }

    /// <summary>NewsArticle's story text of every page, its characters counted.</summary>
    public static int StoryTextOfAll(string[] pages)
    {
        var total = 0;
        foreach (var page in pages)
        {
            total += NewsArticle.Parse(page).StoryText.Length;
        }

        return total;
    }

    /// <summary>The real pages (<see cref="Load"/>); throws when none are found, as a benchmark without input measures nothing.</summary>
    public static string[] LoadOrThrow()
    {
        var pages = Load();
        return pages.Length > 0
            ? pages
            : throw new InvalidOperationException("No real pages: put them in ../shared/realpages/text beside the repository or set COPYDESK_REALPAGES.");
    }

    /// <summary>The real pages, if a folder of them is found; none otherwise.</summary>
    public static string[] Load()
    {
        var folder = Environment.GetEnvironmentVariable("COPYDESK_REALPAGES");
        if (string.IsNullOrEmpty(folder))
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "realpages", "text");
                if (Directory.Exists(candidate))
                {
                    folder = candidate;
                    break;
                }
            }
        }

        return folder is not null && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : Array.Empty<string>();
    }
}
