using System;
using System.Linq;
using System.Text;

namespace Copydesk.Tests.Engine;

/// <summary>A block's lines are counted and measured as the collapsed text of each line would be, whatever its spaces.</summary>
public class BlockViewTests
{
    [Fact]
    public void Line_count_and_longest_line_agree_with_collapsing_each_line()
    {
        var random = new Random(20261128);
        var pieces = new[] { "Home", "News", "a", " ", "  ", "\t", "\u00A0", "\u2003", "Sport and weather", "x" };
        for (var n = 0; n < 3_000; n++)
        {
            var builder = new StringBuilder("Top");
            var lines = random.Next(1, 6);
            for (var l = 0; l < lines; l++)
            {
                // Every line has a word: a line of spaces only is a blank line, which ends the block.
                if (l > 0)
                {
                    builder.Append(random.Next(2) == 0 ? "\n" : "\r\n").Append(pieces[random.Next(pieces.Length)]).Append('w');
                }
                for (var p = random.Next(0, 5); p > 0; p--)
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }
            }

            builder.Append("End");
            var block = builder.ToString();
            var split = block.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
            var lineCount = split.Length;
            var longest = split.Max(line => TextNormalizer.CollapseSpaces(line, 0, line.Length).Length);

            Assert.True(Holds(block, BlockCondition.Create(ConditionKind.MinLines, number: lineCount)), $"min lines {lineCount} on \"{block}\"");
            Assert.False(Holds(block, BlockCondition.Create(ConditionKind.MinLines, number: lineCount + 1)), $"min lines {lineCount + 1} on \"{block}\"");
            Assert.True(Holds(block, BlockCondition.Create(ConditionKind.MaxLineLength, number: longest)), $"max line length {longest} on \"{block}\"");
            Assert.False(Holds(block, BlockCondition.Create(ConditionKind.MaxLineLength, number: longest - 1)), $"max line length {longest - 1} on \"{block}\"");
        }
    }

    private static bool Holds(string block, BlockCondition condition) =>
        new ArticleTemplate("Lines", new[] { new ArticleRule(SectionRole.Boilerplate, "Lines", Cardinality.Many, new[] { condition }) })
            .Parse(block).Blocks[0].Rule is not null;
}
