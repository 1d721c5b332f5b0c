using System.Linq;

namespace Copydesk.Tests.Engine.Context;

/// <summary>Where the story finder puts the story, on pages of our own in the shapes real pages have.</summary>
public class StoryContextTests
{
    private const string Paragraph1 = "The city council voted on Tuesday to build a new footbridge across the river, ending a debate that had divided the neighbourhood for more than a decade and filled three public meetings.";
    private const string Paragraph2 = "Residents who opposed the plan said they were worried about the cost, but the mayor said that most of the money would come from a regional fund that can only be spent on transport.";
    private const string Paragraph3 = "Work is expected to start in the spring, and the bridge should open to walkers and cyclists before the end of next year, according to the city's transport office.";

    private static StoryContext Find(params string[] blocks) => StoryContext.Compute(blocks);

    [Fact]
    public void Menus_before_and_teasers_after_are_outside_the_story_and_the_headline_is_above_it()
    {
        var blocks = new[]
        {
            "• Home", "• News", "• Sport", "• Weather", "Local News",
            "Council approves footbridge after decade of debate", "By Jane Roe",
            Paragraph1, Paragraph2, "What happens next", Paragraph3,
            "Related stories", "Bus fares to rise in April", "New library opens downtown", "© 2026 The Courier. All rights reserved.",
        };

        var story = Find(blocks);

        Assert.Equal(new[] { 7, 8, 9, 10 }, Enumerable.Range(0, blocks.Length).Where(story.InStory));
        Assert.Equal(5, story.Headline);
        Assert.Equal("en", story.Language);
    }

    [Theory]
    [InlineData("By Jane Roe")]
    [InlineData("Posted by Jane Roe on March 3, 2026")]
    [InlineData("Author: Jane Roe")]
    [InlineData("Текст: Анна Петрова·24 сентября 2018")]
    [InlineData("Pune, Daily Chronicle Bureau | Updated : 4 March 2021, 10:15 AM")]
    [InlineData("Express News Service")]
    [InlineData("Updated 1:39 am EST, Wednesday, November 20, 2019")]
    public void A_credit_or_date_line_between_the_headline_and_the_story_is_not_taken_for_the_headline(string credit)
    {
        var story = Find("• Home", "• News", "Council approves footbridge after decade of debate", credit, Paragraph1, Paragraph2, Paragraph3);

        Assert.Equal(2, story.Headline);
    }

    [Fact]
    public void Readers_comments_after_a_comment_opener_are_not_the_story()
    {
        var comment = "I think this is a great idea and the council should have done it years ago, because the old crossing is far too dangerous for children on bikes.";
        var story = Find(Paragraph1, Paragraph2, "12 Comments", comment, comment + " Really.", comment + " Truly.");

        Assert.True(story.InStory(0) && story.InStory(1));
        Assert.False(story.InStory(3) || story.InStory(4) || story.InStory(5));
    }

    [Fact]
    public void A_paragraph_that_starts_with_the_word_comments_is_not_a_comment_opener()
    {
        var story = Find(Paragraph1, "Comments made by the mayor at the meeting were later criticised by residents, who said that the city had ignored their concerns about noise.", Paragraph2);

        Assert.Equal(StoryBlockClass.NearGood, story.Classes[1]);
        Assert.True(story.InStory(1));
    }

    [Theory]
    [InlineData("de", "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen, nachdem die Debatte mehr als zehn Jahre gedauert hatte und die Anwohner sehr gespalten waren.")]
    [InlineData("fr", "Le conseil municipal a voté mardi la construction d'une nouvelle passerelle sur la rivière, après un débat qui a divisé le quartier pendant plus de dix ans et qui a été très long.")]
    [InlineData("es", "El ayuntamiento votó el martes la construcción de un nuevo puente sobre el río, después de un debate que dividió al barrio durante más de una década y que fue muy largo.")]
    [InlineData("it", "Il consiglio comunale ha votato martedì la costruzione di un nuovo ponte sul fiume, dopo un dibattito che ha diviso il quartiere per più di dieci anni e che è stato molto lungo.")]
    [InlineData("pt", "A câmara municipal votou na terça-feira a construção de uma nova ponte sobre o rio, depois de um debate que dividiu o bairro durante mais de uma década e que foi muito longo.")]
    public void The_language_is_the_one_whose_common_words_the_page_uses_most(string language, string paragraph)
    {
        var story = Find("Menü", paragraph, paragraph + " " + paragraph);

        Assert.Equal(language, story.Language);
        Assert.True(story.InStory(1) && story.InStory(2));
    }

    [Fact]
    public void Text_in_a_language_without_a_list_is_judged_by_length_and_punctuation()
    {
        var russian = "Городской совет во вторник проголосовал за строительство нового пешеходного моста через реку, завершив спор, который длился более десяти лет и разделил жителей района.";
        var story = Find("Главная", "Новости", russian, russian + " Работы начнутся весной.");

        Assert.Null(story.Language);
        Assert.Equal(new[] { 2, 3 }, Enumerable.Range(0, 4).Where(story.InStory));
    }

    [Fact]
    public void A_short_article_of_short_sentences_is_all_story()
    {
        var story = Find("Council approves the bridge", "The council said yes.", "Work will start next spring.");

        Assert.True(story.InStory(1) && story.InStory(2));
        Assert.Equal(0, story.Headline);
    }

    [Fact]
    public void An_empty_article_has_no_story()
    {
        var story = Find();

        Assert.Equal((-1, -1, -1), (story.Start, story.End, story.Headline));
    }

    [Fact]
    public void Every_furniture_phrase_holds_a_letter_only_its_ASCII_cases_match_ignoring_case()
    {
        // The story finder reads a block for the phrases only when it holds one of these letters.
        foreach (var phrase in StoryContext.FurniturePhrases.Append("cookie"))
        {
            Assert.True(phrase.IndexOfAny(StoryContext.FurnitureLetterText.ToCharArray()) >= 0, phrase);
        }

        for (var c = (char)128; c < char.MaxValue; c++)
        {
            foreach (var letter in StoryContext.FurnitureLetterText)
            {
                Assert.False(string.Equals(c.ToString(), letter.ToString(), System.StringComparison.OrdinalIgnoreCase), $"U+{(int)c:X4} matches {letter}");
            }
        }
    }

    [Theory]
    [InlineData("comments")]
    [InlineData("related")]
    public void A_block_turned_away_by_its_first_character_is_one_the_expression_does_not_match(string which)
    {
        // The phrases the expressions list (and their openings), each behind every character there is:
        // wherever the expression matches, the first-character check lets the block through.
        var (expression, first, phrases) = which == "comments"
            ? (StoryContext.CommentsOpen, StoryContext.CommentsFirst, new[]
            {
                "comments", "comment", "responses", "replies", "kommentar", "kommentare", "commentaires", "comentarios", "commenti", "comentários",
                "top rated comments", "latest comments", "recent replies", "reader comments", "show comments", "view comments", "all comments",
                "leave a reply", "leave a comment", "post a comment", "add a comment", "join the conversation", "join the discussion",
                "comments are closed", "comment is closed", "as you comment", "you must be logged in to post a comment", "schreibe einen kommentar",
                "laisser un commentaire", "deja un comentario", "lascia un commento", "[ comments", "[comments", "12 comments", "[ 3 comments",
            })
            : (StoryContext.RelatedOpen, StoryContext.RelatedFirst, new[]
            {
                "related articles", "related stories", "related posts", "related coverage", "more stories from", "more articles from",
                "you may also like", "you might also like", "recommended for you", "recommended stories", "recommended articles",
                "read next", "read more", "mehr zum thema", "lire aussi", "à lire aussi", "leggi anche", "lee también", "leia também",
            });
        var matched = 0;
        foreach (var phrase in phrases)
        {
            Assert.Matches(expression, phrase);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var block = (char)c + phrase.Substring(1);
                if (expression.IsMatch(block))
                {
                    matched++;
                    Assert.True(first.MayBegin(block), $"U+{c:X4} in \"{block}\"");
                }
            }
        }

        Assert.True(matched >= phrases.Length * 2, $"{matched} matches");
        foreach (var article in CorpusArticle.Load())
        {
            foreach (var block in article.Text.Split("\n\n"))
            {
                Assert.True(!expression.IsMatch(block) || first.MayBegin(block), block);
            }
        }
    }
}
