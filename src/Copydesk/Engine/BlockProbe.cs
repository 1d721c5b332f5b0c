using System.ComponentModel;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// A generated parser's classification of one block: the index (into the template's rules) of the
/// first rule, in evaluation order, whose conditions hold, or -1 when none does.
/// </summary>
/// <param name="block">The block being classified.</param>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
delegate int RuleDispatch(BlockProbe block);

/// <summary>
/// A block as a generated parser's emitted dispatch sees it while the engine classifies an article.
/// The dispatch inlines literal and structural checks and asks the engine (<see cref="Holds"/>,
/// <see cref="Matches"/>) for everything else: patterns, story, sections, runs, captures.
/// </summary>
/// <remarks>One probe serves every block of a parse in turn; it is not for use outside a dispatch.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class BlockProbe
{
    private readonly ArticleRule[] _rules;
    private readonly string?[] _scratch;
    private BlockView _view;

    internal BlockProbe(ArticleTemplate template, string?[] scratch)
    {
        _rules = template.RuleArray;
        _scratch = scratch;
        Captures = ArticleRule.NoCaptures;
    }

    /// <summary>Zero-based position of the block among the article's blocks.</summary>
    public int Index => _view.Index;

    /// <summary>How many blocks the article has.</summary>
    public int Count => _view.Count;

    /// <summary>Length of the block's text (white space collapsed), known without making the text.</summary>
    public int Length => _view.Length;

    /// <summary><c>max length</c>: the block's text (white space collapsed) is at most <paramref name="max"/> characters, counted only as far as needed.</summary>
    public bool LengthAtMost(int max) => _view.Texts.LengthAtMost(_view.Index, max);

    /// <summary>The first character of the block's text (never empty).</summary>
    public char First { get; private set; }

    /// <summary><c>no final punctuation</c> is the negation: sentence punctuation at the end, looking through closing quotes and brackets.</summary>
    public bool EndsInPunctuation => _view.Texts.EndsInPunctuation(_view.Index);

    /// <summary>
    /// Ordinal <c>starts with</c>: the block's text begins with <paramref name="prefix"/>, and when the
    /// prefix ends in a word character, the word ends there ("By" does not match "Byzantine").
    /// </summary>
    public bool StartsWith(string prefix) => _view.Texts.StartsWithWord(_view.Index, prefix);

    /// <summary>
    /// Ordinal: the block's text ends with <paramref name="suffix"/>, the literal a condition's pattern
    /// must end the block with; the engine checks the same before it runs the pattern, so a dispatch that
    /// asks first changes no answer.
    /// </summary>
    public bool EndsWith(string suffix) => _view.Texts.EndsWithOrdinal(_view.Index, suffix);

    /// <summary>Ordinal: the block's text begins with <paramref name="prefix"/>, the literal a condition's pattern must begin the block with (the engine checks the same first).</summary>
    public bool Begins(string prefix) => _view.Texts.StartsWithOrdinal(_view.Index, prefix);

    /// <summary>Ordinal: the block's text contains <paramref name="literal"/>, a literal every match of a condition's pattern contains (the engine checks the same first).</summary>
    public bool Contains(string literal) => _view.Texts.ContainsOrdinal(_view.Index, literal);

    /// <summary>The block's text contains one of <paramref name="characters"/>, punctuation every match of a condition's pattern contains one of (the engine checks the same first).</summary>
    public bool ContainsAny(string characters) => _view.Texts.ContainsAny(_view.Index, characters);

    /// <summary>Ordinal equality of the block's text and <paramref name="literal"/>.</summary>
    public bool Is(string literal) => _view.Texts.EqualsOrdinal(_view.Index, literal);

    /// <summary>
    /// False only when the pattern of condition <paramref name="condition"/> of rule <paramref name="rule"/>
    /// cannot match the block: the block is shorter than <paramref name="length"/>, the fewest characters
    /// the generator read a match of the pattern takes (compared on the block's source range: collapsing
    /// white space only shortens it), and no time limit decides the pattern, as for <see cref="FirstIn"/>.
    /// </summary>
    public bool LengthAtLeast(int rule, int condition, int length) =>
        _view.Texts.SpanLength(_view.Index) >= length || !DecidedWithoutTimeLimit(rule, condition);

    /// <summary>
    /// False only when the pattern of condition <paramref name="condition"/> of rule <paramref name="rule"/>
    /// cannot match the block: the block begins with an ASCII character outside the set the generator read
    /// from the pattern (bits 0–63 in <paramref name="low"/>, 64–127 in <paramref name="high"/>), and no
    /// time limit decides the pattern (the linear-time engine does, or it is vetted), so skipping it
    /// changes nothing else (no time spent, no budget, no timeout to report).
    /// </summary>
    public bool FirstIn(int rule, int condition, ulong low, ulong high) =>
        First >= 128 || AsciiIn(low, high) || !DecidedWithoutTimeLimit(rule, condition);

    /// <summary>
    /// As <see cref="FirstIn"/>, for a pattern no match of which begins with a character outside ASCII:
    /// a block beginning with one (a bullet, a curly quote, a letter of another script) is skipped too.
    /// </summary>
    public bool FirstInAscii(int rule, int condition, ulong low, ulong high) =>
        (First < 128 && AsciiIn(low, high)) || !DecidedWithoutTimeLimit(rule, condition);

    /// <summary>
    /// As <see cref="FirstInAscii"/>, for a pattern whose matches can begin with the few characters outside
    /// ASCII in <paramref name="others"/> (an <c>ſ</c> for an <c>s</c> under case-insensitivity, a curly quote).
    /// </summary>
    public bool FirstInOr(int rule, int condition, ulong low, ulong high, string others) =>
        (First < 128 ? AsciiIn(low, high) : others.IndexOf(First) >= 0) || !DecidedWithoutTimeLimit(rule, condition);

    /// <summary>
    /// Bit p set when the rule at evaluation position p (below 64) may take the block, as
    /// <paramref name="screen"/> tells from the block's first character and length; a cleared bit means the
    /// rule's conditions cannot all hold, and skipping it changes nothing else (no time limit decides what
    /// the screen read). Asked once per block, before the rules.
    /// </summary>
    public ulong Candidates(CandidateScreen screen) => screen.Of(_rules, First, _view.Length);

    // The block's first character, known to be ASCII, among bits 0–63 of low and 64–127 of high.
    private bool AsciiIn(ulong low, ulong high) => CharacterSet.HasAscii(First, low, high);

    private bool DecidedWithoutTimeLimit(int rule, int condition) => _rules[rule].ConditionArray[condition].DecidedWithoutTimeLimit;

    /// <summary>The captures of the rule <see cref="Matches"/> last accepted, for the engine to keep.</summary>
    internal string?[] Captures { get; private set; }

    internal void Reset(BlockView view)
    {
        _view = view;
        First = view.Texts.FirstOf(view.Index);
        Captures = ArticleRule.NoCaptures;
    }

    /// <summary>True when condition <paramref name="condition"/> of rule <paramref name="rule"/> holds, as the engine decides it.</summary>
    public bool Holds(int rule, int condition)
    {
        var owner = _rules[rule];
        return owner.ConditionArray[condition].Test(_view, _scratch, owner);
    }

    /// <summary>True when every condition of rule <paramref name="rule"/> holds and its captures have their types, as the engine decides it; keeps the captures.</summary>
    public bool Matches(int rule)
    {
        if (!_rules[rule].TryMatch(_view, _scratch, out var captures))
        {
            return false;
        }

        Captures = captures;
        return true;
    }
}
