using System;
using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>A block boundary found by <see cref="BlockSplitter"/>: where its text starts and ends.</summary>
internal readonly struct BlockBounds
{
    internal BlockBounds(int start, int end, int line, int column)
    {
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    /// <summary>Offset of the block's first non-space character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the block's last non-space character.</summary>
    public int End { get; }

    /// <summary>One-based line of <see cref="Start"/>.</summary>
    public int Line { get; }

    /// <summary>One-based column of <see cref="Start"/>.</summary>
    public int Column { get; }

    /// <summary>The block's span.</summary>
    public SourceSpan Span => new(Start, End - Start, Line, Column);
}

/// <summary>
/// Splits article text into blocks: runs of lines that are separated by blank lines (lines of only
/// white space). CRLF, LF and CR line ends and a leading BOM are accepted. One pass, no regex.
/// </summary>
internal static class BlockSplitter
{
    /// <summary>The characters that end a line.</summary>
    internal static readonly char[] LineBreaks = { '\n', '\r' };

    // One growing list a thread, so a parse allocates only the exact array it keeps.
    [ThreadStatic]
    private static List<BlockBounds>? t_found;

    // Lists grown past this many blocks are not kept for the next parse.
    private const int MaxKeptBlocks = 4096;

    /// <summary>Finds every block of <paramref name="text"/> in order.</summary>
    public static BlockBounds[] Split(string text)
    {
        var blocks = t_found ?? new List<BlockBounds>(Math.Max(16, text.Length / 128));
        t_found = null;
        try
        {
            Find(text, blocks);
            return blocks.Count == 0 ? Array.Empty<BlockBounds>() : blocks.ToArray();
        }
        finally
        {
            blocks.Clear();
            if (blocks.Capacity <= MaxKeptBlocks)
            {
                t_found = blocks;
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Options)]
    private static void Find(string text, List<BlockBounds> blocks)
    {
        var length = text.Length;
        var position = length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var lineStart = position;

        var inBlock = false;
        int blockStart = 0, blockEnd = 0, blockLine = 0, blockColumn = 0;
#if NET8_0_OR_GREATER
        var lineEnds = new LineEndFinder(text);
#endif

        while (position <= length)
        {
            // One line: [position, lineEnd).
#if NET8_0_OR_GREATER
            var lineEnd = position < length ? lineEnds.Next(position) : -1;
#else
            var lineEnd = position < length ? text.IndexOfAny(LineBreaks, position) : -1;
#endif
            if (lineEnd < 0)
            {
                lineEnd = length;
            }

            var first = position;
            while (first < lineEnd && TextNormalizer.IsSpace(text[first]))
            {
                first++;
            }

            if (first < lineEnd)
            {
                var last = lineEnd;
                while (TextNormalizer.IsSpace(text[last - 1]))
                {
                    last--;
                }

                if (!inBlock)
                {
                    inBlock = true;
                    blockStart = first;
                    blockLine = line;
                    blockColumn = first - lineStart + 1;
                }

                blockEnd = last;
            }
            else if (inBlock)
            {
                blocks.Add(new BlockBounds(blockStart, blockEnd, blockLine, blockColumn));
                inBlock = false;
            }

            if (lineEnd >= length)
            {
                break;
            }

            position = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < length && text[lineEnd + 1] == '\n' ? 2 : 1);
            line++;
            lineStart = position;
        }

        if (inBlock)
        {
            blocks.Add(new BlockBounds(blockStart, blockEnd, blockLine, blockColumn));
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// The line ends of a text, found a window of 32 characters at a time: one vector compare gives a
    /// mask of the window's line breaks, and each line end is read from it, where a search per line
    /// would pay a call and its set-up for every line (most lines of an article are short).
    /// </summary>
    private struct LineEndFinder
    {
        private const int Window = 32;
        private readonly string _text;
        private int _start;
        private uint _breaks;

        public LineEndFinder(string text)
        {
            _text = text;
            _start = int.MinValue / 2;
            _breaks = 0;
        }

        /// <summary>The first '\n' or '\r' at or after <paramref name="from"/>, or -1.</summary>
        public int Next(int from)
        {
            if (!System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
            {
                return _text.IndexOfAny(LineBreaks, from);
            }

            while (true)
            {
                var offset = from - _start;
                if ((uint)offset < Window)
                {
                    var left = _breaks >> offset;
                    if (left != 0)
                    {
                        return from + System.Numerics.BitOperations.TrailingZeroCount(left);
                    }

                    from = _start + Window;
                }

                if (from > _text.Length - Window)
                {
                    // The last characters: fewer than a window.
                    var end = _text.AsSpan(from).IndexOfAny('\n', '\r');
                    return end < 0 ? -1 : from + end;
                }

                ref var first = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(
                    ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(_text.AsSpan()), from));
                var low = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref first);
                var high = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref first, 16);
                var lineFeed = System.Runtime.Intrinsics.Vector256.Create((ushort)'\n');
                var carriageReturn = System.Runtime.Intrinsics.Vector256.Create((ushort)'\r');
                var lowBreaks = System.Runtime.Intrinsics.Vector256.Equals(low, lineFeed) | System.Runtime.Intrinsics.Vector256.Equals(low, carriageReturn);
                var highBreaks = System.Runtime.Intrinsics.Vector256.Equals(high, lineFeed) | System.Runtime.Intrinsics.Vector256.Equals(high, carriageReturn);
                _breaks = System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector256.Narrow(lowBreaks, highBreaks));
                _start = from;
            }
        }
    }
#endif
}
