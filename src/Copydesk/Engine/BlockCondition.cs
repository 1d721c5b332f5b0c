using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Copydesk;

/// <summary>What a condition looks at.</summary>
public enum ConditionKind
{
    /// <summary>The block is the article's first.</summary>
    FirstBlock,

    /// <summary>The block is among the article's last N blocks.</summary>
    LastBlocks,

    /// <summary>The block's text is at most N characters long.</summary>
    MaxLength,

    /// <summary>The block's text does not end in sentence punctuation.</summary>
    NoFinalPunctuation,

    /// <summary>The block's text equals a literal.</summary>
    Exactly,

    /// <summary>The block's text equals one of several literals.</summary>
    OneOf,

    /// <summary>The block's text starts with a literal (at a word boundary), optionally capturing the rest.</summary>
    StartsWith,

    /// <summary>The block's text ends with a literal.</summary>
    EndsWith,

    /// <summary>The block's text contains a literal.</summary>
    Contains,

    /// <summary>The block's text matches a .NET regular expression.</summary>
    Pattern,
}

/// <summary>
/// One test a rule applies to a block. Literal conditions compare the tolerant form of both sides
/// (see <see cref="TextNormalizer"/>); patterns run on the block's collapsed text.
/// </summary>
public sealed class BlockCondition
{
    /// <summary>How long a template pattern may run on one block before it counts as not matching.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private static readonly string[] NoLiterals = new string[0];
    private static readonly string[] NoGroups = new string[0];

    private readonly string[] _literals;
    private readonly string[] _groupNames;

    private BlockCondition(ConditionKind kind, int number = 0, string[]? literals = null, string? captureName = null, Regex? pattern = null)
    {
        Kind = kind;
        Number = number;
        _literals = literals ?? NoLiterals;
        CaptureName = captureName;
        Pattern = pattern;
        _groupNames = pattern is null ? NoGroups : NamedGroups(pattern);
    }

    /// <summary>What the condition looks at.</summary>
    public ConditionKind Kind { get; }

    /// <summary>N for <see cref="ConditionKind.LastBlocks"/> and <see cref="ConditionKind.MaxLength"/>.</summary>
    public int Number { get; }

    /// <summary>The literals compared, in their tolerant form.</summary>
    public IReadOnlyList<string> Literals => _literals;

    /// <summary>For <see cref="ConditionKind.StartsWith"/>: the capture that takes the text after the prefix.</summary>
    public string? CaptureName { get; }

    /// <summary>For <see cref="ConditionKind.Pattern"/>: the expression.</summary>
    public Regex? Pattern { get; }

    /// <summary>True for conditions that read the block's words, not only its position or shape.</summary>
    public bool IsContent => Kind >= ConditionKind.Exactly;

    /// <summary>Names of the captures this condition fills.</summary>
    public IReadOnlyList<string> CaptureNames => CaptureName is null ? _groupNames : new[] { CaptureName };

    /// <summary>The block is the article's first.</summary>
    public static BlockCondition FirstBlock() => new(ConditionKind.FirstBlock);

    /// <summary>The block is among the last <paramref name="count"/> blocks.</summary>
    public static BlockCondition LastBlocks(int count) => new(ConditionKind.LastBlocks, number: Positive(count));

    /// <summary>The block's collapsed text is at most <paramref name="length"/> characters.</summary>
    public static BlockCondition MaxLength(int length) => new(ConditionKind.MaxLength, number: Positive(length));

    /// <summary>The block does not end in <c>. ! ? … : ; ,</c> (closing quotes and brackets ignored).</summary>
    public static BlockCondition NoFinalPunctuation() => new(ConditionKind.NoFinalPunctuation);

    /// <summary>The block's text equals <paramref name="text"/>.</summary>
    public static BlockCondition Exactly(string text) => new(ConditionKind.Exactly, literals: Normalize(text));

    /// <summary>The block's text equals one of <paramref name="texts"/>.</summary>
    public static BlockCondition OneOf(params string[] texts) => new(ConditionKind.OneOf, literals: Normalize(texts));

    /// <summary>The block starts with <paramref name="prefix"/>; the rest of the block goes to <paramref name="captureName"/> if given.</summary>
    public static BlockCondition StartsWith(string prefix, string? captureName = null) =>
        new(ConditionKind.StartsWith, literals: Normalize(prefix), captureName: captureName);

    /// <summary>The block ends with <paramref name="suffix"/>.</summary>
    public static BlockCondition EndsWith(string suffix) => new(ConditionKind.EndsWith, literals: Normalize(suffix));

    /// <summary>The block contains <paramref name="text"/>.</summary>
    public static BlockCondition Contains(string text) => new(ConditionKind.Contains, literals: Normalize(text));

    /// <summary>The block matches <paramref name="pattern"/>; its named groups become captures.</summary>
    public static BlockCondition Matches(Regex pattern) =>
        new(ConditionKind.Pattern, pattern: pattern ?? throw new ArgumentNullException(nameof(pattern)));

    /// <summary>
    /// Builds the regular expression a template's <c>/pattern/flags</c> stands for, the same way for
    /// generated parsers and analyzers: culture-invariant, with <see cref="PatternTimeout"/>.
    /// </summary>
    public static Regex CreatePattern(string pattern, bool ignoreCase) =>
        new(pattern, RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), PatternTimeout);

    /// <summary>
    /// Tests <paramref name="block"/>; when it holds, writes the captures this condition fills into
    /// <paramref name="captures"/> at the positions <paramref name="rule"/> gives them.
    /// </summary>
    internal bool Test(BlockView block, string?[] captures, ArticleRule rule)
    {
        switch (Kind)
        {
            case ConditionKind.FirstBlock:
                return block.Index == 0;
            case ConditionKind.LastBlocks:
                return block.Index >= block.Count - Number;
            case ConditionKind.MaxLength:
                return block.Text.Length <= Number;
            case ConditionKind.NoFinalPunctuation:
                return !EndsInPunctuation(block.Text);
            case ConditionKind.Exactly:
            case ConditionKind.OneOf:
                foreach (var literal in _literals)
                {
                    if (string.Equals(block.Folded, literal, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            case ConditionKind.StartsWith:
                return TestPrefix(block, captures, rule);
            case ConditionKind.EndsWith:
                return block.Folded.EndsWith(_literals[0], StringComparison.Ordinal);
            case ConditionKind.Contains:
                return block.Folded.IndexOf(_literals[0], StringComparison.Ordinal) >= 0;
            case ConditionKind.Pattern:
                return TestPattern(block.Text, captures, rule);
            default:
                return false;
        }
    }

    private bool TestPrefix(BlockView block, string?[] captures, ArticleRule rule)
    {
        var prefix = _literals[0];
        var folded = block.Folded;
        if (!folded.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        // "By" must not match "Byzantine": a prefix ending in a word character ends at a word boundary.
        if (prefix.Length > 0 && prefix.Length < folded.Length &&
            TextNormalizer.IsWordChar(prefix[prefix.Length - 1]) && TextNormalizer.IsWordChar(folded[prefix.Length]))
        {
            return false;
        }

        if (CaptureName is null)
        {
            return true;
        }

        var rest = block.Text.Substring(prefix.Length).Trim();
        if (rest.Length == 0)
        {
            return false;
        }

        captures[rule.IndexOfCapture(CaptureName)] = rest;
        return true;
    }

    private bool TestPattern(string text, string?[] captures, ArticleRule rule)
    {
        Match match;
        try
        {
            match = Pattern!.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Documented: a pattern that runs out of time on a block does not match it.
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        foreach (var name in _groupNames)
        {
            var group = match.Groups[name];
            if (group.Success)
            {
                captures[rule.IndexOfCapture(name)] = group.Value;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> ends in sentence punctuation, looking through closing quotes and brackets.</summary>
    public static bool EndsInPunctuation(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && IsCloser(text[i]))
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        switch (text[i])
        {
            case '.':
            case '!':
            case '?':
            case '\u2026': // …
            case ':':
            case ';':
            case ',':
                return true;
            default:
                return false;
        }
    }

    private static bool IsCloser(char c) =>
        c == ')' || c == ']' || c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB';

    private static string[] NamedGroups(Regex pattern)
    {
        var names = new List<string>();
        foreach (var name in pattern.GetGroupNames())
        {
            if (!IsNumber(name))
            {
                names.Add(name);
            }
        }

        return names.ToArray();
    }

    private static bool IsNumber(string name)
    {
        foreach (var c in name)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static int Positive(int value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The number must be positive.");

    private static string[] Normalize(params string[] texts)
    {
        if (texts is null || texts.Length == 0)
        {
            throw new ArgumentException("At least one text is required.", nameof(texts));
        }

        var result = new string[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            result[i] = TextNormalizer.NormalizeLiteral(texts[i] ?? throw new ArgumentNullException(nameof(texts)));
        }

        return result;
    }
}

/// <summary>What a condition sees of a block while the article is classified.</summary>
internal readonly struct BlockView
{
    private readonly ArticleBlockDraft _draft;

    public BlockView(ArticleBlockDraft draft, int count)
    {
        _draft = draft;
        Count = count;
    }

    public int Index => _draft.Index;

    public int Count { get; }

    public string Text => _draft.Text;

    public string Folded => _draft.Folded;
}

/// <summary>A block before a rule has claimed it; folds quotes only when a literal condition asks.</summary>
internal sealed class ArticleBlockDraft
{
    private string? _folded;

    public ArticleBlockDraft(int index, BlockBounds bounds, string text)
    {
        Index = index;
        Bounds = bounds;
        Text = text;
    }

    public int Index { get; }

    public BlockBounds Bounds { get; }

    public string Text { get; }

    public string Folded => _folded ??= TextNormalizer.FoldQuotes(Text);
}
