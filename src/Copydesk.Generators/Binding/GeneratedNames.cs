using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators.Binding;

/// <summary>
/// Names the emitted code uses, each computed in one place: a template's namespace, full name and
/// generated file name, and the members templates cannot declare because generated code has them.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>Members every generated parser type declares.</summary>
    public static readonly ImmutableHashSet<string> ParserMembers = ImmutableHashSet.Create(
        "Template", "Source", "Findings", "Boilerplate", "Attributions", "Notes", "CleanText", "Sections", "Section", "Unmatched",
        "UnmatchedBlock", "Parse", "TryParse",
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");

    /// <summary>Members of <c>Copydesk.TemplateBlock</c>, which every generated block type derives from: read from the type itself, not copied.</summary>
    public static readonly ImmutableHashSet<string> BlockMembers = typeof(TemplateBlock)
        .GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
        .Where(member => member is not ConstructorInfo && !member.Name.Contains("<") && !member.Name.StartsWith("get_", StringComparison.Ordinal))
        .Select(member => member.Name)
        .Append("Finalize")
        .ToImmutableHashSet();

    /// <summary>The nested type generated for a rule.</summary>
    public static string BlockType(string ruleName) => ruleName + "Block";

    /// <summary>
    /// The namespace a template's type is generated in: the one its <c>in</c> clause names, else the
    /// project's root namespace (when it is a valid namespace), else none.
    /// </summary>
    public static string NamespaceOf(string declaredNamespace, string rootNamespace) =>
        declaredNamespace.Length > 0 ? declaredNamespace : IsValidNamespace(rootNamespace) ? rootNamespace : "";

    /// <summary>The full name of a template's generated type; the generator, the emitter and the analyzers all use this one.</summary>
    public static string FullName(string declaredNamespace, string rootNamespace, string name)
    {
        var ns = NamespaceOf(declaredNamespace, rootNamespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Two templates clash when their full names differ at most in case: the generated files would share a name on Windows and macOS.</summary>
    public static readonly StringComparer FullNameComparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>The generated file's hint name for a full name.</summary>
    public static string HintName(string fullName) => fullName + ".g.cs";

    /// <summary>True when <paramref name="value"/> is a dotted sequence of usable identifiers.</summary>
    public static bool IsValidNamespace(string value) =>
        value.Length > 0 && value.Split('.').All(part => IdentifierProblem(part) is null);

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

        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return "names starting with '__' are reserved";
        }

        return null;
    }
}
