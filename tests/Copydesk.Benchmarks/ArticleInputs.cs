using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Copydesk.Benchmarks;

/// <summary>
/// Benchmark inputs: the seed article of the brief (tests/Fixtures/wire-story.txt), the NewsDesk sample articles, and generated articles of the same shape (headline,
/// paragraphs with and without quotations, headings, See-also teasers, update note, credit, comment
/// form) of about 1 KB, 5 KB and 50 KB, plus a 10 MB batch of 5 KB articles.
/// </summary>
public static class ArticleInputs
{
    public const string Seed = "Seed";
    public const string NewsDesk = "NewsDesk";
    public const string Article1K = "1KB";
    public const string Article5K = "5KB";
    public const string Article50K = "50KB";
    public const string Batch10M = "10MB batch";

    public static IEnumerable<string> Names => new[] { Seed, NewsDesk, Article1K, Article5K, Article50K, Batch10M };

    public static string[] Load(string name) => name switch
    {
        Seed => new[] { File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", "wire-story.txt")) },
        NewsDesk => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray(),
        Article1K => new[] { Generate(1024, seed: 1) },
        Article5K => new[] { Generate(5 * 1024, seed: 2) },
        Article50K => new[] { Generate(50 * 1024, seed: 3) },
        Batch10M => Enumerable.Range(0, 10 * 1024 * 1024 / (5 * 1024)).Select(i => Generate(5 * 1024, seed: 100 + i)).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown input"),
    };

    private static readonly string[] Subjects = { "The council", "The minister", "Residents", "The company", "Police", "The union", "Scientists", "The mayor’s office" };
    private static readonly string[] Verbs = { "said", "told reporters", "added", "stressed" };
    private static readonly string[] Topics = { "the new bridge", "the budget", "the strike", "the flood defences", "the election", "the rail link", "the heatwave", "the harbour" };

    /// <summary>An article of about <paramref name="size"/> characters; the same seed gives the same text.</summary>
    public static string Generate(int size, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        builder.Append(Pick(random, Subjects)).Append(" reaches deal on ").Append(Pick(random, Topics));
        var block = 0;
        while (builder.Length < size - 200)
        {
            builder.Append("\n\n");
            block++;
            switch (random.Next(12))
            {
                case 0:
                    builder.Append("Questions remain over ").Append(Pick(random, Topics));
                    break;
                case 1:
                    builder.Append("See also\u00A0 ").Append(Pick(random, Subjects)).Append(" plans a review of ").Append(Pick(random, Topics));
                    break;
                case 2:
                    builder.Append("“We will not accept delays on ").Append(Pick(random, Topics)).Append(",” ").Append(Pick(random, Subjects).ToLowerInvariant()).Append(' ').Append(Pick(random, Verbs)).Append('.');
                    break;
                case 3:
                    builder.Append(Pick(random, Subjects)).Append(" called it “a turning point for the region.");
                    break;
                default:
                    builder.Append(Pick(random, Subjects)).Append(' ').Append(Pick(random, Verbs)).Append(" on Tuesday that work on ").Append(Pick(random, Topics))
                        .Append(" would start next spring and last about two years, with costs shared between the city and the region.");
                    if (random.Next(3) == 0)
                    {
                        builder.Append("\nThe plans were first presented in ").Append(2015 + random.Next(8)).Append(" and revised twice since.");
                    }

                    break;
            }
        }

        builder.Append("\n\nThe story was updated on Wednesday with new figures.");
        builder.Append("\n\nReuters’s Anna Bakker contributed to this report.");
        builder.Append("\n\nLeave a Reply\n\nYour email address will not be published.");
        return builder.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
