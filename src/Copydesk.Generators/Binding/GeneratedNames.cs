using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators.Binding;

/// <summary>Names the emitted code uses, so templates cannot declare sections or captures that clash with them.</summary>
public static class GeneratedNames
{
    /// <summary>Members every generated parser type declares.</summary>
    public static readonly ImmutableHashSet<string> ParserMembers = ImmutableHashSet.Create(
        "Template", "Source", "Findings", "Boilerplate", "Attributions", "Notes", "CleanText", "Sections", "Section", "Unmatched",
        "UnmatchedBlock", "Parse", "TryParse",
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");

    /// <summary>Members of <c>Copydesk.TemplateBlock</c>, which every generated block type derives from.</summary>
    public static readonly ImmutableHashSet<string> BlockMembers = ImmutableHashSet.Create(
        "Block", "Text", "Span", "Line", "Column", "Offset", "Length", "RuleName",
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");

    /// <summary>The nested type generated for a rule.</summary>
    public static string BlockType(string ruleName) => ruleName + "Block";

    /// <summary>Why <paramref name="name"/> is not a usable C# identifier, or <c>null</c> if it is.</summary>
    public static string? IdentifierProblem(string name)
    {
        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            return "it is not a valid C# identifier";
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.VarKeyword)
        {
            return "it is a C# keyword";
        }

        if (name.StartsWith("__", System.StringComparison.Ordinal))
        {
            return "names starting with '__' are reserved";
        }

        return null;
    }
}
