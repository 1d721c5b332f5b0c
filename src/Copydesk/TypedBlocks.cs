using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace Copydesk;

/// <summary>
/// The typed blocks of one parsed article, as a generated parser's members read them. A block's typed
/// object is made the first time a member reads it, once (every list that holds the block holds the same
/// object), and each list is made on first read with the count the parse kept, so a caller that reads
/// only <c>Body.Count</c> makes no paragraph object. Safe to read from several threads.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TypedBlocks
{
    private readonly Func<ParsedArticle, int, TemplateBlock> _make;
    // The members' lists by number, then each block's typed object once made: one array, not two.
    // Slots are structs so that a reference to one needs no array-covariance check.
    private readonly Slot[] _lists;
    private readonly int _listCount;
    private ArticleBlock[]? _unmatched;

    /// <param name="source">The parse.</param>
    /// <param name="make">Makes the typed object of a block (the generated parser's block type for the block's rule).</param>
    /// <param name="lists">How many lists the members ask for by number.</param>
    public TypedBlocks(ParsedArticle source, Func<ParsedArticle, int, TemplateBlock> make, int lists)
    {
        Source = source;
        _make = make;
        _listCount = lists;
        _lists = new Slot[lists + source.BlockCount];
    }

    /// <summary>The parse the blocks come from.</summary>
    public ParsedArticle Source { get; }

    /// <summary>The typed object of block <paramref name="index"/>, made now if no member read it before.</summary>
    public TemplateBlock At(int index)
    {
        var slot = _listCount + index;
        return Volatile.Read(ref _lists[slot].Value) as TemplateBlock ?? (TemplateBlock)ParsedArticle.Publish(ref _lists[slot].Value, _make(Source, index));
    }

    /// <summary>How many typed block objects have been made (for tests of what reading a member pays for).</summary>
    internal int MadeCount
    {
        get
        {
            var count = 0;
            for (var slot = _listCount; slot < _lists.Length; slot++)
            {
                count += Volatile.Read(ref _lists[slot].Value) is null ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>List number <paramref name="list"/>: the blocks rule <paramref name="rule"/> took, in order.</summary>
    public IReadOnlyList<T> Of<T>(int list, int rule)
        where T : TemplateBlock =>
        // BlockList<T>, not IReadOnlyList<T>: a class test, where an interface test on a shared generic is a helper call.
        Volatile.Read(ref _lists[list].Value) as BlockList<T> ??
        (BlockList<T>)ParsedArticle.Publish(ref _lists[list].Value, Source.CountOf(rule) is var count and > 0 ? new BlockList<T>(this, rule, null, 0, Source.BlockCount, count) : BlockList<T>.Empty);

    /// <summary>List number <paramref name="list"/>: the blocks any of <paramref name="rules"/> took, in order.</summary>
    public IReadOnlyList<T> Of<T>(int list, int[] rules)
        where T : TemplateBlock
    {
        if (Volatile.Read(ref _lists[list].Value) is BlockList<T> made)
        {
            return made;
        }

        var count = 0;
        foreach (var rule in rules)
        {
            count += Source.CountOf(rule);
        }

        return (BlockList<T>)ParsedArticle.Publish(ref _lists[list].Value, count > 0 ? new BlockList<T>(this, -1, rules, 0, Source.BlockCount, count) : BlockList<T>.Empty);
    }

    /// <summary>The block a single rule took, or <c>null</c> (a repeated single rule makes <c>Parse</c> throw, so there is at most one).</summary>
    /// <remarks>No list: the block itself is kept in slot <paramref name="list"/> (or a mark that there is none).</remarks>
    public T? Single<T>(int list, int rule)
        where T : TemplateBlock
    {
        var kept = Volatile.Read(ref _lists[list].Value);
        if (kept == NoBlock)
        {
            return null;
        }

        if (kept is not null)
        {
            return Cast<T>(kept);
        }

        var found = Source.CountOf(rule) == 0 ? -1 : IndexOf(rule);
        if (found < 0)
        {
            Volatile.Write(ref _lists[list].Value, NoBlock);
            return null;
        }

        // At makes the block once, so a lost race keeps the same object.
        var block = Cast<T>(At(found));
        Volatile.Write(ref _lists[list].Value, block);
        return block;
    }

    // What a single rule's slot keeps when the rule took no block.
    private static readonly object NoBlock = new();

    private int IndexOf(int rule)
    {
        for (var index = 0; index < Source.BlockCount; index++)
        {
            if (Source.RuleIndexAt(index) == rule)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The blocks of <paramref name="rules"/> among blocks <paramref name="from"/> to <paramref name="to"/> (exclusive), of which there are <paramref name="count"/>: a section's paragraphs.</summary>
    public IReadOnlyList<T> Range<T>(int[] rules, int from, int to, int count)
        where T : TemplateBlock =>
        count == 0 ? BlockList<T>.Empty : new BlockList<T>(this, -1, rules, from, to, count);

    /// <summary>
    /// List number <paramref name="list"/>: each block of <paramref name="headingRules"/> with the blocks of
    /// <paramref name="paragraphRules"/> up to the next heading, after a lead section without heading when
    /// paragraphs come first; paragraphs are made when read. Built on first read.
    /// </summary>
    public IReadOnlyList<TSection> Sections<THeading, TParagraph, TSection>(int list, int[] headingRules, int[] paragraphRules, Func<THeading?, IReadOnlyList<TParagraph>, TSection> make)
        where THeading : TemplateBlock
        where TParagraph : TemplateBlock
        where TSection : class
    {
        if (Volatile.Read(ref _lists[list].Value) is IReadOnlyList<TSection> made)
        {
            return made;
        }

        // The same walk twice: first counting, so the list is made at its size, then making the sections.
        var sections = new TSection[WalkSections<THeading, TParagraph, TSection>(headingRules, paragraphRules, null, null)];
        WalkSections(headingRules, paragraphRules, make, sections);
        return (IReadOnlyList<TSection>)ParsedArticle.Publish(ref _lists[list].Value, sections);
    }

    /// <summary>
    /// Walks the blocks as <see cref="Sections"/> groups them: each heading opens a section, and a paragraph
    /// before any heading opens the lead section. Counts the sections; with <paramref name="into"/>, makes
    /// them there (the count pass makes no block).
    /// </summary>
    private int WalkSections<THeading, TParagraph, TSection>(int[] headingRules, int[] paragraphRules, Func<THeading?, IReadOnlyList<TParagraph>, TSection>? make, TSection[]? into)
        where THeading : TemplateBlock
        where TParagraph : TemplateBlock
    {
        var sections = 0;
        THeading? heading = null;
        var open = false;
        int from = 0, count = 0;
        for (var index = 0; index <= Source.BlockCount; index++)
        {
            var rule = index < Source.BlockCount ? Source.RuleIndexAt(index) : -1;
            var closes = index == Source.BlockCount || Holds(headingRules, rule);
            if (closes && open && into is not null)
            {
                into[sections - 1] = make!(heading, Range<TParagraph>(paragraphRules, from, index, count));
            }

            if (index == Source.BlockCount || rule < 0)
            {
                continue;
            }

            if (closes)
            {
                sections++;
                (heading, open, from, count) = (into is null ? null : (THeading)At(index), true, index + 1, 0);
            }
            else if (Holds(paragraphRules, rule))
            {
                if (!open)
                {
                    sections++;
                    (open, from) = (true, index);
                }

                count++;
            }
        }

        return sections;
    }

    /// <summary>True when <paramref name="rules"/> (a member's few rules) holds <paramref name="rule"/>: a loop the JIT inlines, where <c>Array.IndexOf</c> is a call per block.</summary>
    internal static bool Holds(int[] rules, int rule)
    {
        foreach (var r in rules)
        {
            if (r == rule)
            {
                return true;
            }
        }

        return false;
    }

    private struct Slot
    {
        public object? Value;
    }

    /// <summary>
    /// <paramref name="value"/> as <typeparamref name="T"/>. A member's own block type is exact, so the
    /// test is one type comparison, not the cast helper shared generic code calls; a list of a base
    /// type, and anything else, is cast as usual.
    /// </summary>
    internal static T Cast<T>(object value)
        where T : class =>
#if NET8_0_OR_GREATER
        value.GetType() == typeof(T) ? System.Runtime.CompilerServices.Unsafe.As<T>(value) : (T)value;
#else
        (T)value;
#endif

    /// <summary>The blocks no rule took, in order.</summary>
    public IReadOnlyList<ArticleBlock> Unmatched => Volatile.Read(ref _unmatched) ?? ParsedArticle.Publish(ref _unmatched, MakeUnmatched());

    private ArticleBlock[] MakeUnmatched()
    {
        var count = 0;
        for (var i = 0; i < Source.BlockCount; i++)
        {
            count += Source.RuleIndexAt(i) < 0 ? 1 : 0;
        }

        if (count == 0)
        {
            return Array.Empty<ArticleBlock>();
        }

        var blocks = new ArticleBlock[count];
        var at = 0;
        for (var i = 0; i < Source.BlockCount; i++)
        {
            if (Source.RuleIndexAt(i) < 0)
            {
                blocks[at++] = Source.Blocks[i];
            }
        }

        return blocks;
    }
}

/// <summary>
/// Some rules' blocks within a range of one article, as a generated parser's members list them: counted
/// by the parse, made on first read (see <see cref="TypedBlocks"/>). Public so that late-bound callers
/// (<c>dynamic</c>) see its members.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BlockList<T> : IReadOnlyList<T>
    where T : TemplateBlock
{
    private readonly TypedBlocks _blocks;
    private readonly int _rule;
    private readonly int[]? _rules;
    private readonly int _from;
    private readonly int _to;
    private T[]? _items;

    /// <summary>The empty list, shared: a member whose rule took no block makes no list (a list type, not an array, so <c>dynamic</c> callers find <see cref="Count"/>).</summary>
    internal static BlockList<T> Empty { get; } = new(null!, -1, null, 0, 0, 0) { _items = Array.Empty<T>() };

    internal BlockList(TypedBlocks blocks, int rule, int[]? rules, int from, int to, int count)
    {
        _blocks = blocks;
        _rule = rule;
        _rules = rules;
        _from = from;
        _to = to;
        Count = count;
    }

    /// <summary>How many blocks the list holds (known without making them).</summary>
    public int Count { get; }

    /// <summary>Block <paramref name="index"/> of the list.</summary>
    public T this[int index] => Items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T[] Items => Volatile.Read(ref _items) ?? ParsedArticle.Publish(ref _items, Make());

    private T[] Make()
    {
        if (Count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[Count];
        var at = 0;
        var source = _blocks.Source;
        for (var i = _from; i < _to && at < items.Length; i++)
        {
            var rule = source.RuleIndexAt(i);
            if (rule >= 0 && (_rules is null ? rule == _rule : TypedBlocks.Holds(_rules, rule)))
            {
                items[at++] = TypedBlocks.Cast<T>(_blocks.At(i));
            }
        }

        return items;
    }
}
