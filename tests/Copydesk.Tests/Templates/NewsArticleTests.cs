using System.Linq;
using Copydesk.Templates;

namespace Copydesk.Tests.Templates;

/// <summary>The built-in NewsArticle parser, compiled into the runtime library, used with no template of one's own.</summary>
public class NewsArticleTests
{
    [Fact]
    public void The_seed_article_shows_the_anatomy_of_the_brief_with_no_template_written()
    {
        var story = NewsArticle.Parse(Fixtures.ReadSeed());

        Assert.StartsWith("The White House reiterated", story.Title!.Text);
        Assert.Equal(new[] { "Putin blames the West for escalating tensions", "Aggressive movements in Moscow" }, story.Subheading.Select(h => h.Text));
        var credit = Assert.Single(story.ContributorCredit);
        Assert.Equal(("CNN", "Donald Judd", 47), (credit.Outlet, credit.Contributor, credit.Line));
        Assert.Equal(45, Assert.Single(story.UpdateNote).Line);
        Assert.Equal(new[] { "Asylum seekers are flown to Rwanda", "Zurich Airport scores well in Google reviews" }, story.SeeAlso.Select(s => s.Headline));
        Assert.Equal(new[] { ("SeeAlso", 15), ("SeeAlso", 37), ("CommentForm", 49), ("CommentForm", 51) }, story.Boilerplate.Select(b => (b.RuleName, b.Line)));
        Assert.Equal(25, Assert.Single(story.Findings, f => f.Kind == FindingKind.UnattributedQuotation).Span.Line);
        Assert.DoesNotContain("Leave a Reply", story.CleanText);
    }

    [Fact]
    public void A_generic_article_never_throws_for_missing_sections()
    {
        Assert.True(NewsArticle.TryParse("Leave a Reply", out var story));
        Assert.Null(story!.Title);
        Assert.Contains(story.Findings, f => f.Kind == FindingKind.MissingAttribution);
    }

    [Fact]
    public void Its_rules_come_from_the_catalog_families_and_are_exposed_for_tools()
    {
        var names = NewsArticle.Template.Rules.Select(r => r.Name).ToList();

        Assert.Contains("CommentForm", names);
        Assert.Contains("Byline", names);
        Assert.Contains("WireDateline", names);
        Assert.Contains("UpdateNote", names);
        Assert.Equal("Body", NewsArticle.Template.Rules[NewsArticle.Template.EvaluationOrder.Last()].Name);
    }
}
