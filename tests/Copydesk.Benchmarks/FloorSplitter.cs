using System.Collections.Generic;

namespace Copydesk.Benchmarks;

/// <summary>
/// The floor: the work no article parser can avoid — find every block boundary (blank lines) and
/// allocate each block's string. Nothing else.
/// </summary>
public static class FloorSplitter
{
    public static List<string> Split(string text)
    {
        var blocks = new List<string>();
        var blockStart = -1;
        var blockEnd = 0;
        var lineStart = 0;
        var length = text.Length;
        while (lineStart <= length)
        {
            var lineEnd = text.IndexOfAny(LineBreaks, lineStart);
            if (lineEnd < 0)
            {
                lineEnd = length;
            }

            var blank = true;
            for (var i = lineStart; i < lineEnd; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    blank = false;
                    break;
                }
            }

            if (!blank)
            {
                if (blockStart < 0)
                {
                    blockStart = lineStart;
                }

                blockEnd = lineEnd;
            }
            else if (blockStart >= 0)
            {
                blocks.Add(text.Substring(blockStart, blockEnd - blockStart));
                blockStart = -1;
            }

            if (lineEnd == length)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        if (blockStart >= 0)
        {
            blocks.Add(text.Substring(blockStart, blockEnd - blockStart));
        }

        return blocks;
    }

    private static readonly char[] LineBreaks = { '\n', '\r' };
}
