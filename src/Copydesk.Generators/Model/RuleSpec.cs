using System.Linq;

namespace Copydesk.Generators.Model;

/// <summary>One template rule.</summary>
/// <param name="Role">What the matched blocks are.</param>
/// <param name="Name">The section name; the generated member.</param>
/// <param name="Cardinality">How many blocks may match.</param>
/// <param name="Conditions">All must hold; empty for the default rule.</param>
/// <param name="Captures">The captures in the engine's order, with their types.</param>
/// <param name="SourceText">The rule's line as written, quoted in doc comments.</param>
/// <param name="Line">The one-based line of the template file the rule is on (for a catalog rule, its <c>use</c> line): generated members map back to it.</param>
internal sealed record RuleSpec(
    SectionRole Role,
    string Name,
    Cardinality Cardinality,
    EquatableArray<ConditionSpec> Conditions,
    EquatableArray<CaptureSpec> Captures,
    string SourceText,
    int Line = 0);

/// <summary>One condition of a rule as the template wrote it; <see cref="ConditionDescriptor"/> says what each kind means.</summary>
/// <param name="Kind">What it looks at.</param>
/// <param name="Number">The number of numeric kinds (<c>max length 90</c>), or 0.</param>
/// <param name="Literals">The literals as written (the engine normalises them).</param>
/// <param name="CaptureName">For starts-with: the capture that takes the rest.</param>
/// <param name="Pattern">For patterns: the .NET regular expression.</param>
/// <param name="IgnoreCase">For patterns the <c>i</c> flag; for literals <c>ignoring case</c>.</param>
/// <param name="Vetted">For patterns of the catalog rules whose tests vet them (<see cref="Catalog.BuiltInCatalog.VettedRules"/>, <see cref="BlockCondition.Create(ConditionKind, int, string[], string, string, bool, bool)"/>).</param>
internal sealed record ConditionSpec(
    ConditionKind Kind,
    int Number,
    EquatableArray<string> Literals,
    string? CaptureName,
    string? Pattern,
    bool IgnoreCase,
    bool Vetted = false)
{
    /// <summary>The arguments as the condition table and the engine take them.</summary>
    public ConditionArguments ToArguments() => new(Kind, Number, Literals.ToArray(), CaptureName, Pattern, IgnoreCase, Vetted);
}

/// <summary>A capture and its type.</summary>
/// <param name="Name">The generated property's name.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Format">For dates: the format.</param>
/// <param name="IsAlwaysFilled">True when every match fills it (a <c>then {…}</c> capture), so the property is not nullable.</param>
internal sealed record CaptureSpec(string Name, CaptureKind Kind, string? Format, bool IsAlwaysFilled);
