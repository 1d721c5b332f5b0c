#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>How many blocks of an article a rule may match.</summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
enum Cardinality
{
    /// <summary>Exactly one block (no suffix in a template).</summary>
    One,

    /// <summary>Zero or one block (<c>?</c>).</summary>
    Optional,

    /// <summary>Any number of blocks (<c>*</c>).</summary>
    Many,

    /// <summary>At least one block (<c>+</c>).</summary>
    OneOrMore,
}

/// <summary>Helpers over <see cref="Cardinality"/>.</summary>
internal static class CardinalityFacts
{
    /// <summary>True when an article must contain at least one matching block.</summary>
    public static bool IsRequired(this Cardinality cardinality) =>
        cardinality == Cardinality.One || cardinality == Cardinality.OneOrMore;

    /// <summary>True when an article may contain at most one matching block.</summary>
    public static bool IsSingle(this Cardinality cardinality) =>
        cardinality == Cardinality.One || cardinality == Cardinality.Optional;
}
