using System;
using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>How a condition's arguments are written after its words; the parser reads and the emitter spells each shape one way.</summary>
internal enum ConditionShape
{
    /// <summary>Words only: <c>first block</c>.</summary>
    None,

    /// <summary>A whole number: <c>max length 90</c>.</summary>
    Number,

    /// <summary>One text: <c>is "x" [ignoring case]</c>.</summary>
    Text,

    /// <summary>Several texts: <c>one of "x", "y" [ignoring case]</c>.</summary>
    Texts,

    /// <summary>A prefix and what follows it: <c>starts with "x" [ignoring case] [then {Capture}]</c>.</summary>
    Prefix,

    /// <summary>A regular expression: <c>/pattern/flags [with {Name:type}, …]</c>.</summary>
    Pattern,

    /// <summary>The name of another section of the template: <c>after section Title</c>.</summary>
    Section,
}

/// <summary>Which rules a block tries first: rules whose conditions read words, before rules that look only at position or shape.</summary>
/// <remarks>A rule's tier is its lowest condition's, except that any condition naming another section puts the rule in <see cref="Relative"/>.</remarks>
internal enum ConditionTier
{
    /// <summary>Reads the block's words (a "See also" teaser is also a short line, so words win).</summary>
    Content = 0,

    /// <summary>Names another section (<c>right after section Title</c>): tried after content rules, shallowest dependency first, and before the structural rules the layout overrides.</summary>
    Relative = 1,

    /// <summary>Looks at position, length, shape or the article's story stretch only.</summary>
    Structural = 2,
}

/// <summary>One way to write a condition: its words with placeholders (<c>{n}</c>, <c>{text}</c>, <c>{texts}</c>, <c>{pattern}</c>).</summary>
internal sealed class ConditionPhrase
{
    public ConditionPhrase(string text, int impliedNumber = 0)
    {
        Text = text;
        ImpliedNumber = impliedNumber;
        Words = text.Split(' ');
    }

    /// <summary>The phrase, e.g. <c>in last {n} blocks</c>.</summary>
    public string Text { get; }

    /// <summary>The number a phrase without <c>{n}</c> stands for (<c>last block</c> is 1), or 0.</summary>
    public int ImpliedNumber { get; }

    /// <summary>The phrase's words and placeholders, in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>True when the word at <paramref name="index"/> is a placeholder.</summary>
    public bool IsPlaceholder(int index) => Words[index].Length > 0 && Words[index][0] == '{';
}

/// <summary>The arguments a condition is written with, before the engine prepares them.</summary>
internal readonly struct ConditionArguments
{
    public ConditionArguments(ConditionKind kind, int number, IReadOnlyList<string> literals, string? captureName, string? pattern, bool ignoreCase, bool vetted = false)
    {
        Kind = kind;
        Number = number;
        Literals = literals;
        CaptureName = captureName;
        Pattern = pattern;
        IgnoreCase = ignoreCase;
        Vetted = vetted;
    }

    public ConditionKind Kind { get; }

    public int Number { get; }

    public IReadOnlyList<string> Literals { get; }

    public string? CaptureName { get; }

    public string? Pattern { get; }

    public bool IgnoreCase { get; }

    /// <summary>A pattern of the built-in catalog (see <see cref="BlockCondition.Create(ConditionKind, int, string[], string, string, bool, bool)"/>).</summary>
    public bool Vetted { get; }
}

/// <summary>Runs one condition on one block; captures go to <paramref name="captures"/> at the positions <paramref name="rule"/> gives them.</summary>
internal delegate bool ConditionTest(BlockCondition condition, BlockView block, string?[] captures, ArticleRule rule);

/// <summary>
/// Everything the pipeline knows about one kind of condition, in one place: how it is written (for
/// the template parser, "did you mean" and the emitter), which tier it is tried in, what it implies
/// (for unreachable-rule checks) and how the engine runs it. Adding a condition is one entry in
/// <see cref="All"/> plus its engine code; a test fails when a kind has no entry or an entry lacks a fact.
/// </summary>
internal sealed class ConditionDescriptor
{
    private static readonly ConditionDescriptor[] ByKind = BuildTable();

    private ConditionDescriptor(
        ConditionKind kind,
        ConditionShape shape,
        ConditionTier tier,
        ConditionPhrase[] phrases,
        string? argumentDescription,
        ConditionTest test,
        Func<ConditionArguments, ConditionArguments, bool>? implies = null,
        Func<ConditionArguments, bool>? matchesAtMostOneBlock = null)
    {
        Kind = kind;
        Shape = shape;
        Tier = tier;
        Phrases = phrases;
        ArgumentDescription = argumentDescription;
        Test = test;
        Implies = implies ?? ((strong, _) => strong.Kind == kind);
        MatchesAtMostOneBlock = matchesAtMostOneBlock ?? (_ => false);
    }

    /// <summary>The kind described.</summary>
    public ConditionKind Kind { get; }

    /// <summary>How its arguments are written.</summary>
    public ConditionShape Shape { get; }

    /// <summary>Which rules a block tries first.</summary>
    public ConditionTier Tier { get; }

    /// <summary>The ways to write it; the first one that fits is how it is spelled back.</summary>
    public IReadOnlyList<ConditionPhrase> Phrases { get; }

    /// <summary>What the argument is, for "expected …" messages; <c>null</c> for conditions written with words alone or as a pattern.</summary>
    public string? ArgumentDescription { get; }

    /// <summary>How the engine runs it.</summary>
    public ConditionTest Test { get; }

    /// <summary>True when a block meeting the first condition surely meets the second (a condition of this kind).</summary>
    public Func<ConditionArguments, ConditionArguments, bool> Implies { get; }

    /// <summary>True when at most one block of any article can meet the condition (so a repeatable rule with it is a contradiction).</summary>
    public Func<ConditionArguments, bool> MatchesAtMostOneBlock { get; }

    /// <summary>Every kind's descriptor, in <see cref="ConditionKind"/> order.</summary>
    public static IReadOnlyList<ConditionDescriptor> All => ByKind;

    /// <summary>The descriptor of <paramref name="kind"/>.</summary>
    public static ConditionDescriptor Of(ConditionKind kind) => ByKind[(int)kind];

    /// <summary>The phrase to spell a condition of this kind with <paramref name="number"/> back in template syntax.</summary>
    public ConditionPhrase PhraseFor(int number)
    {
        foreach (var phrase in Phrases)
        {
            if (phrase.ImpliedNumber == number)
            {
                return phrase;
            }
        }

        foreach (var phrase in Phrases)
        {
            if (phrase.ImpliedNumber == 0)
            {
                return phrase;
            }
        }

        return Phrases[0];
    }

    private static ConditionDescriptor[] BuildTable()
    {
        var entries = new[]
        {
            new ConditionDescriptor(ConditionKind.FirstBlock, ConditionShape.None, ConditionTier.Structural,
                new[] { new ConditionPhrase("first block") },
                null,
                static (_, block, _, _) => block.Index == 0,
                matchesAtMostOneBlock: static _ => true),
            new ConditionDescriptor(ConditionKind.LastBlocks, ConditionShape.Number, ConditionTier.Structural,
                new[] { new ConditionPhrase("last block", impliedNumber: 1), new ConditionPhrase("in last {n} blocks") },
                "the number of blocks",
                static (c, block, _, _) => block.Index >= block.Count - c.Number,
                implies: static (strong, weak) => strong.Kind == ConditionKind.LastBlocks && strong.Number <= weak.Number,
                matchesAtMostOneBlock: static args => args.Number == 1),
            new ConditionDescriptor(ConditionKind.MaxLength, ConditionShape.Number, ConditionTier.Structural,
                new[] { new ConditionPhrase("max length {n}") },
                "the maximum length in characters",
                static (c, block, _, _) => block.Texts.LengthAtMost(block.Index, c.Number),
                implies: static (strong, weak) => strong.Kind == ConditionKind.MaxLength && strong.Number <= weak.Number),
            new ConditionDescriptor(ConditionKind.NoFinalPunctuation, ConditionShape.None, ConditionTier.Structural,
                new[] { new ConditionPhrase("no final punctuation") },
                null,
                static (_, block, _, _) => !block.Texts.EndsInPunctuation(block.Index)),
            new ConditionDescriptor(ConditionKind.FirstTextBlock, ConditionShape.None, ConditionTier.Structural,
                new[] { new ConditionPhrase("first text block") },
                null,
                static (_, block, _, _) => block.TextBlocksBefore == 0),
            new ConditionDescriptor(ConditionKind.MinLines, ConditionShape.Number, ConditionTier.Structural,
                new[] { new ConditionPhrase("min lines {n}") },
                "the minimum number of lines",
                static (c, block, _, _) => block.LineCount >= c.Number,
                implies: static (strong, weak) => strong.Kind == ConditionKind.MinLines && strong.Number >= weak.Number),
            new ConditionDescriptor(ConditionKind.MaxLineLength, ConditionShape.Number, ConditionTier.Structural,
                new[] { new ConditionPhrase("max line length {n}") },
                "the maximum line length in characters",
                static (c, block, _, _) => block.LongestLine <= c.Number,
                implies: static (strong, weak) => strong.Kind == ConditionKind.MaxLineLength && strong.Number <= weak.Number),
            new ConditionDescriptor(ConditionKind.AfterAttribution, ConditionShape.None, ConditionTier.Structural,
                new[] { new ConditionPhrase("after attribution") },
                null,
                static (_, block, _, _) => block.AfterAttribution),
            new ConditionDescriptor(ConditionKind.Exactly, ConditionShape.Text, ConditionTier.Content,
                new[] { new ConditionPhrase("is {text}") },
                "the exact text in double quotes",
                static (c, block, _, _) => c.EqualsAnyLiteral(block),
                implies: LiteralSetImplies),
            new ConditionDescriptor(ConditionKind.OneOf, ConditionShape.Texts, ConditionTier.Content,
                new[] { new ConditionPhrase("one of {texts}") },
                "a text in double quotes",
                static (c, block, _, _) => c.EqualsAnyLiteral(block),
                implies: LiteralSetImplies),
            new ConditionDescriptor(ConditionKind.StartsWith, ConditionShape.Prefix, ConditionTier.Content,
                new[] { new ConditionPhrase("starts with {text}") },
                "the prefix in double quotes",
                static (c, block, captures, rule) => c.TestPrefix(block, captures, rule),
                implies: static (strong, weak) => strong.Kind == ConditionKind.StartsWith && weak.CaptureName is null && SameLiteral(strong, weak)),
            new ConditionDescriptor(ConditionKind.EndsWith, ConditionShape.Text, ConditionTier.Content,
                new[] { new ConditionPhrase("ends with {text}") },
                "the suffix in double quotes",
                static (c, block, _, _) => TextNormalizer.FoldedEndsWith(block.Text, c.FoldedLiterals[0], c.IgnoreCase),
                implies: static (strong, weak) => strong.Kind == ConditionKind.EndsWith && SameLiteral(strong, weak)),
            new ConditionDescriptor(ConditionKind.Contains, ConditionShape.Text, ConditionTier.Content,
                new[] { new ConditionPhrase("contains {text}") },
                "the text in double quotes",
                static (c, block, _, _) => TextNormalizer.FoldedContains(block.Text, c.FoldedLiterals[0], c.IgnoreCase),
                implies: static (strong, weak) => strong.Kind == ConditionKind.Contains && SameLiteral(strong, weak)),
            new ConditionDescriptor(ConditionKind.Pattern, ConditionShape.Pattern, ConditionTier.Content,
                new[] { new ConditionPhrase("{pattern}") },
                null,
                static (c, block, captures, rule) => c.TestPattern(block, captures, rule),
                implies: static (strong, weak) => strong.Kind == ConditionKind.Pattern && strong.Pattern == weak.Pattern && strong.IgnoreCase == weak.IgnoreCase),
            new ConditionDescriptor(ConditionKind.MostlyLinks, ConditionShape.None, ConditionTier.Content,
                new[] { new ConditionPhrase("mostly links") },
                null,
                static (_, block, _, _) => block.Texts.MayHoldLinks(block.Index) && BlockCondition.IsMostlyLinks(block.Text)),
            new ConditionDescriptor(ConditionKind.InStory, ConditionShape.None, ConditionTier.Structural,
                new[] { new ConditionPhrase("in story") },
                null,
                static (_, block, _, _) => block.Evaluation.Story.InStory(block.Index)),
            new ConditionDescriptor(ConditionKind.OutsideStory, ConditionShape.None, ConditionTier.Structural,
                new[] { new ConditionPhrase("outside story") },
                null,
                static (_, block, _, _) => !block.Evaluation.Story.InStory(block.Index) && block.Evaluation.Story.Headline != block.Index),
            new ConditionDescriptor(ConditionKind.StoryHeadline, ConditionShape.None, ConditionTier.Structural,
                new[] { new ConditionPhrase("story headline") },
                null,
                static (_, block, _, _) => block.Evaluation.Story.Headline == block.Index,
                matchesAtMostOneBlock: static _ => true),
            new ConditionDescriptor(ConditionKind.BeforeSection, ConditionShape.Section, ConditionTier.Relative,
                new[] { new ConditionPhrase("before section {section}") },
                "the name of a section",
                static (c, block, _, _) => block.Evaluation.AnchorOf(c) is var anchor && anchor >= 0 && block.Index < anchor,
                implies: static (strong, weak) => SameSection(strong, weak, ConditionKind.BeforeSection) || SameSection(strong, weak, ConditionKind.RightBeforeSection)),
            new ConditionDescriptor(ConditionKind.AfterSection, ConditionShape.Section, ConditionTier.Relative,
                new[] { new ConditionPhrase("after section {section}") },
                "the name of a section",
                static (c, block, _, _) => block.Evaluation.AnchorOf(c) is var anchor && anchor >= 0 && block.Index > anchor,
                implies: static (strong, weak) => SameSection(strong, weak, ConditionKind.AfterSection) || SameSection(strong, weak, ConditionKind.RightAfterSection)),
            new ConditionDescriptor(ConditionKind.RightBeforeSection, ConditionShape.Section, ConditionTier.Relative,
                new[] { new ConditionPhrase("right before section {section}") },
                "the name of a section",
                static (c, block, _, _) => block.Evaluation.AnchorOf(c) is var anchor && anchor >= 0 && block.Index == anchor - 1,
                implies: static (strong, weak) => SameSection(strong, weak, ConditionKind.RightBeforeSection),
                matchesAtMostOneBlock: static _ => true),
            new ConditionDescriptor(ConditionKind.RightAfterSection, ConditionShape.Section, ConditionTier.Relative,
                new[] { new ConditionPhrase("right after section {section}") },
                "the name of a section",
                static (c, block, _, _) => block.Evaluation.AnchorOf(c) is var anchor && anchor >= 0 && block.Index == anchor + 1,
                implies: static (strong, weak) => SameSection(strong, weak, ConditionKind.RightAfterSection),
                matchesAtMostOneBlock: static _ => true),
            new ConditionDescriptor(ConditionKind.InRun, ConditionShape.Number, ConditionTier.Structural,
                new[] { new ConditionPhrase("in a run of {n}") },
                "the least number of consecutive blocks",
                static (c, block, _, _) => block.Evaluation.InRun(c, block.Index),
                implies: static (strong, weak) => strong.Kind == ConditionKind.InRun && strong.Number >= weak.Number),
        };

        var byKind = new ConditionDescriptor[entries.Length];
        foreach (var entry in entries)
        {
            byKind[(int)entry.Kind] = entry;
        }

        return byKind;
    }

    /// <summary>Equality against a set of texts is implied by equality against a subset of them.</summary>
    private static bool LiteralSetImplies(ConditionArguments strong, ConditionArguments weak)
    {
        if (strong.Kind != ConditionKind.OneOf && strong.Kind != ConditionKind.Exactly || strong.IgnoreCase && !weak.IgnoreCase)
        {
            return false;
        }

        var accepted = new HashSet<string>(weak.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var literal in weak.Literals)
        {
            accepted.Add(TextNormalizer.NormalizeLiteral(literal));
        }

        foreach (var literal in strong.Literals)
        {
            if (!accepted.Contains(TextNormalizer.NormalizeLiteral(literal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="strong"/> is of <paramref name="kind"/> and names the section <paramref name="weak"/> names.</summary>
    private static bool SameSection(ConditionArguments strong, ConditionArguments weak, ConditionKind kind) =>
        strong.Kind == kind && strong.Literals.Count == 1 && weak.Literals.Count == 1 && strong.Literals[0] == weak.Literals[0];

    /// <summary>True when every text <paramref name="strong"/>'s literal accepts, <paramref name="weak"/>'s accepts too.</summary>
    private static bool SameLiteral(ConditionArguments strong, ConditionArguments weak) =>
        (!strong.IgnoreCase || weak.IgnoreCase) &&
        string.Equals(TextNormalizer.NormalizeLiteral(strong.Literals[0]), TextNormalizer.NormalizeLiteral(weak.Literals[0]),
            weak.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
