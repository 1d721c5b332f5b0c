using System.Linq;
using Copydesk.Templates;
using Xunit.Abstractions;

namespace Copydesk.Tests.Templates;

/// <summary>
/// Scores the built-in NewsArticle template on the corpus of articles written for the project in the
/// styles of different sources (tests/Copydesk.Tests/Corpus). The thresholds are in docs/catalog.md.
/// </summary>
public class NewsArticleCorpusTests
{
    public const double MinBoilerplatePrecision = 0.95;
    public const double MinBoilerplateRecall = 0.90;
    public const double MinAttributionFound = 0.90;
    public const double MinAttributionCorrect = 0.85;

    private readonly ITestOutputHelper _output;

    public NewsArticleCorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_articles_of_every_kind_of_source()
    {
        var names = CorpusArticle.Load().Select(a => a.Name).ToList();

        Assert.True(names.Count >= 30, $"{names.Count} articles");
        foreach (var kind in new[] { "wire-", "blog-", "mag-", "local-", "press-", "de-", "fr-", "es-" })
        {
            Assert.Contains(names, n => n.StartsWith(kind, System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void NewsArticle_scores_above_the_documented_thresholds()
    {
        var score = CorpusScore.Of(NewsArticle.Template, CorpusArticle.Load());

        _output.WriteLine(score.ToString());
        foreach (var miss in score.Misses)
        {
            _output.WriteLine(miss);
        }

        Assert.True(score.BoilerplatePrecision >= MinBoilerplatePrecision, score.ToString());
        Assert.True(score.BoilerplateRecall >= MinBoilerplateRecall, score.ToString());
        Assert.True(score.AttributionFoundRate >= MinAttributionFound, score.ToString());
        Assert.True(score.AttributionCorrectRate >= MinAttributionCorrect, score.ToString());
    }
}
