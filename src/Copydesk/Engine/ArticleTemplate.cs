using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// A template as the engine runs it: its rules in declaration order plus the order they are tried in.
/// Every generated parser exposes its own as <c>Template</c>, so tools can parse with any template
/// without knowing its generated type.
/// </summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ArticleTemplate
{
    private readonly ArticleRule[] _rules;
    private readonly int[] _order;

    /// <summary>Creates a template; a generated parser passes its emitted dispatch, which the final classification pass runs.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="rules">The rules in declaration order.</param>
    /// <param name="speechVerbs">Words and phrases that attribute a quotation; <c>null</c> for <see cref="QuotationDetector.DefaultSpeechVerbs"/>.</param>
    /// <param name="dispatch">The emitted dispatch: the first rule in evaluation order that holds; <c>null</c> to interpret the rules.</param>
    /// <param name="dispatchOrder">The evaluation order the dispatch was emitted for; unless it is this template's, the dispatch is not used.</param>
    /// <exception cref="ArgumentException">A condition names a section no rule has, or sections name each other in a cycle.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ArticleTemplate(string name, IEnumerable<ArticleRule> rules, IEnumerable<string>? speechVerbs = null, RuleDispatch? dispatch = null, IReadOnlyList<int>? dispatchOrder = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _rules = new List<ArticleRule>(rules ?? throw new ArgumentNullException(nameof(rules))).ToArray();
        Quotations = new QuotationDetector(speechVerbs ?? QuotationDetector.DefaultSpeechVerbs);

        ResolveSections(out _depth, out _sectionOf, out _runSlotOf);
        _named = new bool[_rules.Length];
        foreach (var target in _sectionOf.Values)
        {
            _named[target] = true;
        }

        _readsEarlierRoles = new bool[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            foreach (var condition in _rules[i].Conditions)
            {
                _readsEarlierRoles[i] |= condition.Kind is ConditionKind.FirstTextBlock or ConditionKind.AfterAttribution;
            }
        }

        var tiers = new int[_rules.Length];
        for (var i = 0; i < tiers.Length; i++)
        {
            tiers[i] = TierOf(_rules[i]);
        }

        _order = OrderOf(tiers, _depth);
        Dispatch = dispatch is not null && SameOrder(dispatchOrder, _order) ? dispatch : null;
        foreach (var rule in _rules)
        {
            HasAttribution |= rule.Role == SectionRole.Attribution;
            MaxCaptures = System.Math.Max(MaxCaptures, rule.Captures.Count);
        }
    }

    private readonly int[] _depth;
    private readonly bool[] _named;
    private readonly bool[] _readsEarlierRoles;
    private readonly Dictionary<BlockCondition, int> _sectionOf;
    private readonly Dictionary<BlockCondition, int> _runSlotOf;

    /// <summary>The template's name.</summary>
    public string Name { get; }

    /// <summary>The rules in declaration order.</summary>
    public IReadOnlyList<ArticleRule> Rules => _rules;

    /// <summary>Indices into <see cref="Rules"/> in the order a block tries them.</summary>
    public IReadOnlyList<int> EvaluationOrder => _order;

    internal ArticleRule[] RuleArray => _rules;

    internal int[] OrderArray => _order;

    /// <summary>The most captures any rule has (the size of the classifier's scratch buffer).</summary>
    internal int MaxCaptures { get; }

    /// <summary>True when the template can credit its source.</summary>
    public bool HasAttribution { get; }

    /// <summary>How quotations without attribution are recognised.</summary>
    internal QuotationDetector Quotations { get; }

    /// <summary>Splits and classifies <paramref name="text"/>. Never throws for any input text.</summary>
    public ParsedArticle Parse(string text) => ArticleClassifier.Classify(this, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>How many passes deep the rules that name other sections go: 0 when none does.</summary>
    internal int MaxDepth { get; private set; }

    /// <summary>Each rule's dependency depth: 0 for a rule that names no section, else one more than the deepest rule it names.</summary>
    internal int[] DepthArray => _depth;

    /// <summary>The rule a section-relative condition names, as an index into <see cref="Rules"/>.</summary>
    internal int SectionIndexOf(BlockCondition condition) => _sectionOf[condition];

    /// <summary>True when a condition of another rule names rule <paramref name="rule"/>, so its first block must be placed.</summary>
    internal bool IsNamed(int rule) => _named[rule];

    /// <summary>True when rule <paramref name="rule"/> reads earlier blocks' roles (<c>first text block</c>, <c>after attribution</c>).</summary>
    internal bool ReadsEarlierRoles(int rule) => _readsEarlierRoles[rule];

    /// <summary>The slot of a run condition (<c>in a run of 3</c>) in the classifier's run tables.</summary>
    internal int RunSlotOf(BlockCondition condition) => _runSlotOf[condition];

    /// <summary>How many run conditions the rules have.</summary>
    internal int RunConditionCount => _runSlotOf.Count;

    /// <summary>A generated parser's emitted classification, or <c>null</c> when the rules are interpreted.</summary>
    internal RuleDispatch? Dispatch { get; }

    /// <summary>
    /// The evaluation order of rules with <paramref name="tiers"/> and dependency <paramref name="depths"/>:
    /// content rules first (a "See also" teaser is also a short line), then rules that name other
    /// sections (shallowest first, so a rule comes after every rule it names), then structural rules,
    /// then the default; declaration order within each. The generator emits dispatch in this order.
    /// </summary>
    internal static int[] OrderOf(IReadOnlyList<int> tiers, IReadOnlyList<int> depths)
    {
        var maxDepth = 0;
        foreach (var depth in depths)
        {
            maxDepth = System.Math.Max(maxDepth, depth);
        }

        var order = new List<int>(tiers.Count);
        for (var tier = 0; tier <= DefaultTier; tier++)
        {
            for (var depth = 0; depth <= maxDepth; depth++)
            {
                for (var i = 0; i < tiers.Count; i++)
                {
                    if (tiers[i] == tier && depths[i] == depth)
                    {
                        order.Add(i);
                    }
                }
            }
        }

        return order.ToArray();
    }

    private static bool SameOrder(IReadOnlyList<int>? emitted, int[] order)
    {
        if (emitted is null || emitted.Count != order.Length)
        {
            return false;
        }

        for (var i = 0; i < order.Length; i++)
        {
            if (emitted[i] != order[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tier a rule is tried in: 0 content, 1 relative, 2 structural, 3 default.</summary>
    internal static int TierOf(ArticleRule rule) => TierOf(KindsOf(rule));

    /// <summary>The tier of a rule with conditions of <paramref name="kinds"/>: the default rule last, rules naming a section in the relative tier, else the lowest condition's.</summary>
    internal static int TierOf(IEnumerable<ConditionKind> kinds)
    {
        var any = false;
        var relative = false;
        var tier = (int)ConditionTier.Structural;
        foreach (var kind in kinds)
        {
            any = true;
            var own = ConditionDescriptor.Of(kind).Tier;
            relative |= own == ConditionTier.Relative;
            tier = System.Math.Min(tier, (int)own);
        }

        return !any ? DefaultTier : relative ? (int)ConditionTier.Relative : tier;
    }

    /// <summary>Resolves section names to rules, numbers the run conditions, and gives each rule its dependency depth.</summary>
    private void ResolveSections(out int[] depth, out Dictionary<BlockCondition, int> sectionOf, out Dictionary<BlockCondition, int> runSlotOf)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = _rules.Length - 1; i >= 0; i--)
        {
            byName[_rules[i].Name] = i;
        }

        sectionOf = new Dictionary<BlockCondition, int>();
        runSlotOf = new Dictionary<BlockCondition, int>();
        var names = new List<int>[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            names[i] = new List<int>();
            foreach (var condition in _rules[i].Conditions)
            {
                if (condition.Kind == ConditionKind.InRun && !runSlotOf.ContainsKey(condition))
                {
                    runSlotOf.Add(condition, runSlotOf.Count);
                }

                if (condition.SectionName is not { } section)
                {
                    continue;
                }

                if (!byName.TryGetValue(section, out var target))
                {
                    throw new ArgumentException($"Rule '{_rules[i].Name}' of template '{Name}' names section '{section}', which no rule of the template has.", "rules");
                }

                sectionOf[condition] = target;
                names[i].Add(target);
            }
        }

        depth = DependencyDepths(names, out var cycleAt);
        if (cycleAt >= 0)
        {
            throw new ArgumentException($"Sections of template '{Name}' name each other in a cycle through rule '{_rules[cycleAt].Name}'.", "rules");
        }

        foreach (var d in depth)
        {
            MaxDepth = System.Math.Max(MaxDepth, d);
        }
    }

    /// <summary>
    /// Each rule's dependency depth — 0 for a rule that names no section, else one more than the
    /// deepest rule it names — from the rules each rule names. <paramref name="cycleAt"/> is the first
    /// rule met again while its own search is open (the names close a cycle there), or -1. The
    /// generator orders its emitted dispatch with the same function.
    /// </summary>
    internal static int[] DependencyDepths(IReadOnlyList<List<int>> named, out int cycleAt)
    {
        var depth = new int[named.Count];
        var state = new byte[named.Count];
        var cycle = -1;
        for (var i = 0; i < named.Count; i++)
        {
            Visit(i);
        }

        cycleAt = cycle;
        return depth;

        int Visit(int rule)
        {
            if (state[rule] == 2)
            {
                return depth[rule];
            }

            if (state[rule] == 1)
            {
                cycle = cycle < 0 ? rule : cycle;
                return 0;
            }

            state[rule] = 1;
            var deepest = -1;
            foreach (var target in named[rule])
            {
                deepest = System.Math.Max(deepest, Visit(target));
            }

            state[rule] = 2;
            return depth[rule] = deepest + 1;
        }
    }

    private const int DefaultTier = (int)ConditionTier.Structural + 1;

    private static IEnumerable<ConditionKind> KindsOf(ArticleRule rule)
    {
        foreach (var condition in rule.Conditions)
        {
            yield return condition.Kind;
        }
    }

    /// <summary>The whole rule table as text, one rule a line in evaluation order: two tables that describe equally run equally.</summary>
    internal string Describe()
    {
        var builder = new StringBuilder("template ").Append(Name).Append('\n');
        foreach (var index in _order)
        {
            builder.Append(index).Append(": ").Append(_rules[index].Describe()).Append('\n');
        }

        builder.Append("speech verbs ").Append(string.Join(", ", Quotations.SpeechVerbs)).Append('\n');
        return builder.ToString();
    }
}
