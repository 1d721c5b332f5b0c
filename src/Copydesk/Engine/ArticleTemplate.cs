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

    /// <summary>Creates a template.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="rules">The rules in declaration order.</param>
    /// <param name="speechVerbs">Words and phrases that attribute a quotation; <c>null</c> for <see cref="QuotationDetector.DefaultSpeechVerbs"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ArticleTemplate(string name, IEnumerable<ArticleRule> rules, IEnumerable<string>? speechVerbs = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _rules = new List<ArticleRule>(rules ?? throw new ArgumentNullException(nameof(rules))).ToArray();
        Quotations = new QuotationDetector(speechVerbs ?? QuotationDetector.DefaultSpeechVerbs);

        // Content rules first (a "See also" teaser is also a short line), then structural rules, then
        // the default; declaration order within each tier.
        var order = new List<int>(_rules.Length);
        for (var tier = 0; tier <= DefaultTier; tier++)
        {
            for (var i = 0; i < _rules.Length; i++)
            {
                if (TierOf(_rules[i]) == tier)
                {
                    order.Add(i);
                }
            }
        }

        _order = order.ToArray();
        foreach (var rule in _rules)
        {
            HasAttribution |= rule.Role == SectionRole.Attribution;
            MaxCaptures = System.Math.Max(MaxCaptures, rule.Captures.Count);
        }
    }

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

    /// <summary>The tier a rule is tried in: 0 content, 1 structural, 2 default.</summary>
    internal static int TierOf(ArticleRule rule) => TierOf(KindsOf(rule));

    /// <summary>The tier of a rule with conditions of <paramref name="kinds"/>: the default rule last, rules with a content condition first.</summary>
    internal static int TierOf(IEnumerable<ConditionKind> kinds)
    {
        var any = false;
        var tier = (int)ConditionTier.Structural;
        foreach (var kind in kinds)
        {
            any = true;
            tier = System.Math.Min(tier, (int)ConditionDescriptor.Of(kind).Tier);
        }

        return any ? tier : DefaultTier;
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
