using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>What a condition looks at.</summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
enum ConditionKind
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

    /// <summary>The block is story text: in the densest stretch of running text, or a short block between story blocks.</summary>
    InStory,

    /// <summary>The block is neither story text nor the story's headline: page furniture around the story.</summary>
    OutsideStory,

    /// <summary>The block is the headline just above the story.</summary>
    StoryHeadline,

    /// <summary>The block comes before the first block another section took.</summary>
    BeforeSection,

    /// <summary>The block comes after the first block another section took.</summary>
    AfterSection,

    /// <summary>The block comes right before the first block another section took.</summary>
    RightBeforeSection,

    /// <summary>The block comes right after the first block another section took.</summary>
    RightAfterSection,

    /// <summary>The block is one of at least N consecutive blocks that each meet the rule's other conditions.</summary>
    InRun,
}

/// <summary>
/// One test a rule applies to a block, as a template wrote it. Literal conditions compare the
/// tolerant form of both sides; patterns run on the block's collapsed text. What each kind means,
/// how it is written and how it runs is in one table (<see cref="ConditionDescriptor"/>).
/// </summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class BlockCondition
{
    /// <summary>How long a pattern that needs backtracking may run on one block before it counts as not matching; linear-time patterns have no limit.</summary>
    public static TimeSpan PatternTimeout => PatternEngine.BlockTimeout;

    private static readonly string[] NoTexts = new string[0];

    private readonly ConditionDescriptor _descriptor;
    private readonly string[] _literals;
    private readonly string[] _groupNames;
    private readonly string? _requiredLiteral;
    private readonly string? _requiredPrefix;
    private readonly string? _requiredSuffix;
    private readonly string? _requiredCharacters;
    private readonly bool _readsAlternatives;
    private readonly CompiledPattern? _compiled;
    private readonly bool _vetted;

    private BlockCondition(ConditionDescriptor descriptor, int number, string[] literals, string? captureName, CompiledPattern? compiled, bool ignoreCase, bool vetted = false)
    {
        var pattern = compiled?.Reference;
        _descriptor = descriptor;
        Number = number;
        _literals = literals;
        FoldedLiterals = Fold(literals);
        CaptureName = captureName;
        Pattern = pattern;
        IgnoreCase = ignoreCase;
        _groupNames = pattern is null ? NoTexts : NamedGroups(pattern);
        _requiredPrefix = pattern is null ? null : RequiredLiteral.PrefixOf(pattern);
        _requiredSuffix = pattern is null ? null : RequiredLiteral.SuffixOf(pattern);
        _requiredLiteral = pattern is null ? null : RequiredLiteral.Of(pattern);
        _requiredCharacters = pattern is null || _requiredLiteral is not null || RequiredLiteral.RequiredCharacters(pattern) is not { } characters ? null : new string(characters);
        _compiled = compiled;
        _vetted = compiled is not null && vetted;

        // The longest literal already checked at an end needs no search.
        if (_requiredLiteral == _requiredSuffix || _requiredLiteral == _requiredPrefix)
        {
            _requiredLiteral = null;
        }

        // A pattern none of those fit, with alternation or case-insensitivity: texts one of which every match
        // needs, read by the shared pattern when a block first asks.
        _readsAlternatives = pattern is not null && _requiredPrefix is null && _requiredSuffix is null && _requiredLiteral is null && _requiredCharacters is null;
    }

    /// <summary>What the condition looks at.</summary>
    public ConditionKind Kind => _descriptor.Kind;

    /// <summary>The number of a numeric condition (<c>max length 90</c>, <c>in last 3 blocks</c>); 0 for the others.</summary>
    public int Number { get; }

    /// <summary>The texts a literal condition compares, as the template wrote them.</summary>
    public IReadOnlyList<string> Literals => _literals;

    /// <summary>For <see cref="ConditionKind.StartsWith"/>: the capture that takes the text after the prefix.</summary>
    public string? CaptureName { get; }

    /// <summary>For conditions relative to another section (<c>after section Title</c>): that section's name.</summary>
    public string? SectionName => _descriptor.Shape == ConditionShape.Section ? _literals[0] : null;

    /// <summary>For <see cref="ConditionKind.Pattern"/>: the expression.</summary>
    public Regex? Pattern { get; }

    /// <summary>For literal conditions: compare ignoring case (ordinal); for patterns, the <c>i</c> flag.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Names of the captures this condition fills, in the order rules number them.</summary>
    public IReadOnlyList<string> CaptureNames => CaptureName is null ? _groupNames : new[] { CaptureName };

    /// <summary>The literals in their tolerant form (spaces collapsed, quotes folded), as blocks are compared with them.</summary>
    internal string[] FoldedLiterals { get; }

    internal ConditionDescriptor Descriptor => _descriptor;

    /// <summary>The condition's arguments, as <see cref="ConditionDescriptor.Implies"/> compares them.</summary>
    internal ConditionArguments Arguments => new(Kind, Number, _literals, CaptureName, Pattern?.ToString(), IgnoreCase, _vetted);

    /// <summary>
    /// Creates a condition of any kind from the arguments its template line gives; generated parsers
    /// build their rule tables with this, and the analyzers build theirs from the same model.
    /// </summary>
    /// <param name="kind">What the condition looks at.</param>
    /// <param name="number">For numeric kinds: the positive number.</param>
    /// <param name="literals">For literal kinds: the texts (one, or several for <see cref="ConditionKind.OneOf"/>); for conditions relative to a section, its name.</param>
    /// <param name="captureName">For <see cref="ConditionKind.StartsWith"/>: the capture that takes the rest of the block.</param>
    /// <param name="pattern">For <see cref="ConditionKind.Pattern"/>: the .NET regular expression.</param>
    /// <param name="ignoreCase">Compare literals ignoring case; for patterns, <see cref="RegexOptions.IgnoreCase"/>.</param>
    /// <param name="vetted">
    /// For patterns of the built-in catalog whose tests hold them to running on hostile blocks (of the
    /// rule's maximum length) far inside the time limit: while the linear-time engine's decider, whose
    /// set-up costs tens of milliseconds a pattern, is built on the thread pool, the reference engine
    /// decides and captures in one run (on blocks up to <see cref="PatternEngine.VettedBlockLength"/>,
    /// for at most <see cref="PatternEngine.VettedReferenceRuns"/> of them, falling back to the decider
    /// should a run reach the limit). Not for patterns of unknown shape.
    /// </param>
    /// <exception cref="ArgumentException">The arguments do not fit the kind.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static BlockCondition Create(ConditionKind kind, int number = 0, string[]? literals = null, string? captureName = null, string? pattern = null, bool ignoreCase = false, bool vetted = false)
    {
        if ((uint)kind >= (uint)ConditionDescriptor.All.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown condition kind.");
        }

        var descriptor = ConditionDescriptor.Of(kind);
        var texts = literals ?? NoTexts;
        switch (descriptor.Shape)
        {
            case ConditionShape.Number:
                if (number <= 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(number), number, $"A {kind} condition needs a positive number.");
                }

                break;
            case ConditionShape.Text:
            case ConditionShape.Prefix:
            case ConditionShape.Texts:
                if (texts.Length == 0 || descriptor.Shape != ConditionShape.Texts && texts.Length != 1)
                {
                    throw new ArgumentException($"A {kind} condition needs {(descriptor.Shape == ConditionShape.Texts ? "at least one text" : "one text")}.", nameof(literals));
                }

                foreach (var text in texts)
                {
                    if (text is null)
                    {
                        throw new ArgumentNullException(nameof(literals));
                    }
                }

                texts = (string[])texts.Clone();
                break;
            case ConditionShape.Section:
                if (texts.Length != 1 || string.IsNullOrEmpty(texts[0]))
                {
                    throw new ArgumentException($"A {kind} condition needs the name of one section.", nameof(literals));
                }

                texts = (string[])texts.Clone();
                break;
            case ConditionShape.Pattern:
                if (pattern is null)
                {
                    throw new ArgumentNullException(nameof(pattern));
                }

                return new BlockCondition(descriptor, 0, NoTexts, null, CreatePattern(pattern, ignoreCase), ignoreCase, vetted);
        }

        return new BlockCondition(
            descriptor,
            descriptor.Shape == ConditionShape.Number ? number : 0,
            descriptor.Shape is ConditionShape.Text or ConditionShape.Texts or ConditionShape.Prefix or ConditionShape.Section ? texts : NoTexts,
            descriptor.Shape == ConditionShape.Prefix ? captureName : null,
            null,
            descriptor.Shape is ConditionShape.Text or ConditionShape.Texts or ConditionShape.Prefix && ignoreCase);
    }

    /// <summary>Creates a condition from the arguments of a template's model.</summary>
    internal static BlockCondition Create(ConditionArguments arguments)
    {
        var literals = new string[arguments.Literals.Count];
        for (var i = 0; i < literals.Length; i++)
        {
            literals[i] = arguments.Literals[i];
        }

        return Create(arguments.Kind, arguments.Number, literals, arguments.CaptureName, arguments.Pattern, arguments.IgnoreCase, arguments.Vetted);
    }

    /// <summary>
    /// Builds the regular expression a template's <c>/pattern/flags</c> stands for, the same way for
    /// generated parsers and analyzers (see <see cref="PatternEngine"/>).
    /// </summary>
    internal static CompiledPattern CreatePattern(string pattern, bool ignoreCase) => PatternEngine.Compile(pattern, ignoreCase);

    /// <summary>Creates a condition from a model's arguments with the pattern already built (the binder built it once).</summary>
    internal static BlockCondition Create(ConditionArguments arguments, CompiledPattern? pattern) =>
        pattern is not null && arguments.Kind == ConditionKind.Pattern
            ? new BlockCondition(ConditionDescriptor.Of(ConditionKind.Pattern), 0, NoTexts, null, pattern, arguments.IgnoreCase, arguments.Vetted)
            : Create(arguments);

    /// <summary>The condition in template syntax, e.g. <c>max length 90</c> or <c>starts with "See also" then {Headline}</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        var phrase = _descriptor.PhraseFor(Number);
        for (var i = 0; i < phrase.Words.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            switch (phrase.Words[i])
            {
                case "{n}":
                    builder.Append(Number.ToString(CultureInfo.InvariantCulture));
                    break;
                case "{text}":
                case "{texts}":
                    for (var t = 0; t < _literals.Length; t++)
                    {
                        builder.Append(t == 0 ? "" : ", ").Append('"').Append(_literals[t].Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                    }

                    break;
                case "{section}":
                    builder.Append(_literals[0]);
                    break;
                case "{pattern}":
                    builder.Append('/').Append(Pattern).Append('/').Append(IgnoreCase ? "i" : "");
                    break;
                default:
                    builder.Append(phrase.Words[i]);
                    break;
            }
        }

        if (IgnoreCase && Pattern is null)
        {
            builder.Append(" ignoring case");
        }

        if (CaptureName is not null)
        {
            builder.Append(" then {").Append(CaptureName).Append('}');
        }

        return builder.ToString();
    }

    /// <summary>Tests <paramref name="block"/>; when it holds, writes the captures this condition fills at the positions <paramref name="rule"/> gives them.</summary>
    internal bool Test(BlockView block, string?[] captures, ArticleRule rule) => _descriptor.Test(this, block, captures, rule);

    /// <summary>True when the block's text equals a literal (quotes folded); compared where the block is, without a copy.</summary>
    internal bool EqualsAnyLiteral(BlockView block)
    {
        var length = block.Length;
        foreach (var literal in FoldedLiterals)
        {
            // Folding maps one character to one, so only a literal of the block's length can equal it.
            if (literal.Length != length)
            {
                continue;
            }

            var (text, start) = block.Texts.Located(block.Index);
            if (TextNormalizer.FoldedStartsWith(text, start, literal, IgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal bool TestPrefix(BlockView block, string?[] captures, ArticleRule rule)
    {
        var prefix = FoldedLiterals[0];
        if (!IgnoreCase && TextNormalizer.ComparesOrdinally(prefix))
        {
            // Compared ordinally where the block is, without the block's copy.
            if (CaptureName is null)
            {
                return block.Texts.StartsWithWord(block.Index, prefix);
            }

            if (block.Texts.RestAfterWord(block.Index, prefix) is not { Length: > 0 } after)
            {
                return false;
            }

            captures[rule.IndexOfCapture(CaptureName)] = after;
            return true;
        }

        var length = block.Length;
        if (length < prefix.Length)
        {
            return false;
        }

        var (text, start) = block.Texts.Located(block.Index);
        if (!TextNormalizer.FoldedStartsWith(text, start, prefix, IgnoreCase))
        {
            return false;
        }

        // "By" must not match "Byzantine": a prefix ending in a word character ends at a word boundary.
        if (prefix.Length > 0 && prefix.Length < length &&
            TextNormalizer.IsWordChar(prefix[prefix.Length - 1]) && TextNormalizer.IsWordChar(text[start + prefix.Length]))
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

    /// <summary>
    /// True when no time limit can decide this pattern here (the linear-time engine decides it, or it is
    /// vetted): then a block it cannot match costs nothing but the answer, no time, budget or timeout.
    /// </summary>
    /// <remarks>A sequence pattern is asked first: it needs no linear-time decider, and asking for one would build it.</remarks>
    internal bool DecidedWithoutTimeLimit => _vetted || _compiled?.Sequence is not null || _compiled?.Linear is not null;

    /// <summary>
    /// True when a candidate screen may skip a block this condition cannot hold for, by what the generator
    /// read of it: a literal comparison (no time spent) or a pattern no time limit decides.
    /// </summary>
    internal bool Screenable => Kind is ConditionKind.StartsWith or ConditionKind.OneOf or ConditionKind.Exactly || DecidedWithoutTimeLimit;

    // Where the rule keeps each of a sequence pattern's captures, for the last rule that asked: one
    // object, so threads sharing the template read a whole pair (a condition is normally one rule's).
    private CaptureSlotMap? _captureSlots;

    private sealed class CaptureSlotMap
    {
        public CaptureSlotMap(ArticleRule rule, int[] slots) => (Rule, Slots) = (rule, slots);

        public ArticleRule Rule { get; }

        public int[] Slots { get; }
    }

    private int[] CaptureSlots(SequencePattern sequence, ArticleRule rule)
    {
        if (System.Threading.Volatile.Read(ref _captureSlots) is { } known && known.Rule == rule)
        {
            return known.Slots;
        }

        var slots = new int[sequence.Captures.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = rule.IndexOfCapture(sequence.Captures[i].Name);
        }

        System.Threading.Volatile.Write(ref _captureSlots, new CaptureSlotMap(rule, slots));
        return slots;
    }

    internal bool TestPattern(BlockView block, string?[] captures, ArticleRule rule)
    {
        // Most blocks lack the words a pattern cannot match without: skip the regex (and the block's copy) for them,
        // looking first at the ends a match must begin or end with.
        if (_requiredSuffix is not null && !block.Texts.EndsWithOrdinal(block.Index, _requiredSuffix))
        {
            return false;
        }

        if (_requiredPrefix is not null && !block.Texts.StartsWithOrdinal(block.Index, _requiredPrefix))
        {
            return false;
        }

        if (_requiredLiteral is not null && !block.Texts.ContainsOrdinal(block.Index, _requiredLiteral))
        {
            return false;
        }

        // Nor one of the punctuation characters it cannot match without (an @, a parenthesis, a dash).
        if (_requiredCharacters is not null && !block.Texts.ContainsAny(block.Index, _requiredCharacters))
        {
            return false;
        }

        var text = block.Text;

        // An alternation (a footer's "all rights reserved" anywhere, or "©" first): a block with none of its texts skips it.
        if (_readsAlternatives && _compiled!.Alternatives is { } alternatives && !alternatives.MayMatch(text))
        {
            return false;
        }

        // A plain sequence of characters and loops: decided and captured without .NET's engines.
        if (_compiled!.Sequence is { } sequence)
        {
            switch (sequence.Match(text, captures, CaptureSlots(sequence, rule)))
            {
                case 0:
                    return false;
                case 1:
                    return true;
            }
        }

        Match? match = null;
        if (_vetted && text.Length <= PatternEngine.VettedBlockLength && _compiled!.TakeReferenceRun())
        {
            // Vetted, and its linear-time decider not built yet: the reference engine decides and
            // captures in one run; should it ever reach the time limit, the linear-time engine decides
            // below, so the answer never depends on time.
            try
            {
                match = _compiled!.Backtracking.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                match = null;
            }
        }

        if (match is null && _groupNames.Length > 0 && _compiled!.DecidesByBacktracking(text.Length) && _compiled.Linear is not null)
        {
            // Captures wanted, and backtracking bounded on a block this short: the compiled form decides
            // and captures in one run (the linear-time engine's answer is the same). Should it ever reach
            // the time limit, the linear-time engine decides below.
            try
            {
                match = _compiled.Backtracking.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                match = null;
            }
        }

        if (match is null && _compiled!.Linear is { } decider)
        {
            // Linear time decides; the reference engine then captures, on a block known to match.
            if (!decider.IsMatch(text))
            {
                return false;
            }

            if (_groupNames.Length == 0)
            {
                return true;
            }

            try
            {
                match = _compiled!.Backtracking.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // The decision stands; the captures are the linear-time engine's (documented).
                block.ReportTimeout(rule);
                match = decider.Match(text);
            }

            if (!match.Success)
            {
                match = decider.Match(text);
            }
        }
        else if (match is null)
        {
            // Backtracking: bounded per block by the timeout and per article by the budget.
            var budget = block.Budget;
            if (budget.IsSpent(rule, block.Draft))
            {
                return false;
            }

            budget.Start();
            try
            {
                match = _compiled!.Backtracking.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // Documented: a pattern that runs out of time on a block does not match it, and the
                // parse reports it (FindingKind.PatternTimeout).
                block.ReportTimeout(rule);
                return false;
            }
            finally
            {
                budget.Stop();
            }
        }

        if (!match!.Success)
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

    /// <summary>True when at least half of the non-space characters of <paramref name="text"/> are in web addresses.</summary>
    internal static bool IsMostlyLinks(string text)
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

    /// <summary>True when <paramref name="text"/> ends in sentence punctuation, looking through closing quotes and brackets.</summary>
    internal static bool EndsInPunctuation(string text) => EndsInPunctuation(text, 0, text.Length);

    /// <summary>The same for <c>text[start..end)</c>.</summary>
    internal static bool EndsInPunctuation(string text, int start, int end)
    {
        var i = end - 1;
        while (i >= start && IsCloser(text[i]))
        {
            i--;
        }

        if (i < start)
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

    /// <summary>The named (not numbered) groups of <paramref name="pattern"/>, in the order rules number their captures.</summary>
    internal static string[] NamedGroups(Regex pattern)
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

    private static string[] Fold(string[] texts)
    {
        if (texts.Length == 0)
        {
            return texts;
        }

        var result = new string[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            result[i] = TextNormalizer.NormalizeLiteral(texts[i]);
        }

        return result;
    }
}
