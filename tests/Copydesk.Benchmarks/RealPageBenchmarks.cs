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
        _pages = Load();
        if (_pages.Length == 0)
        {
            throw new InvalidOperationException("No real pages: put them in ../shared/realpages/text beside the repository or set COPYDESK_REALPAGES.");
        }

        Console.WriteLine($"// {_pages.Length} real pages, {Characters:N0} characters");
    }

    [Benchmark(Baseline = true, Description = "Floor")]
    public int Floor()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += FloorSplitter.Split(page).Count;
        }

        return total;
    }

    [Benchmark(Description = "NewsArticle: StoryText")]
    public int NewsArticleStory()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += NewsArticle.Parse(page).StoryText.Length;
        }

        return total;
    }

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
