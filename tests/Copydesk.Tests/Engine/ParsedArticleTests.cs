using System.Linq;
using System.Threading.Tasks;

namespace Copydesk.Tests.Engine;

/// <summary>Parse pays only for what is read: findings are built on first read, once, for every thread.</summary>
public class ParsedArticleTests
{
    private static readonly ArticleTemplate WireStory = Fixtures.WireStory();

    [Fact]
    public void Findings_are_not_built_until_read_and_then_only_once()
    {
        var article = WireStory.Parse(Fixtures.ReadWireStoryArticle());
        Assert.False(article.FindingsBuilt);

        var findings = article.Findings;

        Assert.True(article.FindingsBuilt);
        Assert.NotEmpty(findings);
        Assert.Same(findings, article.Findings);
    }

    [Fact]
    public void Findings_make_the_text_of_no_paragraph_without_a_quotation_and_find_what_made_texts_find()
    {
        var text = Fixtures.ReadWireStoryArticle() + "\n\n“We will see,” she said.\n\n“No comment.”\n\nA  paragraph\nwithout   quotes.";
        var article = WireStory.Parse(text);

        var findings = article.Findings.Select(f => f.Kind + " " + f.Span).ToList();

        var paragraphs = Enumerable.Range(0, article.BlockCount).Where(i => article.RuleAt(i)?.Role == SectionRole.Paragraph).ToList();
        Assert.All(paragraphs.Where(i => !QuotationDetector.HasQuotation(article.RawTextAt(i))), i => Assert.False(article.HasTextAt(i), $"block {i}"));

        // A finding's block text is made when its excerpt or message is read, not before.
        var unattributed = article.Findings.First(f => f.Kind == FindingKind.UnattributedQuotation);
        var quoting = paragraphs.Single(i => article.SpanAt(i).Offset == unattributed.Span.Offset);
        Assert.False(article.HasTextAt(quoting));
        var excerpt = unattributed.Excerpt;
        Assert.True(article.HasTextAt(quoting));
        Assert.Equal(ArticleFinding.Shorten(article.TextAt(quoting)), excerpt);
        Assert.Contains(excerpt!, unattributed.Message);

        // A parse whose every text was made first finds the same.
        var made = WireStory.Parse(text);
        for (var i = 0; i < made.BlockCount; i++)
        {
            _ = made.TextAt(i);
        }

        Assert.Equal(findings, made.Findings.Select(f => f.Kind + " " + f.Span));
        Assert.Contains(findings, f => f.StartsWith("UnattributedQuotation", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Block_objects_are_made_only_when_the_blocks_are_read_and_tell_what_the_parse_recorded()
    {
        var article = WireStory.Parse(Fixtures.ReadWireStoryArticle());
        Assert.False(article.BlocksMade);
        var ruleIndices = Enumerable.Range(0, article.BlockCount).Select(article.RuleIndexAt).ToList();

        var blocks = article.Blocks;

        Assert.True(article.BlocksMade);
        Assert.Same(blocks, article.Blocks);
        Assert.Equal(ruleIndices, blocks.Select(b => b.RuleIndex));
        Assert.Equal(blocks.Count(b => b.RuleIndex == 2), article.CountOf(2));
        Assert.Equal("Maria Keller", blocks.Single(b => b.Rule?.Name == "Credit").GetCapture("Contributor"));
    }

    [Fact]
    public void Lazy_members_read_from_many_threads_at_once_agree_with_a_fresh_parse()
    {
        var text = Fixtures.ReadWireStoryArticle() + "\n\n“We will see,” she said.\n\nLeave a Reply";
        var expected = WireStory.Parse(text);
        var expectedFindings = expected.Findings.Select(f => f.Kind + " " + f.Span).ToList();
        var expectedMessages = expected.Findings.Select(f => f.Message).ToList();

        for (var round = 0; round < 20; round++)
        {
            var shared = WireStory.Parse(text);
            var seen = Enumerable.Range(0, 8)
                .Select(_ => Task.Run(() => (shared.Findings, shared.CleanText, shared.StoryText, Body: shared.BlocksOf(2), Messages: shared.Findings.Select(f => f.Message).ToList())))
                .Select(task => task.Result)
                .ToList();

            Assert.All(seen, s => Assert.Same(seen[0].Findings, s.Findings));
            Assert.All(seen, s => Assert.Same(seen[0].Body, s.Body));
            Assert.All(seen, s => Assert.Equal(expected.CleanText, s.CleanText));
            Assert.All(seen, s => Assert.Equal(expected.StoryText, s.StoryText));
            Assert.Equal(expectedFindings, seen[0].Findings.Select(f => f.Kind + " " + f.Span));

            // A finding's text, read from the article on first use, is the same on every thread.
            Assert.All(seen, s => Assert.Equal(expectedMessages, s.Messages));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Headline\n\nBody text.")]
    [InlineData("Headline\n\nBy Ana Reyes\n\nBody text.")]
    [InlineData("Headline\n\nBy Ana Reyes\n\nBy Lena Ortiz\n\nBody text.")]
    [InlineData("Headline\n\nOther headline\n\nBy Ana Reyes")]
    public void The_typed_result_error_found_at_once_is_the_first_finding_that_prevents_one(string text)
    {
        var template = new ArticleTemplate("Signed", new[]
        {
            new ArticleRule(SectionRole.Headline, "Title", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.FirstBlock) }),
            new ArticleRule(SectionRole.Attribution, "Byline", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.StartsWith, literals: new[] { "By" }) }),
            new ArticleRule(SectionRole.Heading, "Subtitle", Cardinality.Optional, new[] { BlockCondition.Create(ConditionKind.MaxLength, number: 20), BlockCondition.Create(ConditionKind.NoFinalPunctuation) }),
            new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.OneOrMore),
        });

        var article = template.Parse(text);
        var expected = template.Parse(text).Findings.FirstOrDefault(f => f.PreventsTypedResult);

        Assert.Equal(expected?.Kind, article.TypedResultError?.Kind);
        Assert.Equal(expected?.Span, article.TypedResultError?.Span);
        Assert.Equal(expected?.RuleName, article.TypedResultError?.RuleName);
    }

    [Fact]
    public void What_keeps_a_typed_result_from_being_built_is_known_without_building_the_findings()
    {
        var twoCredits = Fixtures.ReadWireStoryArticle() + "\n\nWNA’s Ana Reyes contributed to this report.";

        var article = WireStory.Parse(twoCredits);

        Assert.Equal(FindingKind.RepeatedSection, article.TypedResultError?.Kind);
        Assert.False(article.FindingsBuilt);
        Assert.Equal(article.Findings.First(f => f.PreventsTypedResult).Span, article.TypedResultError!.Span);
    }

    [Fact]
    public void Findings_of_some_kinds_are_the_full_list_less_the_other_kinds()
    {
        // Every kind the wire story can produce: a quotation, a boilerplate run, a repeated credit, an unmatched-free template.
        var text = Fixtures.ReadWireStoryArticle() + "\n\n“We will see,” she said.\n\nLeave a Reply\n\nYour email address will not be published.\n\nWNA’s Ana Reyes contributed to this report.";
        var all = WireStory.Parse(text).Findings;
        Assert.True(all.Select(f => f.Kind).Distinct().Count() >= 3);

        foreach (var kinds in KindSets())
        {
            var some = WireStory.Parse(text).FindingsOf(kinds);

            Assert.Equal(
                all.Where(f => (kinds & ArticleFindings.KindBit(f.Kind)) != 0).Select(f => (f.Kind, f.Span, f.Message)),
                some.Select(f => (f.Kind, f.Span, f.Message)));
        }
    }

    [Fact]
    public void Without_the_quotation_kind_no_paragraph_is_read_for_quotations()
    {
        var text = Fixtures.ReadWireStoryArticle() + "\n\n“We will see,” she said.";
        var body = WireStory.RuleArray.ToList().FindIndex(r => r.Name == "Body");
        var quotations = ArticleFindings.KindBit(FindingKind.UnattributedQuotation);

        var without = WireStory.Parse(text);
        Assert.DoesNotContain(without.FindingsOf(ArticleFindings.AllKinds & ~quotations), f => f.Kind == FindingKind.UnattributedQuotation);
        var with = WireStory.Parse(text);
        Assert.Contains(with.FindingsOf(quotations), f => f.Kind == FindingKind.UnattributedQuotation);

        var paragraphs = Enumerable.Range(0, without.BlockCount).Where(i => without.RuleIndexAt(i) == body).ToList();
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, i => Assert.False(without.HasTextAt(i)));
        // With it, only paragraphs that quote someone are read word by word (in place when their white space is regular).
        Assert.All(paragraphs, i => Assert.True(!with.HasTextAt(i) || QuotationDetector.HasQuotation(with.RawTextAt(i)), $"block {i}"));
    }

    private static System.Collections.Generic.IEnumerable<int> KindSets()
    {
        var kinds = (FindingKind[])System.Enum.GetValues(typeof(FindingKind));
        yield return 0;
        yield return ArticleFindings.AllKinds;
        foreach (var kind in kinds)
        {
            yield return ArticleFindings.KindBit(kind);
            yield return ArticleFindings.AllKinds & ~ArticleFindings.KindBit(kind);
        }
    }
}
