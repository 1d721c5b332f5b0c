using System;
using System.Linq;

namespace Copydesk.Tests.Engine;

/// <summary>Answers given without making a block's text are the answers its text gives.</summary>
public class BlockTextsTests
{
    private static readonly string[] Pieces = { "See", "also", "report.", "contributed", "to", "this", "’s", "By", "Byzantine", "a", "“x”", "é" };
    // None holds a blank line, so each generated block stays one block.
    private static readonly string[] Spaces = { " ", " ", " ", "  ", "\t", "\n", "\u00A0", " \n ", "\u2009", "\u200B" };

    [Fact]
    public void Length_ends_and_ordinal_comparisons_agree_with_the_collapsed_text_on_regular_and_irregular_blocks()
    {
        var random = new Random(13);
        for (var round = 0; round < 400; round++)
        {
            var blocks = Enumerable.Range(0, 4).Select(_ => Block(random)).ToArray();
            var article = string.Join("\n\n", blocks);
            var bounds = BlockSplitter.Split(article);
            var lazy = new BlockTexts(article, bounds);
            var made = new BlockTexts(article, bounds);
            // Literals with a space other than ' ' never match a collapsed text, even where the block has that space.
            var literals = new[]
            {
                "See also", "contributed to this report.", " contributed to this report.", "By", "report.", "a", "a\tb", "also\u00A0report.", "to  this", "See also ", "a ", " a",
                Pieces[random.Next(Pieces.Length)] + " " + Pieces[random.Next(Pieces.Length)],
            };

            for (var i = 0; i < bounds.Length; i++)
            {
                var text = made[i];
                var fresh = new BlockTexts(article, bounds);
                foreach (var max in new[] { 0, text.Length - 1, text.Length, text.Length + 1, random.Next(40) })
                {
                    // Asked first (nothing known of the block yet) and after its length is known.
                    Assert.Equal(text.Length <= max, fresh.LengthAtMost(i, max));
                }

                Assert.Equal(text.Length, lazy.LengthOf(i));
                Assert.Equal(text.Length <= 10, lazy.LengthAtMost(i, 10));
                Assert.Equal(text[0], lazy.FirstOf(i));
                Assert.Equal(BlockCondition.EndsInPunctuation(text), lazy.EndsInPunctuation(i));
                foreach (var literal in literals)
                {
                    Assert.Equal(text.StartsWith(literal, StringComparison.Ordinal), lazy.StartsWithOrdinal(i, literal));
                    var startsWord = text.StartsWith(literal, StringComparison.Ordinal) &&
                        (literal.Length == text.Length || !TextNormalizer.IsWordChar(literal[^1]) || !TextNormalizer.IsWordChar(text[literal.Length]));
                    Assert.Equal(startsWord, lazy.StartsWithWord(i, literal));
                    Assert.Equal(startsWord ? text.Substring(literal.Length).Trim() : null, fresh.RestAfterWord(i, literal));
                    Assert.Equal(text == literal, lazy.EqualsOrdinal(i, literal));
                    Assert.Equal(text.Contains(literal, StringComparison.Ordinal), lazy.ContainsOrdinal(i, literal));
                    Assert.Equal(text.EndsWith(literal, StringComparison.Ordinal), lazy.EndsWithOrdinal(i, literal));
                    Assert.Equal(text.EndsWith(literal, StringComparison.Ordinal), fresh.EndsWithOrdinal(i, literal));
                }

                Assert.Equal(text, lazy[i]);
            }
        }
    }

    [Fact]
    public void Blocks_are_compared_in_place_and_no_copy_is_made()
    {
        var article = "See also the report\n\nA second block.\n\nThe story\n  was\u00A0told";
        var texts = new BlockTexts(article, BlockSplitter.Split(article));

        Assert.True(texts.StartsWithOrdinal(0, "See also"));
        Assert.True(texts.EqualsOrdinal(1, "A second block."));
        Assert.Equal(19, texts.LengthOf(0));
        Assert.True(texts.StartsWithWord(2, "The story was"));
        Assert.False(texts.StartsWithWord(2, "The story wa"));
        Assert.True(texts.EqualsOrdinal(2, "The story was told"));
        Assert.True(texts.EndsWithOrdinal(2, " was told"));
        Assert.False(texts.EndsWithOrdinal(2, "was  told"));
        Assert.True(texts.LengthAtMost(2, 18));
        Assert.False(texts.LengthAtMost(2, 17));
        Assert.Equal(18, texts.LengthOf(2));

        Assert.False(texts.HasText(0));
        Assert.False(texts.HasText(1));
        Assert.False(texts.HasText(2));
    }

    private static string Block(Random random)
    {
        var words = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => Pieces[random.Next(Pieces.Length)]).ToArray();
        var block = words[0];
        for (var i = 1; i < words.Length; i++)
        {
            // Mostly single spaces, so the comparisons also hold, not only fail.
            var space = random.Next(3) == 0 ? Spaces[random.Next(Spaces.Length)] : " ";
            block += space + words[i];
        }

        return block;
    }
}
