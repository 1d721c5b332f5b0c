using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Copydesk.Tests;

/// <summary>One article of the corpus with the role (and attribution captures) expected for each block.</summary>
internal sealed record CorpusArticle(string Name, string Text, IReadOnlyList<ExpectedBlock> Expected)
{
    public static IReadOnlyList<CorpusArticle> Load()
    {
        var directory = Path.Combine(Fixtures.RepositoryRoot, "tests", "Copydesk.Tests", "Corpus");
        return Directory.GetFiles(directory, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(path =>
        {
            var expected = File.ReadAllLines(Path.ChangeExtension(path, ".expected"))
                .Where(line => line.Length > 0)
                .Select(ExpectedBlock.Parse)
                .ToList();
            return new CorpusArticle(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), expected);
        }).ToList();
    }
}

/// <summary>A sidecar line: <c>role</c> or <c>role|Capture=Value|…</c>.</summary>
internal sealed record ExpectedBlock(SectionRole Role, IReadOnlyDictionary<string, string> Captures)
{
    public static ExpectedBlock Parse(string line)
    {
        var parts = line.Split('|');
        var role = Enum.Parse<SectionRole>(parts[0], ignoreCase: true);
        var captures = parts.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        return new ExpectedBlock(role, captures);
    }
}

/// <summary>How well a template classifies the corpus: boilerplate precision and recall, attribution found and correct.</summary>
internal sealed class CorpusScore
{
    public int Blocks { get; private set; }

    public int RoleMatches { get; private set; }

    public int BoilerplateTruePositives { get; private set; }

    public int BoilerplateFalsePositives { get; private set; }

    public int BoilerplateFalseNegatives { get; private set; }

    public int AttributionExpected { get; private set; }

    public int AttributionFound { get; private set; }

    public int AttributionCorrect { get; private set; }

    public List<string> Misses { get; } = new();

    public double BoilerplatePrecision => Ratio(BoilerplateTruePositives, BoilerplateTruePositives + BoilerplateFalsePositives);

    public double BoilerplateRecall => Ratio(BoilerplateTruePositives, BoilerplateTruePositives + BoilerplateFalseNegatives);

    public double AttributionFoundRate => Ratio(AttributionFound, AttributionExpected);

    public double AttributionCorrectRate => Ratio(AttributionCorrect, AttributionExpected);

    public double RoleAccuracy => Ratio(RoleMatches, Blocks);

    public static CorpusScore Of(ArticleTemplate template, IEnumerable<CorpusArticle> corpus)
    {
        var score = new CorpusScore();
        foreach (var article in corpus)
        {
            var parsed = template.Parse(article.Text);
            Assert.True(parsed.Blocks.Count == article.Expected.Count, $"{article.Name}: {parsed.Blocks.Count} blocks, sidecar lists {article.Expected.Count}");
            for (var i = 0; i < article.Expected.Count; i++)
            {
                score.Add(article.Name, article.Expected[i], parsed.Blocks[i]);
            }
        }

        return score;
    }

    private void Add(string article, ExpectedBlock expected, ArticleBlock actual)
    {
        Blocks++;
        var actualRole = actual.Role;
        if (actualRole == expected.Role)
        {
            RoleMatches++;
        }
        else
        {
            Misses.Add($"{article} line {actual.Span.Line}: expected {expected.Role}, got {actualRole?.ToString() ?? "nothing"} ({actual.Rule?.Name}): {ArticleFinding.Shorten(actual.Text, 50)}");
        }

        var isBoilerplate = actualRole == SectionRole.Boilerplate;
        var shouldBe = expected.Role == SectionRole.Boilerplate;
        if (isBoilerplate && shouldBe)
        {
            BoilerplateTruePositives++;
        }
        else if (isBoilerplate)
        {
            BoilerplateFalsePositives++;
        }
        else if (shouldBe)
        {
            BoilerplateFalseNegatives++;
        }

        if (expected.Role != SectionRole.Attribution)
        {
            return;
        }

        AttributionExpected++;
        if (actualRole != SectionRole.Attribution)
        {
            return;
        }

        AttributionFound++;
        var wrong = expected.Captures.Where(c => actual.GetCapture(c.Key) != c.Value).Select(c => $"{c.Key}={actual.GetCapture(c.Key) ?? "null"} (expected {c.Value})").ToList();
        if (wrong.Count == 0)
        {
            AttributionCorrect++;
        }
        else
        {
            Misses.Add($"{article} line {actual.Span.Line}: attribution captures {string.Join(", ", wrong)}");
        }
    }

    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "blocks {0}, role accuracy {1:P1}; boilerplate precision {2:P1} recall {3:P1} (TP {4}, FP {5}, FN {6}); attribution found {7:P1}, correct {8:P1} of {9}",
        Blocks, RoleAccuracy, BoilerplatePrecision, BoilerplateRecall, BoilerplateTruePositives, BoilerplateFalsePositives, BoilerplateFalseNegatives,
        AttributionFoundRate, AttributionCorrectRate, AttributionExpected);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
