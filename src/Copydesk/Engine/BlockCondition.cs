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

    /// <summary>The block is the first one no boilerplate rule took: the article's text starts here.</summary>
    FirstTextBlock,

    /// <summary>The block has at least N lines.</summary>
    MinLines,

    /// <summary>Every line of the block is at most N characters long.</summary>
    MaxLineLength,

    /// <summary>An earlier block of the article matched an attribution rule.</summary>
    AfterAttribution,

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

    /// <summary>Most of the block's text is web addresses.</summary>
    MostlyLinks,
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
    private readonly string? _requiredLiteral;

    private BlockCondition(ConditionKind kind, int number = 0, string[]? literals = null, string? captureName = null, Regex? pattern = null, bool ignoreCase = false)
    {
        Kind = kind;
        Number = number;
        _literals = literals ?? NoLiterals;
        CaptureName = captureName;
        Pattern = pattern;
        IgnoreCase = ignoreCase;
        _groupNames = pattern is null ? NoGroups : NamedGroups(pattern);
        _requiredLiteral = pattern is null ? null : RequiredLiteral.Of(pattern);
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

    /// <summary>For literal conditions: compare ignoring case (ordinal).</summary>
    public bool IgnoreCase { get; }

    /// <summary>True for conditions that read the block's words, not only its position or shape.</summary>
    public bool IsContent => IsContentKind(Kind);

    /// <summary>True for the kinds of condition that read a block's words; rules with one are tried first.</summary>
    public static bool IsContentKind(ConditionKind kind) => kind >= ConditionKind.Exactly;

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

    /// <summary>The block is the first one no boilerplate rule took.</summary>
    public static BlockCondition FirstTextBlock() => new(ConditionKind.FirstTextBlock);

    /// <summary>The block has at least <paramref name="count"/> lines.</summary>
    public static BlockCondition MinLines(int count) => new(ConditionKind.MinLines, number: Positive(count));

    /// <summary>Every line of the block has at most <paramref name="length"/> characters (spaces collapsed).</summary>
    public static BlockCondition MaxLineLength(int length) => new(ConditionKind.MaxLineLength, number: Positive(length));

    /// <summary>An earlier block matched an attribution rule.</summary>
    public static BlockCondition AfterAttribution() => new(ConditionKind.AfterAttribution);

    /// <summary>At least half of the block's non-space characters belong to web addresses (<c>http://</c>, <c>https://</c>, <c>www.</c>).</summary>
    public static BlockCondition MostlyLinks() => new(ConditionKind.MostlyLinks);

    /// <summary>The block's text equals <paramref name="text"/>.</summary>
    public static BlockCondition Exactly(string text, bool ignoreCase = false) => new(ConditionKind.Exactly, literals: Normalize(text), ignoreCase: ignoreCase);

    /// <summary>The block's text equals one of <paramref name="texts"/>.</summary>
    public static BlockCondition OneOf(params string[] texts) => new(ConditionKind.OneOf, literals: Normalize(texts));

    /// <summary>The block's text equals one of <paramref name="texts"/>, optionally ignoring case.</summary>
    public static BlockCondition OneOf(bool ignoreCase, params string[] texts) => new(ConditionKind.OneOf, literals: Normalize(texts), ignoreCase: ignoreCase);

    /// <summary>The block starts with <paramref name="prefix"/>; the rest of the block goes to <paramref name="captureName"/> if given.</summary>
    public static BlockCondition StartsWith(string prefix, string? captureName = null, bool ignoreCase = false) =>
        new(ConditionKind.StartsWith, literals: Normalize(prefix), captureName: captureName, ignoreCase: ignoreCase);

    /// <summary>The block ends with <paramref name="suffix"/>.</summary>
    public static BlockCondition EndsWith(string suffix, bool ignoreCase = false) => new(ConditionKind.EndsWith, literals: Normalize(suffix), ignoreCase: ignoreCase);

    /// <summary>The block contains <paramref name="text"/>.</summary>
    public static BlockCondition Contains(string text, bool ignoreCase = false) => new(ConditionKind.Contains, literals: Normalize(text), ignoreCase: ignoreCase);

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
            case ConditionKind.FirstTextBlock:
                return block.TextBlocksBefore == 0;
            case ConditionKind.MinLines:
                return block.LineCount >= Number;
            case ConditionKind.MaxLineLength:
                return block.LongestLine <= Number;
            case ConditionKind.AfterAttribution:
                return block.AfterAttribution;
            case ConditionKind.Exactly:
            case ConditionKind.OneOf:
                foreach (var literal in _literals)
                {
                    if (TextNormalizer.FoldedEquals(block.Text, literal, IgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            case ConditionKind.StartsWith:
                return TestPrefix(block, captures, rule);
            case ConditionKind.EndsWith:
                return TextNormalizer.FoldedEndsWith(block.Text, _literals[0], IgnoreCase);
            case ConditionKind.Contains:
                return TextNormalizer.FoldedContains(block.Text, _literals[0], IgnoreCase);
            case ConditionKind.Pattern:
                if (TestPattern(block.Text, captures, rule, out var timedOut))
                {
                    return true;
                }

                if (timedOut)
                {
                    block.ReportTimeout(rule);
                }

                return false;
            case ConditionKind.MostlyLinks:
                return IsMostlyLinks(block.Text);
            default:
                return false;
        }
    }

    private bool TestPrefix(BlockView block, string?[] captures, ArticleRule rule)
    {
        var prefix = _literals[0];
        var text = block.Text;
        if (!TextNormalizer.FoldedStartsWith(text, 0, prefix, IgnoreCase))
        {
            return false;
        }

        // "By" must not match "Byzantine": a prefix ending in a word character ends at a word boundary.
        if (prefix.Length > 0 && prefix.Length < text.Length &&
            TextNormalizer.IsWordChar(prefix[prefix.Length - 1]) && TextNormalizer.IsWordChar(text[prefix.Length]))
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


    /// <summary>True when at least half of the non-space characters of <paramref name="text"/> are in web addresses.</summary>
    public static bool IsMostlyLinks(string text)
    {
        var inLinks = 0;
        var nonSpace = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            var length = i - start;
            nonSpace += length;
            if (IsLinkAt(text, start))
            {
                inLinks += length;
            }
        }

        return nonSpace > 0 && inLinks * 2 >= nonSpace;
    }

    private static bool IsLinkAt(string text, int start) =>
        string.CompareOrdinal(text, start, "http://", 0, 7) == 0 ||
        string.CompareOrdinal(text, start, "https://", 0, 8) == 0 ||
        string.CompareOrdinal(text, start, "www.", 0, 4) == 0;

    private bool TestPattern(string text, string?[] captures, ArticleRule rule, out bool timedOut)
    {
        timedOut = false;

        // Most blocks lack the words a pattern cannot match without: skip the regex for them.
        if (_requiredLiteral is not null && text.IndexOf(_requiredLiteral, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        Match match;
        try
        {
            match = Pattern!.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Documented: a pattern that runs out of time on a block does not match it, and the
            // parse reports it (FindingKind.PatternTimeout).
            timedOut = true;
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

    public BlockView(ArticleBlockDraft draft, int count, int textBlocksBefore, bool afterAttribution)
    {
        _draft = draft;
        Count = count;
        TextBlocksBefore = textBlocksBefore;
        AfterAttribution = afterAttribution;
    }

    public int Index => _draft.Index;

    public int Count { get; }

    /// <summary>Earlier blocks that a rule other than a boilerplate rule took.</summary>
    public int TextBlocksBefore { get; }

    public bool AfterAttribution { get; }

    public string Text => _draft.Text;

    public int LineCount => _draft.LineCount;

    public int LongestLine => _draft.LongestLine;

    public void ReportTimeout(ArticleRule rule) => _draft.TimedOut ??= rule;
}

/// <summary>A block before a rule has claimed it; folds quotes only when a literal condition asks.</summary>
/// <remarks>One draft serves every block of a parse in turn (<see cref="Reset"/>), so classifying allocates no draft per block.</remarks>
internal sealed class ArticleBlockDraft
{
    private readonly string _source;
    private int _lineCount = -1;
    private int _longestLine;

    public ArticleBlockDraft(string source)
    {
        _source = source;
        Text = string.Empty;
    }

    public int Index { get; private set; }

    public BlockBounds Bounds { get; private set; }

    public string Text { get; private set; }

    public void Reset(int index, BlockBounds bounds, string text)
    {
        Index = index;
        Bounds = bounds;
        Text = text;
        TimedOut = null;
        _lineCount = -1;
    }

    /// <summary>The first rule whose pattern ran out of time on this block, if any.</summary>
    public ArticleRule? TimedOut { get; set; }

    public int LineCount
    {
        get
        {
            MeasureLines();
            return _lineCount;
        }
    }

    /// <summary>Length of the longest line, spaces collapsed.</summary>
    public int LongestLine
    {
        get
        {
            MeasureLines();
            return _longestLine;
        }
    }

    private void MeasureLines()
    {
        if (_lineCount >= 0)
        {
            return;
        }

        var lines = 0;
        var longest = 0;
        var start = Bounds.Start;
        for (var i = Bounds.Start; i <= Bounds.End; i++)
        {
            if (i == Bounds.End || _source[i] == '\n' || _source[i] == '\r')
            {
                if (i > start)
                {
                    lines++;
                    longest = System.Math.Max(longest, TextNormalizer.CollapseSpaces(_source, start, i).Length);
                }

                start = i + 1;
            }
        }

        _lineCount = lines;
        _longestLine = longest;
    }
}
