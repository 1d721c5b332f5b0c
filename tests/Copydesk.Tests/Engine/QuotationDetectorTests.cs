using System;
using System.Linq;

namespace Copydesk.Tests.Engine;

public class QuotationDetectorTests
{
    private readonly QuotationDetector _detector = new(QuotationDetector.DefaultSpeechVerbs);

    [Theory]
    [InlineData("“We understand that the attack will have consequences,” the official said.")]
    [InlineData("“How would the Americans react?” he told reporters.")]
    [InlineData("“You deceived us,” Putin added.")]
    [InlineData("Liz Truss stressed that any intervention “will be met with sanctions”.")]
    [InlineData("The spokeswoman dismissed the statements: “Well, the facts are clear.”")]
    [InlineData("Troops are massing, \"officials\" close to the matter said.")]
    [InlineData("Prices will rise, according to the \"central bank\".")]
    public void Attributed_quotations_are_not_flagged(string paragraph)
    {
        Assert.False(_detector.IsUnattributedQuotation(paragraph));
    }

    [Theory]
    [InlineData("NATO is “a defensive alliance, not an aggressive one.")]
    [InlineData("The plan is \"dead on arrival\".")]
    [InlineData("„Das ist gut“ war die Antwort.")]
    public void Quotations_without_a_speaker_are_flagged(string paragraph)
    {
        Assert.True(_detector.IsUnattributedQuotation(paragraph));
    }

    [Theory]
    [InlineData("Russia’s plans were not discussed.")]
    [InlineData("No quotation here, only the official’s words.")]
    public void Apostrophes_and_single_quotes_are_not_quotations(string paragraph)
    {
        Assert.False(_detector.IsUnattributedQuotation(paragraph));
    }

    [Fact]
    public void Verbs_match_whole_words_only()
    {
        // "saidi" and "retold" contain verbs but are not them.
        Assert.True(_detector.IsUnattributedQuotation("Mr Saidi retold “the story”."));
    }

    [Fact]
    public void A_custom_verb_list_replaces_the_defaults()
    {
        var detector = new QuotationDetector(new[] { "reckoned", "in a statement" });

        Assert.False(detector.IsUnattributedQuotation("“Fine,” the minister reckoned."));
        Assert.False(detector.IsUnattributedQuotation("The ministry, in a statement, called it “fine”."));
        Assert.True(detector.IsUnattributedQuotation("“Fine,” the minister said."));
    }

    [Theory]
    [InlineData("“We will not accept delays,” the union said.")]
    [InlineData("“We will not accept delays.”")]
    [InlineData("The minister: “No comment.”")]
    [InlineData("“It is over,” according to the mayor")]
    [InlineData("according to")]
    [InlineData("“Yes”")]
    public void A_range_of_a_longer_string_is_attributed_exactly_when_the_same_text_alone_is(string paragraph)
    {
        // Speech verbs and phrases just outside the range must not count, nor may words cut at its ends.
        foreach (var (before, after) in new[] { ("", ""), ("said ", " said"), ("according to ", " according to"), ("x", "y"), ("Minister:", ": “") })
        {
            var text = before + paragraph + after;
            Assert.Equal(_detector.IsAttributed(paragraph), _detector.IsAttributed(text, before.Length, before.Length + paragraph.Length));
        }
    }

    [Fact]
    public void A_range_has_a_quotation_exactly_when_the_same_text_alone_has_one()
    {
        foreach (var (before, paragraph, after) in new[] { ("\"", "no quote", "\""), ("“", "plain", "”"), ("", "“quoted”", ""), ("x", "a \" b", "y") })
        {
            Assert.Equal(QuotationDetector.HasQuotation(paragraph), QuotationDetector.HasQuotation(before + paragraph + after, before.Length, paragraph.Length));
        }
    }
    [Fact]
    public void A_word_is_a_speech_verb_exactly_when_it_equals_one_ignoring_case()
    {
        // Letters whose upper case is another script's or ASCII's (dotless ı, long ſ, Kelvin sign, ß, é).
        var verbs = new[] { "said", "sagte", "ſchrieb", "éclata", "İtiraf", "kiss", "ıslık", "weiß" };
        var detector = new QuotationDetector(verbs);
        var random = new Random(42);
        var letters = "saidgtecklowrbSAIDGTECKLOWRBſıİéÉßK\u212A".ToCharArray();
        var words = verbs.Concat(verbs.Select(v => v.ToUpperInvariant())).Concat(new[] { "ſaid", "SAİD", "\u212Aiss", "SCHRIEB", "ÉCLATA", "WEIẞ" }).ToList();
        for (var i = 0; i < 20000; i++)
        {
            words.Add(new string(Enumerable.Range(0, random.Next(1, 8)).Select(_ => letters[random.Next(letters.Length)]).ToArray()));
        }

        foreach (var word in words)
        {
            var expected = verbs.Any(v => string.Equals(v, word, StringComparison.OrdinalIgnoreCase));
            Assert.True(expected == detector.IsAttributed("“Yes,” " + word + " the minister."), word);
        }
    }
}
