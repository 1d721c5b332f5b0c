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
}
