using System;
using System.Diagnostics;
using System.Text.RegularExpressions;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// How template patterns are built and how long they may run. Whether a pattern matches a block is
/// decided by .NET's linear-time engine (<c>RegexOptions.NonBacktracking</c>, .NET 7+) wherever the
/// host has it and the pattern allows it, so the decision costs time linear in the text and never
/// depends on how fast the machine is. What a match captures is what the backtracking engine (the
/// reference semantics of .NET patterns) captures, run only on blocks already known to match: the
/// linear-time engine can pick another match start or length (lazy loops, optional prefixes), so its
/// captures are not used unless the backtracking run on a matching block times out. Patterns that
/// need backtracking (back-references, lookarounds, atomic groups, conditionals), and every pattern on
/// hosts without the linear-time engine (.NET Framework), keep a time limit per block and a budget per article.
/// Vetted catalog patterns are decided by the backtracking engine until their linear-time decider is
/// built (<see cref="VettedReferenceRuns"/>).
/// </summary>
internal static class PatternEngine
{
    /// <summary>How long a backtracking pattern may run on one block before it counts as not matching.</summary>
    public static readonly TimeSpan BlockTimeout = TimeSpan.FromSeconds(1);

    /// <summary>How long backtracking patterns may run, in total, on one article; after it they are skipped for the rest of it.</summary>
    public static readonly TimeSpan ArticleBudget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest block on which a vetted pattern (one of the built-in catalog's) may be decided by the
    /// reference engine rather than the linear-time one. The catalog's vetted rules try a
    /// <c>max length</c> of at most 600 first, and their tests use blocks of that length; this bounds a
    /// pattern called vetted without one.
    /// </summary>
    public const int VettedBlockLength = 4096;

    /// <summary>
    /// How many blocks a vetted pattern is decided on by the reference engine at most while its
    /// linear-time decider is built on the thread pool: the decider's set-up (tens of milliseconds a
    /// pattern) is what made a process's first NewsArticle parse take a second, and once built it decides
    /// the many blocks a pattern cannot match faster. Past this many the parse builds it itself. Both
    /// engines give the same answers; only the time differs.
    /// </summary>
    public const int VettedReferenceRuns = 1024;

    /// <summary>
    /// How many times a pattern runs on the backtracking engine in a process before its compiled form is
    /// built (<see cref="CompiledPattern.Backtracking"/>): a process that parses a few articles never pays
    /// the milliseconds of building it, one that parses many gets captures five times faster.
    /// </summary>
    public const int CompileAfterRuns = 32;

    /// <summary>The longest pattern a template may have, in UTF-16 characters.</summary>
    public const int MaxPatternLength = 5000;

    /// <summary>
    /// The most distinct characters a pattern may have and still go to the linear-time engine, whose
    /// set-up grows much faster than linearly with them (measured on .NET 10: 100 distinct characters
    /// 0.1 s, 1,000 characters 8 s and 1.5 GB); template patterns have a few dozen.
    /// </summary>
    public const int MaxLinearAlphabet = 128;

    // RegexOptions.NonBacktracking, named by value: the analyzers target netstandard2.0, which lacks it,
    // but run inside the .NET 8+ compiler, which has it.
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    /// <summary>True when this host has the linear-time engine (.NET 7+); read once, never changes.</summary>
    public static readonly bool HasLinearEngine = ProbeLinearEngine();

    /// <summary>Builds a template pattern: culture-invariant; the reference engine with <see cref="BlockTimeout"/> now, the linear-time decider on first use.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid .NET regular expression.</exception>
    /// <remarks>
    /// Built patterns are shared by text and flag, up to <see cref="SharedPatterns"/> of them, so
    /// templates that repeat a pattern (site variants of one layout, catalog families) build it once
    /// per process: the linear-time decider's set-up costs milliseconds. Built patterns never change.
    /// </remarks>
    public static CompiledPattern Compile(string pattern, bool ignoreCase)
    {
        var key = (pattern, ignoreCase);
        if (Built.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var options = OptionsFor(ignoreCase);
        var built = new CompiledPattern(new Regex(pattern, options, BlockTimeout), () => BuildLinear(pattern, options));

        // Bounded: a long-lived IDE process sees every pattern typed on the way to the final one.
        if (Built.Count >= SharedPatterns)
        {
            Built.Clear();
        }

        return Built.GetOrAdd(key, built);
    }

    /// <summary>
    /// True when <paramref name="pattern"/> uses none of the constructs on which .NET's compiled engine has
    /// been seen to answer otherwise than its interpreter: word boundaries (<c>\b</c>, <c>\B</c>: .NET 10's
    /// compiled <c>[^x]{2}\b</c> matches <c>"2 "</c>, the interpreter does not — found by our fuzz test),
    /// repeated groups (<c>(…)*</c>, <c>(…)+</c>, <c>(…){n,m}</c>, lazy <c>(…)??</c>: empty iterations,
    /// dotnet/runtime#111051 and #123184), back-references, lookarounds, atomic groups, conditionals and
    /// balancing groups (#111630, #126556), comments and free spacing. Only such patterns get a compiled
    /// form (<see cref="CompiledPattern.Backtracking"/>); the others keep the interpreter. Read on the
    /// pattern's text, so anything that merely looks like one of them (an escaped parenthesis before a
    /// quantifier, <c>\b</c> in a class) counts too: it never says yes wrongly, only sometimes no.
    /// </summary>
    public static bool CompiledFormAgrees(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            var next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';
            switch (pattern[i])
            {
                case '\\':
                    if (next is 'b' or 'B' or 'k' or (>= '0' and <= '9'))
                    {
                        return false;
                    }

                    i++;
                    break;
                case '(' when next == '?':
                    if (!PlainGroupAt(pattern, i + 2))
                    {
                        return false;
                    }

                    break;
                case ')':
                    if (next is '*' or '+' or '{' || (next == '?' && i + 2 < pattern.Length && pattern[i + 2] == '?'))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// How many steps a backtracking run may take at most, by <see cref="BoundedBacktrackingLength"/>'s
    /// count, for the compiled form to decide a block without the linear-time engine: a few milliseconds
    /// on the slowest machine we measure, far below <see cref="BlockTimeout"/>.
    /// </summary>
    public const long BoundedBacktrackingSteps = 2_000_000;

    /// <summary>
    /// The longest block on which a backtracking run of <paramref name="pattern"/> cannot take more than
    /// <see cref="BoundedBacktrackingSteps"/> steps, or 0. Only for patterns that get a compiled form
    /// (<see cref="CompiledFormAgrees"/>: no repeated group, lookaround, back-reference, atomic group or
    /// conditional), whose backtracking chooses only how often each single-character loop runs, which
    /// branch each alternation takes and where the match starts: at most
    /// <c>(n + 1)^loops × 2^(optionals + alternatives) × ranges × (length + n)</c> steps on a block of n
    /// characters (a range <c>{m,n}</c> narrower than 64 counts its n − m + 1 choices, a wider one is a
    /// loop; a pattern that does not start with <c>^</c> or <c>\A</c> outside any alternation counts its
    /// start as one more loop). Read on the pattern's text, over-counting where unsure (a lazy mark counts
    /// as an optional).
    /// </summary>
    public static int BoundedBacktrackingLength(string pattern)
    {
        if (!CompiledFormAgrees(pattern))
        {
            return 0;
        }

        var loops = 0;
        var constant = 1L;
        var depth = 0;
        var anchored = pattern.StartsWith("^", StringComparison.Ordinal) || pattern.StartsWith("\\A", StringComparison.Ordinal);
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = RequiredLiteral.ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return 0;
                    }

                    break;
                case '(':
                    depth++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        i++;
                    }

                    break;
                case ')':
                    depth--;
                    break;
                case '|':
                    constant *= 2;
                    anchored &= depth > 0;
                    break;
                case '*':
                case '+':
                    loops++;
                    break;
                case '?':
                    constant *= 2;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', i);
                    if (close < 0)
                    {
                        break;
                    }

                    var bounds = pattern.Substring(i + 1, close - i - 1).Split(',');
                    if (bounds.Length > 2 || !int.TryParse(bounds[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min))
                    {
                        // A literal brace.
                        break;
                    }

                    if (bounds.Length == 2)
                    {
                        if (bounds[1].Length == 0 || !int.TryParse(bounds[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var max) || max - min >= 64)
                        {
                            // {n,}, or a wide range: as many choices as a loop at most.
                            loops++;
                        }
                        else if (max > min)
                        {
                            constant *= max - min + 1;
                        }
                    }

                    i = close;
                    break;
            }

            if (constant > BoundedBacktrackingSteps)
            {
                return 0;
            }
        }

        if (!anchored)
        {
            loops++;
        }

        // The longest n whose count stays within the limit (the count grows with n).
        var length = 0;
        while (length < VettedBlockLength && Steps(length + 1) <= BoundedBacktrackingSteps)
        {
            length++;
        }

        return length;

        double Steps(int n) => constant * Math.Pow(n + 1, loops) * (pattern.Length + n);
    }

    /// <summary>After <c>(?</c>: a non-capturing group, a named group without balancing, or inline options without free spacing.</summary>
    private static bool PlainGroupAt(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return false;
        }

        var kind = pattern[at];
        if (kind == ':')
        {
            return true;
        }

        if (kind is '<' or '\'')
        {
            var close = pattern.IndexOf(kind == '<' ? '>' : '\'', at + 1);
            if (close < 0 || at + 1 >= pattern.Length || pattern[at + 1] is '=' or '!')
            {
                return false;
            }

            return pattern.IndexOf('-', at + 1, close - at - 1) < 0;
        }

        // Inline options, (?i) or (?i:…): any but x (free spacing moves quantifiers away from their group).
        var end = at;
        while (end < pattern.Length && pattern[end] is 'i' or 'm' or 'n' or 's' or '-')
        {
            end++;
        }

        return end > at && end < pattern.Length && pattern[end] is ')' or ':';
    }

    /// <summary>The options a template pattern is built with.</summary>
    public static RegexOptions OptionsFor(bool ignoreCase) => RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    /// <summary>How many built patterns are shared at most; when full, the table starts again.</summary>
    public const int SharedPatterns = 512;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Pattern, bool IgnoreCase), CompiledPattern> Built = new();

    /// <summary>The linear-time decider, or why the pattern needs backtracking (<c>null</c> on hosts without the engine).</summary>
    private static (Regex? Linear, string? BacktrackingReason) BuildLinear(string pattern, RegexOptions options)
    {
        if (!HasLinearEngine)
        {
            return (null, null);
        }

        if (DistinctCharacters(pattern) > MaxLinearAlphabet)
        {
            return (null, $"more than {MaxLinearAlphabet} distinct characters");
        }

        try
        {
            return (new Regex(pattern, options | NonBacktracking), null);
        }
        catch (NotSupportedException)
        {
            // Back-references, lookarounds, atomic groups, conditionals, or an automaton over the engine's size limit.
            return (null, "a back-reference, lookaround, atomic group or conditional, or an automaton too large for the linear-time engine");
        }
    }

    private static int DistinctCharacters(string pattern)
    {
        var seen = new System.Collections.Generic.HashSet<char>();
        foreach (var c in pattern)
        {
            if (seen.Add(c) && seen.Count > MaxLinearAlphabet)
            {
                break;
            }
        }

        return seen.Count;
    }

    private static bool ProbeLinearEngine()
    {
#if NET && !COPYDESK_ANALYZER
        // .NET 7 and later have it; building a probe would load and compile the whole engine (tens of
        // milliseconds at a process's first parse) for a template whose patterns may never need it.
        return true;
#else
        try
        {
            return new Regex("a", NonBacktracking).IsMatch("a");
        }
        catch (ArgumentException)
        {
            // .NET Framework: the option value is unknown.
            return false;
        }
        catch (NotSupportedException)
        {
            return false;
        }
#endif
    }
}

/// <summary>A template pattern as the engine runs it.</summary>
/// <remarks>
/// The linear-time decider is built on first use: its set-up costs milliseconds a pattern, which the
/// generator (it only validates patterns) never needs and a parser pays only for patterns it runs.
/// </remarks>
internal sealed class CompiledPattern
{
    private readonly Lazy<(Regex? Linear, string? BacktrackingReason)> _linear;

    /// <param name="reference">The backtracking engine, with the per-block timeout.</param>
    /// <param name="buildLinear">Builds the linear-time decider, on first use.</param>
    /// <param name="referenceRuns">How many blocks a vetted pattern is decided on by <paramref name="reference"/> at most before the parse builds the decider itself.</param>
    /// <param name="buildInBackground">Whether a vetted pattern's first use starts building the decider on the thread pool.</param>
    public CompiledPattern(Regex reference, Func<(Regex? Linear, string? BacktrackingReason)> buildLinear, int referenceRuns = PatternEngine.VettedReferenceRuns, bool buildInBackground = true)
    {
        Reference = reference;
        _linear = new Lazy<(Regex?, string?)>(buildLinear);
        _referenceRunLimit = referenceRuns;
        _buildStarted = buildInBackground ? 0 : 1;
    }

    private static readonly object NotASequence = new();

    private object? _sequence;

    /// <summary>
    /// The pattern's sequence form (<see cref="SequencePattern"/>), which decides and captures without a
    /// <see cref="Regex"/> call, or null when it has none; read from the pattern on first use.
    /// </summary>
    public SequencePattern? Sequence
    {
        get
        {
            var sequence = System.Threading.Volatile.Read(ref _sequence);
            if (sequence is null)
            {
                sequence = (object?)SequencePattern.TryCreate(Reference.ToString(), Reference.Options) ?? NotASequence;
                System.Threading.Volatile.Write(ref _sequence, sequence);
            }

            return sequence as SequencePattern;
        }
    }

    private static readonly object NoAlternatives = new();

    private object? _alternatives;

    /// <summary>
    /// The texts one of which every match of the pattern begins the block with or contains
    /// (<see cref="RequiredLiteral.AlternativesOf"/>), or null; read on first use, once for every template
    /// that shares the pattern.
    /// </summary>
    public RequiredTexts? Alternatives
    {
        get
        {
            var alternatives = System.Threading.Volatile.Read(ref _alternatives);
            if (alternatives is null)
            {
                alternatives = (object?)RequiredLiteral.AlternativesOf(Reference.ToString(), Reference.Options) ?? NoAlternatives;
                System.Threading.Volatile.Write(ref _alternatives, alternatives);
            }

            return alternatives as RequiredTexts;
        }
    }

    /// <summary>Why the pattern needs backtracking on a host that has the linear-time engine, or <c>null</c>.</summary>
    public string? BacktrackingReason => _linear.Value.BacktrackingReason;

    /// <summary>The backtracking engine, with the per-block timeout: its captures are the pattern's captures.</summary>
    public Regex Reference { get; }

    /// <summary>
    /// The backtracking engine to run now: <see cref="Reference"/> in its compiled form
    /// (<c>RegexOptions.Compiled</c>) once that is built, else <see cref="Reference"/> itself. Both are
    /// .NET's backtracking engine (same matches, same captures, same time limit) on the patterns that get a
    /// compiled form (<see cref="PatternEngine.CompiledFormAgrees"/>: the two are known to disagree on
    /// some constructs); the compiled form takes a fifth of the interpreter's time on a credit line (0.22 µs against
    /// 1.05 µs) but costs milliseconds to build, so it is built on the thread pool once the pattern has
    /// run <see cref="PatternEngine.CompileAfterRuns"/> times in this process. Counts the run.
    /// </summary>
    public Regex Backtracking
    {
        get
        {
#if COPYDESK_ANALYZER || !NET
            // The analyzers run each article once per edit: building code for a pattern would not pay.
            // .NET Framework (the netstandard2.0 build) keeps the interpreter too.
            return Reference;
#else
            if (System.Threading.Volatile.Read(ref _compiledForm) is { } compiled)
            {
                return compiled;
            }

            if (System.Threading.Interlocked.Increment(ref _backtrackingRuns) == PatternEngine.CompileAfterRuns)
            {
                System.Threading.ThreadPool.QueueUserWorkItem(static state => ((CompiledPattern)state!).BuildCompiledForm(), this);
            }

            return Reference;
#endif
        }
    }

    /// <summary>
    /// True when the compiled form decides a block of <paramref name="length"/> characters itself, in the
    /// run that takes the captures: it is built, and its backtracking is bounded on a block this short
    /// (<see cref="PatternEngine.BoundedBacktrackingLength"/>). The linear-time engine gives the same
    /// answer; this saves its call.
    /// </summary>
    public bool DecidesByBacktracking(int length)
    {
#if COPYDESK_ANALYZER || !NET
        return false;
#else
        return length <= System.Threading.Volatile.Read(ref _boundedLength) && System.Threading.Volatile.Read(ref _compiledForm) is not null;
#endif
    }

#if !COPYDESK_ANALYZER && NET
    /// <summary>True when <see cref="Backtracking"/> runs the compiled form.</summary>
    internal bool CompiledFormBuilt => System.Threading.Volatile.Read(ref _compiledForm) is not null;

    /// <summary>How many runs <see cref="Backtracking"/> has counted.</summary>
    internal int BacktrackingRuns => System.Threading.Volatile.Read(ref _backtrackingRuns);

    /// <summary>Builds the compiled form now (tests; the thread pool otherwise).</summary>
    internal void BuildCompiledForm()
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled)
        {
            // Native AOT: Compiled would quietly be the interpreter again.
            return;
        }

        if (!PatternEngine.CompiledFormAgrees(Reference.ToString()) || (Reference.Options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            return;
        }

        try
        {
            var compiled = new Regex(Reference.ToString(), Reference.Options | RegexOptions.Compiled, Reference.MatchTimeout);

            // The first run compiles its code to machine code: pay that here, not in a parse.
            _ = compiled.Match(string.Empty);
            System.Threading.Volatile.Write(ref _boundedLength, PatternEngine.BoundedBacktrackingLength(Reference.ToString()));
            System.Threading.Volatile.Write(ref _compiledForm, compiled);
        }
        catch (Exception)
        {
            // Out of memory for code, or a host that refuses dynamic code: the interpreter stays.
        }
    }

    private Regex? _compiledForm;
    private int _backtrackingRuns;
    private int _boundedLength = -1;
#endif

    /// <summary>The linear-time engine that decides whether a block matches, or <c>null</c> when the pattern or the host needs backtracking.</summary>
    public Regex? Linear => _linear.Value.Linear;

    /// <summary>True when the pattern needs backtracking on a host that has the linear-time engine (so the template is warned).</summary>
    public bool NeedsBacktracking => BacktrackingReason is not null;

    /// <summary>True when the linear-time engine's decider (or the reason there is none) is built.</summary>
    internal bool LinearBuilt => _linear.IsValueCreated;

    /// <summary>
    /// For a vetted pattern: true while the reference engine still decides it — until the linear-time
    /// decider, whose building the first call starts on the thread pool, is built, for at most
    /// <see cref="PatternEngine.VettedReferenceRuns"/> blocks; counts the run.
    /// </summary>
    internal bool TakeReferenceRun()
    {
        if (_linear.IsValueCreated)
        {
            return false;
        }

        if (System.Threading.Interlocked.Exchange(ref _buildStarted, 1) == 0)
        {
            System.Threading.ThreadPool.QueueUserWorkItem(static state => ((CompiledPattern)state!).BuildLinearQuietly(), this);
        }

        return System.Threading.Interlocked.Increment(ref _referenceRuns) <= _referenceRunLimit;
    }

    private void BuildLinearQuietly()
    {
        try
        {
            _ = _linear.Value;
        }
        catch (Exception)
        {
            // The parse that next asks for the decider gets the same exception (Lazy keeps it).
        }
    }

    private readonly int _referenceRunLimit;
    private int _referenceRuns;
    private int _buildStarted;
}

/// <summary>The time backtracking patterns have spent on one article; one per parse.</summary>
internal sealed class PatternBudget
{
    private Stopwatch? _clock;

    /// <summary>The first rule skipped because the budget was spent, or <c>null</c>.</summary>
    public ArticleRule? SkippedRule { get; private set; }

    /// <summary>Where the first skipped block is.</summary>
    public SourceSpan SkippedAt { get; private set; }

    public string? SkippedText { get; private set; }

    /// <summary>True when the budget is spent; records the first rule and block that had to be skipped.</summary>
    public bool IsSpent(ArticleRule rule, ArticleBlockDraft block)
    {
        if (_clock is null || _clock.Elapsed < PatternEngine.ArticleBudget)
        {
            return false;
        }

        if (SkippedRule is null)
        {
            SkippedRule = rule;
            SkippedAt = block.Bounds.Span;
            SkippedText = block.Text;
        }

        return true;
    }

    /// <summary>Counts the time of one backtracking run.</summary>
    public void Start() => (_clock ??= new Stopwatch()).Start();

    public void Stop() => _clock?.Stop();
}
