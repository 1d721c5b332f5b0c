using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Copydesk.Tests.Engine;

public class BlockSplitterTests
{
    [Fact]
    public void Blocks_are_runs_of_lines_between_blank_lines_with_exact_positions()
    {
        var text = "Title\n\nFirst line\nsecond line\n\n\n  Indented block  \n";

        var blocks = BlockSplitter.Split(text);

        Assert.Equal(3, blocks.Length);
        Assert.Equal(new SourceSpan(0, 5, 1, 1), blocks[0].Span);
        Assert.Equal(new SourceSpan(7, 22, 3, 1), blocks[1].Span);
        Assert.Equal("First line\nsecond line", text.Substring(blocks[1].Start, blocks[1].End - blocks[1].Start));
        Assert.Equal(new SourceSpan(34, 14, 7, 3), blocks[2].Span);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Every_line_ending_gives_the_same_lines_and_columns(string newline)
    {
        var text = string.Join(newline, "Headline", "", "Paragraph one", "continues", "", "Credit line");

        var blocks = BlockSplitter.Split(text);

        Assert.Equal(new[] { (1, 1), (3, 1), (6, 1) }, blocks.Select(b => (b.Line, b.Column)));
        Assert.Equal("Credit line", text.Substring(blocks[2].Start, blocks[2].End - blocks[2].Start));
    }

    [Fact]
    public void A_leading_bom_is_not_counted_as_a_column()
    {
        var blocks = BlockSplitter.Split("\uFEFFHeadline\n\nBody.");

        Assert.Equal(new SourceSpan(1, 8, 1, 1), blocks[0].Span);
    }

    [Fact]
    public void Lines_of_only_spaces_tabs_or_no_break_spaces_separate_blocks()
    {
        var blocks = BlockSplitter.Split("One\n \t\u00A0\nTwo\n\u200B\nThree");

        Assert.Equal(3, blocks.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n")]
    [InlineData("\uFEFF")]
    public void Empty_or_blank_text_has_no_blocks(string text)
    {
        Assert.Empty(BlockSplitter.Split(text));
    }

    [Fact]
    public void A_ten_megabyte_article_splits_in_one_pass()
    {
        var paragraph = "A paragraph of an article that goes on for a while, as paragraphs do.\n\n";
        var builder = new StringBuilder();
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(paragraph);
        }

        var text = builder.ToString();
        var blocks = BlockSplitter.Split(text);

        Assert.Equal(text.Length / paragraph.Length, blocks.Length);
        Assert.Equal(blocks.Length * 2 - 1, blocks[^1].Line);
    }

    [Fact]
    public void Line_ends_found_a_window_at_a_time_give_what_a_character_by_character_walk_gives()
    {
        // Line ends are found 32 characters at a time on .NET 8 and later: breaks at every offset of a
        // window and across its edges (a CRLF split by one), short and long texts, lines of only spaces.
        var random = new Random(20261206);
        var characters = new[] { 'a', 'a', 'a', ' ', ' ', '\n', '\n', '\r', '\t', '\u00A0', '\u2003' };
        var checkedBlocks = 0;
        for (var sample = 0; sample < 20_000; sample++)
        {
            var text = new StringBuilder();
            var length = random.Next(sample % 3 == 0 ? 400 : 100);
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(8) == 0 ? "\r\n" : characters[random.Next(characters.Length)].ToString());
            }

            var expected = WalkCharacterByCharacter(text.ToString());
            var found = BlockSplitter.Split(text.ToString()).Select(b => (b.Start, b.End, b.Line, b.Column)).ToList();

            Assert.True(expected.SequenceEqual(found), $"sample {sample}: {Escape(text.ToString())}");
            checkedBlocks += found.Count;
        }

        Assert.True(checkedBlocks > 50_000, $"only {checkedBlocks} blocks checked");
    }

    // The splitter's rules, one character at a time: a line ends at CRLF, LF or CR; a line of only spaces is blank.
    private static List<(int Start, int End, int Line, int Column)> WalkCharacterByCharacter(string text)
    {
        var blocks = new List<(int, int, int, int)>();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        (int Start, int End, int Line, int Column)? open = null;
        while (true)
        {
            var end = position;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r')
            {
                end++;
            }

            var first = position;
            while (first < end && TextNormalizer.IsSpace(text[first]))
            {
                first++;
            }

            var last = end;
            while (last > first && TextNormalizer.IsSpace(text[last - 1]))
            {
                last--;
            }

            if (first < end)
            {
                open = (open?.Start ?? first, last, open?.Line ?? line, open?.Column ?? first - position + 1);
            }
            else if (open is { } block)
            {
                blocks.Add(block);
                open = null;
            }

            if (end == text.Length)
            {
                break;
            }

            position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            line++;
        }

        if (open is { } rest)
        {
            blocks.Add(rest);
        }

        return blocks;
    }

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n");
}
