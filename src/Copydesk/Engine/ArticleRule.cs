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
/// One rule of a template: a role, a name (the generated member), a cardinality and the conditions a
/// block must meet. A rule without conditions is the template's default (<c>otherwise</c>).
/// </summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class ArticleRule
{
    internal static readonly string?[] NoCaptures = new string?[0];

    private readonly BlockCondition[] _conditions;
    private readonly CaptureDefinition[] _captures;

    /// <summary>Creates a rule.</summary>
    /// <param name="role">What the matched blocks are.</param>
    /// <param name="name">The section name.</param>
    /// <param name="cardinality">How many blocks may match.</param>
    /// <param name="conditions">All must hold; none makes this the default rule.</param>
    /// <param name="captureTypes">Types of captures that are not strings; a capture no condition fills is an error.</param>
    /// <exception cref="ArgumentException">A typed capture is not filled by any condition.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ArticleRule(SectionRole role, string name, Cardinality cardinality, IEnumerable<BlockCondition>? conditions = null, IEnumerable<CaptureDefinition>? captureTypes = null)
    {
        Role = role;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Cardinality = cardinality;
        _conditions = conditions is null ? new BlockCondition[0] : new List<BlockCondition>(conditions).ToArray();

        var captures = new List<CaptureDefinition>();
        var typed = new Dictionary<string, CaptureDefinition>(StringComparer.Ordinal);
        if (captureTypes is not null)
        {
            foreach (var capture in captureTypes)
            {
                typed[capture.Name] = capture;
            }
        }

        foreach (var condition in _conditions)
        {
            foreach (var captureName in condition.CaptureNames)
            {
                if (captures.Exists(c => c.Name == captureName))
                {
                    continue;
                }

                captures.Add(typed.TryGetValue(captureName, out var definition) ? definition : new CaptureDefinition(captureName));
                typed.Remove(captureName);
            }
        }

        foreach (var unused in typed.Keys)
        {
            throw new ArgumentException($"Capture '{unused}' of rule '{name}' is not filled by any condition.", nameof(captureTypes));
        }

        _captures = captures.ToArray();
    }

    /// <summary>What the matched blocks are.</summary>
    public SectionRole Role { get; }

    /// <summary>The section name.</summary>
    public string Name { get; }

    /// <summary>How many blocks may match.</summary>
    public Cardinality Cardinality { get; }

    /// <summary>The conditions, all of which must hold.</summary>
    public IReadOnlyList<BlockCondition> Conditions => _conditions;

    internal BlockCondition[] ConditionArray => _conditions;

    /// <summary>The captures the rule fills, in a fixed order (generated code reads them by index).</summary>
    public IReadOnlyList<CaptureDefinition> Captures => _captures;

    /// <summary>True for the default rule, which accepts any block no other rule takes.</summary>
    public bool IsDefault => _conditions.Length == 0;

    /// <summary>Position of the named capture in <see cref="Captures"/>, or -1.</summary>
    public int IndexOfCapture(string name)
    {
        for (var i = 0; i < _captures.Length; i++)
        {
            if (string.Equals(_captures[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Tests every condition; captures are written to <paramref name="scratch"/> and copied out only on a match.</summary>
    internal bool TryMatch(BlockView block, string?[] scratch, out string?[] captures)
    {
        captures = NoCaptures;
        if (_captures.Length > 0)
        {
            System.Array.Clear(scratch, 0, _captures.Length);
        }

        foreach (var condition in _conditions)
        {
            if (!condition.Test(block, scratch, this))
            {
                return false;
            }
        }

        if (_captures.Length == 0)
        {
            return true;
        }

        for (var i = 0; i < _captures.Length; i++)
        {
            var value = scratch[i];
            if (value is not null && !_captures[i].Accepts(value))
            {
                return false;
            }
        }

        captures = new string?[_captures.Length];
        System.Array.Copy(scratch, captures, _captures.Length);
        return true;
    }

    /// <summary>True when every condition other than run conditions holds (what a run is made of).</summary>
    internal bool TestOtherThanRuns(BlockView block, string?[] scratch)
    {
        foreach (var condition in _conditions)
        {
            if (condition.Kind != ConditionKind.InRun && !condition.Test(block, scratch, this))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => "@" + Role.ToString().ToLowerInvariant() + " " + Name;

    /// <summary>The rule as one template line, with its captures' types: equal rules describe equally.</summary>
    internal string Describe()
    {
        var builder = new StringBuilder(ToString());
        builder.Append(Cardinality switch
        {
            Cardinality.Optional => "?",
            Cardinality.Many => "*",
            Cardinality.OneOrMore => "+",
            _ => "",
        });
        builder.Append(IsDefault ? " otherwise" : " " + string.Join(" and ", Array.ConvertAll(_conditions, c => c.ToString())));
        foreach (var capture in _captures)
        {
            builder.Append(" {").Append(capture.Name).Append(':').Append(CaptureType.Of(capture.Kind).Keyword);
            builder.Append(capture.Format is null ? "}" : "(\"" + capture.Format + "\")}");
        }

        return builder.ToString();
    }
}
