using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Templates;

namespace Copydesk.Tests.Templates;

/// <summary>The byline family on the forms pages print, and what its captures hold.</summary>
public class BylineTests
{
    // An Author is names only: no digits, @, |, e-mail address or clock time.
    private static readonly Regex NotAName = new(@"\d|@|\||\S+@\S+\.\S+|\b\d{1,2}:\d{2}\b");

    [Fact]
    public void Every_byline_form_of_the_fixture_is_an_attribution_with_a_clean_author()
    {
        var article = NewsArticle.Template.Parse(Fixtures.ReadBylines());

        Assert.All(article.Blocks, block =>
        {
            Assert.True(block.Role == SectionRole.Attribution, $"not an attribution: {block.Text} ({block.Rule?.Name})");
            var author = block.GetCapture("Author");
            Assert.False(string.IsNullOrWhiteSpace(author), $"no author: {block.Text}");
            Assert.False(NotAName.IsMatch(author!), $"author '{author}' of '{block.Text}' is not names only");
        });
    }

    [Fact]
    public void Every_author_in_the_corpus_is_names_only()
    {
        var authors = CorpusArticle.Load()
            .SelectMany(a => NewsArticle.Template.Parse(a.Text).Blocks)
            .Select(b => b.GetCapture("Author"))
            .Where(a => a is not null)
            .ToList();

        Assert.NotEmpty(authors);
        Assert.All(authors, author => Assert.False(NotAName.IsMatch(author!), author));
    }

    [Theory]
    [InlineData("By Tess Ward - 11/19/19 06:56 AM EST", "Byline", "Tess Ward", null, "11/19/19 06:56 AM EST")]
    [InlineData("By Bill Hope | Special to the Pioneer Press", "Byline", "Bill Hope", "Pioneer Press", null)]
    [InlineData("By Chris Pok@DawgsDaily Nov 18, 2019, 11:47am EST", "Byline", "Chris Pok", "DawgsDaily", "Nov 18, 2019, 11:47am EST")]
    [InlineData("By LISA MARTIN, PAUL OKAFOR and ANA REYES", "Byline", "LISA MARTIN, PAUL OKAFOR and ANA REYES", null, null)]
    [InlineData("By Megan Rowles megr@example.com(509) 555-0182", "Byline", "Megan Rowles", null, null)]
    [InlineData("By Sam Reed, Wednesday, 20 November 2019 08:05 GMT", "Byline", "Sam Reed", null, "Wednesday, 20 November 2019 08:05 GMT")]
    [InlineData("By Meg JonesStaff Writer", "Byline", "Meg Jones", null, null)]
    [InlineData("By Eric Sung, IGN Staff", "Byline", "Eric Sung", "IGN Staff", null)]
    [InlineData("by Rowan September 15, 2014", "Byline", "Rowan", null, "September 15, 2014")]
    [InlineData("By admin - 2018-09-16", "Byline", "admin", null, "2018-09-16")]
    [InlineData("Chris Dale - Nov 19, 2019, 10:31 pm CST", "NameDateLine", "Chris Dale", null, "Nov 19, 2019, 10:31 pm CST")]
    [InlineData("Posted on March 30, 2015 by Admin", "PostedByLine", "Admin", null, "March 30, 2015")]
    [InlineData("By Ola Berg on March 3, 2019", "Byline", "Ola Berg", null, "March 3, 2019")]
    [InlineData("By Ola Berg / AFP", "Byline", "Ola Berg", "AFP", null)]
    [InlineData("By Ola Berg (AP)", "Byline", "Ola Berg", "AP", null)]
    [InlineData("By Ola Berg, for CNN", "Byline", "Ola Berg", "CNN", null)]
    [InlineData("By Ola Berg in Brussels", "Byline", "Ola Berg", null, null)]
    [InlineData("By Ola Berg | 2 min read", "Byline", "Ola Berg", null, null)]
    [InlineData("By Ola Berg Published 3:45 PM ET Mar 3, 2019", "Byline", "Ola Berg", null, "Mar 3, 2019")]
    [InlineData("By Ola Berg — Posted on March 3, 2019", "Byline", "Ola Berg", null, "March 3, 2019")]
    [InlineData("By Ola Berg Updated Nov. 19, 2019 7:02 p.m. ET", "Byline", "Ola Berg", null, "Updated Nov. 19, 2019 7:02 p.m. ET")]
    [InlineData("By Ola Berg, Reuters Nov 19, 2019", "Byline", "Ola Berg", "Reuters", "Nov 19, 2019")]
    [InlineData("Author: Ola Berg", "Byline", "Ola Berg", null, null)]
    [InlineData("Posted by Ola Berg on March 3, 2019", "Byline", "Ola Berg", null, "March 3, 2019")]
    [InlineData("Testo: Mario Rossi, 3 settembre 2019", "Byline", "Mario Rossi", null, "3 settembre 2019")]
    [InlineData("Por Ana García, 22 de outubro de 2010", "Byline", "Ana García", null, "22 de outubro de 2010")]
    [InlineData("Текст: Анна Петрова·24 сентября 2018", "Byline", "Анна Петрова", null, "24 сентября 2018")]
    public void A_byline_is_split_into_author_outlet_and_date(string text, string rule, string author, string? outlet, string? date)
    {
        var block = Assert.Single(NewsArticle.Template.Parse(text).Blocks);

        Assert.Equal(rule, block.Rule!.Name);
        Assert.Equal((author, outlet, date), (block.GetCapture("Author"), block.GetCapture("Outlet"), block.GetCapture("Date")));
    }

    [Theory]
    [InlineData("By most accounts, the law worked.")]
    [InlineData("By clicking Confirm Account, I agree to the terms of service.")]
    [InlineData("By the time Buckley learned who had written the song, she was only half-surprised.")]
    [InlineData("Updated - November 19, 2019")]
    [InlineData("The bill was passed on Monday by Congress")]
    [InlineData("By Monday, officials said the bridge would reopen.")]
    [InlineData("By March 3, 2019, the council had voted to close the bridge.")]
    [InlineData("By Friday the bridge had reopened")]
    [InlineData("Text: the following lines explain the changes.")]
    public void Sentences_that_start_like_bylines_are_not_bylines(string text)
    {
        var block = Assert.Single(NewsArticle.Template.Parse(text).Blocks);

        Assert.NotEqual(SectionRole.Attribution, block.Role);
    }

    [Fact]
    public void A_by_line_with_the_name_in_the_next_block_credits_that_name()
    {
        var article = NewsArticle.Template.Parse("Council approves the new bridge after a long debate\n\nBy\n\nSara E. Noble\n\nThe council voted on Tuesday to build the bridge, ending a debate that had lasted for years.");

        var name = Assert.Single(article.Blocks, b => b.Rule?.Name == "BylineName");
        Assert.Equal("Sara E. Noble", name.GetCapture("Author"));
        Assert.Equal("BylineLead", article.Blocks[1].Rule!.Name);
        Assert.DoesNotContain(article.Findings, f => f.Kind == FindingKind.MissingAttribution);
    }
}
