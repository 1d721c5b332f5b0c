using System.Linq;
using Copydesk.Templates;

namespace Copydesk.Tests.Templates;

/// <summary>The built-in NewsArticle parser, compiled into the runtime library, used with no template of one's own.</summary>
public class NewsArticleTests
{
    [Fact]
    public void The_wire_story_shows_the_anatomy_of_the_brief_with_no_template_written()
    {
        var story = NewsArticle.Parse(Fixtures.ReadWireStoryArticle());

        Assert.StartsWith("The harbour authority said", story.Title!.Text);
        Assert.Equal(new[] { "Union blames automation for the dispute", "Growing queues at the outer anchorage" }, story.Subheading.Select(h => h.Text));
        var credit = Assert.Single(story.ContributorCredit);
        Assert.Equal(("WNA", "Maria Keller", 47), (credit.Outlet, credit.Contributor, credit.Line));
        Assert.Equal(45, Assert.Single(story.UpdateNote).Line);
        Assert.Equal(new[] { "Ferry timetable changes for the winter season", "New cycle bridge opens across the river" }, story.SeeAlso.Select(s => s.Headline));
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
