using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsDesk.Templates;

namespace Copydesk.Benchmarks;

/// <summary>
/// The generated WireStory parser against the hand-written Regex parser a user would write for the
/// same template, and against the floor (block boundaries and block strings only), on the same input
/// in the same run. Throughput is the input's size divided by the mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ArticleParsingBenchmarks
{
    private string[] _articles = Array.Empty<string>();

    // The lean parser reads the same articles with regular white space, where its answers equal Generated's.
    private string[] _regularArticles = Array.Empty<string>();

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = ArticleInputs.NewsDesk;

    public static string[] Inputs => ArticleInputs.Names.ToArray();

    /// <summary>Articles in the input, and how many of them have regular white space as they are (the lean parser reads the others regularized).</summary>
    public int Articles => _articles.Length;

    public int LeanCompared => _articles.Count(a => !LeanHandParser.NeedsTolerance(a));

    /// <summary>Characters in the input, for throughput.</summary>
    public long Characters => _articles.Sum(a => (long)a.Length);

    [GlobalSetup]
    public void Setup()
    {
        _articles = ArticleInputs.Load(Input);
        _regularArticles = _articles.Select(LeanHandParser.Regularize).ToArray();
        AssertSameAnswers(_articles);
    }

    [Benchmark(Baseline = true, Description = "Floor")]
    public int Floor()
    {
        var total = 0;
        foreach (var article in _articles)
        {
            total += FloorSplitter.Split(article).Count;
        }

        return total;
    }

    // Every contestant reads the same typed answers (StorySummary), so none wins by leaving work undone.
    [Benchmark(Description = "Generated: Parse")]
    public int GeneratedParse()
    {
        var total = 0;
        foreach (var article in _articles)
        {
            total += Summarize(WireStory.Parse(article)).Paragraphs;
        }

        return total;
    }

    [Benchmark(Description = "Generated: Parse + Findings")]
    public int GeneratedParseAndFindings()
    {
        var total = 0;
        foreach (var article in _articles)
        {
            var story = WireStory.Parse(article);
            total += Summarize(story).Paragraphs + story.Findings.Count;
        }

        return total;
    }

    [Benchmark(Description = "Lean hand parser ([GeneratedRegex], no tolerance)")]
    public int Lean()
    {
        var total = 0;
        foreach (var article in _regularArticles)
        {
            total += LeanHandParser.Parse(article).Paragraphs;
        }

        return total;
    }

    [Benchmark(Description = "Generated: findings only")]
    public int GeneratedFindings()
    {
        var total = 0;
        foreach (var article in _articles)
        {
            total += WireStory.Template.Parse(article).Findings.Count;
        }

        return total;
    }

    [Benchmark(Description = "Hand-written Regex (Compiled)")]
    public int RegexCompiled() => RunHandWritten(HandWrittenRegexParser.Compiled);

    [Benchmark(Description = "Hand-written Regex ([GeneratedRegex])")]
    public int RegexSourceGenerated() => RunHandWritten(HandWrittenRegexParser.SourceGenerated);

    private int RunHandWritten(HandWrittenRegexParser parser)
    {
        var total = 0;
        foreach (var article in _articles)
        {
            var story = parser.Parse(article);
            total += story.Paragraphs + story.CommentForm;
        }

        return total;
    }

    /// <summary>Every contestant must give the same answers, or the comparison means nothing.</summary>
    public static void AssertSameAnswers(string[] articles)
    {
        foreach (var article in articles)
        {
            var generated = Summarize(WireStory.Parse(article));
            foreach (var parser in new[] { HandWrittenRegexParser.Compiled, HandWrittenRegexParser.SourceGenerated })
            {
                var hand = parser.Parse(article);
                if (hand != generated)
                {
                    throw new InvalidOperationException($"The hand-written parser disagrees with the generated one:\n{hand}\n{generated}");
                }
            }

            // The lean parser has no tolerance: it must agree wherever white space is regular, so it
            // reads the article with its white space made regular.
            if (LeanHandParser.Parse(LeanHandParser.Regularize(article)) is var lean && lean != generated)
            {
                throw new InvalidOperationException($"The lean hand parser disagrees with the generated one:\n{lean}\n{generated}");
            }

            var blocks = FloorSplitter.Split(article).Count;
            if (blocks != WireStory.Template.Parse(article).Blocks.Count)
            {
                throw new InvalidOperationException($"The floor finds {blocks} blocks, the engine {WireStory.Template.Parse(article).Blocks.Count}.");
            }
        }
    }

    /// <summary>The typed answers, read as a user would read them: loops over the lists, one builder for the shape.</summary>
    public static StorySummary Summarize(WireStory story)
    {
        var shape = new StringBuilder();
        var sections = story.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Heading is not null)
            {
                shape.Append('H');
            }

            shape.Append('p', sections[i].Paragraphs.Count);
        }

        return new StorySummary(
            story.Title.Text,
            Join(story.Subheading, static h => h.Text),
            Join(story.SeeAlso, static s => s.Headline),
            story.Credit?.Outlet,
            story.Credit?.Contributor,
            story.Update?.Text,
            story.CommentForm.Count,
            story.Body.Count,
            shape.ToString());
    }

    private static string Join<T>(IReadOnlyList<T> items, Func<T, string> text)
    {
        var texts = new string[items.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = text(items[i]);
        }

        return string.Join("|", texts);
    }
}
