using System;
using System.Linq;
using System.Text;

namespace Copydesk.Tests.Engine.Context;

/// <summary>The story finder's word count a window at a time against the count one character at a time.</summary>
public class StoryContextWordCountTests
{
    // Word pieces: common words of each list in several cases, words past the longest common word,
    // characters past ASCII that are (é, ß, Cyrillic, CJK, digits of other scripts) and are not (•, ’, —)
    // word characters, and characters that lower-case into ASCII (Kelvin sign, İ) or fold oddly (ſ, ı).
    private static readonly string[] Pieces =
    {
        "the", "The", "THE", "and", "AND", "die", "Der", "les", "LES", "él", "é", "été", "ÉTÉ", "não", "più", "über", "Straße",
        "a", "I", "Of", "by", "BY", "because", "Between", "responsibility", "internationalization", "x", "q1", "_", "__init__",
        "2026", "١٢", "город", "Москва", "新聞", "\u212Ahe", "\u0130n", "ſo", "ıt", "naïve", "e\u0301té", "ab\u0300c",
        " ", "  ", ", ", ". ", "•", "’", "—", "-", "'", "\"", "(", ")", "\t", "\u00A0", "@", "©", "\uFFFF", "\uD83D\uDE00",
    };

    [Fact]
    public void Counting_words_a_window_at_a_time_agrees_with_the_character_walk_on_random_texts()
    {
        var random = new Random(20261206);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var text = new StringBuilder();
            var target = sample % 5 == 0 ? random.Next(0, 1400) : random.Next(0, 80);
            while (text.Length < target)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(' ');
                }
            }

            AssertSameCount(text.ToString());
        }
    }

    [Fact]
    public void Counting_words_a_window_at_a_time_agrees_with_the_character_walk_at_every_length_and_word_position()
    {
        // Lengths across the 8- and 16-character windows, the 64-character chunks and the stack bitmap's end;
        // a common word placed at every offset, and text made only of word characters.
        foreach (var length in Enumerable.Range(0, 140).Concat(new[] { 511, 512, 513, 575, 576, 577, 1023, 1024, 1025 }))
        {
            AssertSameCount(new string('x', length));
            AssertSameCount(string.Concat(Enumerable.Repeat("the ", length / 4 + 1)).Substring(0, length));
            for (var at = 0; at + 3 <= length && length < 140; at++)
            {
                var chars = new string('.', length).ToCharArray();
                "The".CopyTo(0, chars, at, 3);
                AssertSameCount(new string(chars));
            }
        }
    }

    [Fact]
    public void Every_character_below_U_0800_and_a_sample_above_is_a_word_character_in_a_window_exactly_when_it_is_one_alone()
    {
        var characters = Enumerable.Range(0, 0x800).Concat(Enumerable.Range(0x800, 0xF800).Where(c => c % 7 == 0)).Select(c => (char)c);
        foreach (var c in characters)
        {
            var text = "ab " + c + " the" + new string(c, 17);
            var bitmap = new ulong[1];
            StoryContext.MarkWordCharacters(text, bitmap);
            for (var i = 0; i < text.Length; i++)
            {
                Assert.True(((bitmap[0] >> i) & 1) == (TextNormalizer.IsWordChar(text[i]) ? 1UL : 0UL), $"U+{(int)c:X4} at {i}");
            }

            AssertSameCount(text);
        }
    }

    private static void AssertSameCount(string text)
    {
        var languages = StopWords.Languages.Length;
        var expectedHits = new int[languages + 2];
        var actualHits = new int[languages + 2];
        StoryContext.CountWordsByCharacter(text, out var expectedWords, expectedHits, 1);
        StoryContext.CountWordsByWindow(text, out var actualWords, actualHits, 1);
        Assert.True(expectedWords == actualWords, $"words in \"{text}\": {actualWords}, expected {expectedWords}");
        Assert.True(expectedHits.SequenceEqual(actualHits), $"common words in \"{text}\": {string.Join(",", actualHits)}, expected {string.Join(",", expectedHits)}");
    }
}
