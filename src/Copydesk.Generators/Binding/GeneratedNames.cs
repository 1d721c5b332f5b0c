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
    /// <summary>
    /// A section name no rule has yet, for fixes that add or rename a rule: the first of
    /// <paramref name="preferred"/> that is free, else <paramref name="stem"/> with the first free number from 2.
    /// </summary>
    public static string FreeName(System.Collections.Generic.ISet<string> taken, string stem, params string[] preferred)
    {
        foreach (var candidate in preferred)
        {
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }

        for (var n = 2; ; n++)
        {
            var numbered = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Contains(numbered))
            {
                return numbered;
            }
        }
    }

    /// <summary>Members every generated parser type declares.</summary>
    public static readonly ImmutableHashSet<string> ParserMembers = ImmutableHashSet.Create(
        "Template", "Source", "Findings", "Boilerplate", "Attributions", "Notes", "CleanText", "StoryText", "Sections", "Section", "Unmatched",
        "UnmatchedBlock", "Parse", "TryParse", Emit.DispatchEmitter.MethodName,
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals");

    /// <summary>Members of <c>Copydesk.TemplateBlock</c>, which every generated block type derives from: read from the type itself, not copied.</summary>
    public static readonly ImmutableHashSet<string> BlockMembers = typeof(TemplateBlock)
        .GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
        .Where(member => member is not ConstructorInfo && !member.Name.Contains("<") && !member.Name.StartsWith("get_", StringComparison.Ordinal) && !IsPrivate(member))
        .Select(member => member.Name)
        .Append("Finalize")
        .ToImmutableHashSet();

    // A derived block type's capture does not clash with what the base keeps private (its fields, say).
    private static bool IsPrivate(MemberInfo member) => member is FieldInfo { IsPrivate: true } or MethodBase { IsPrivate: true };

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

    /// <summary>
    /// Full names of the runtime library's public types (read from its PublicAPI files, embedded in
    /// this assembly): a template of the same full name would hide them from generated code.
    /// </summary>
    public static readonly ImmutableHashSet<string> RuntimeTypes = ReadRuntimeTypes();

    /// <summary>Names generated code starts a <c>global::</c> name with: a type of that name in the global namespace would hide them.</summary>
    public static readonly ImmutableHashSet<string> GlobalRoots = ImmutableHashSet.Create("Copydesk", "System");

    /// <summary>Why <paramref name="name"/> cannot name a generated type or a namespace part, or <c>null</c>.</summary>
    /// <remarks>Contextual keywords are refused too: <c>record</c>, <c>file</c>, <c>required</c>, <c>scoped</c> break a type declaration, <c>nameof</c> a namespace.</remarks>
    public static string? TypeNameProblem(string name) =>
        IdentifierProblem(name) ?? (SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "it is a C# contextual keyword" : null);

    private static ImmutableHashSet<string> ReadRuntimeTypes()
    {
        var types = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var resource in new[] { "Copydesk.PublicAPI.Shipped.txt", "Copydesk.PublicAPI.Unshipped.txt" })
        {
            using var stream = typeof(GeneratedNames).Assembly.GetManifestResourceStream(resource);
            if (stream is null)
            {
                continue;
            }

            using var reader = new System.IO.StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                // A type's own line is just its full name: "Copydesk.ArticleBlock". Built-in templates
                // (Copydesk.Templates.*) are generated from templates, and a project's template of the same name replaces them.
                if (line.Length > 0 && line[0] != '#' && line.IndexOf(' ') < 0 && line.IndexOf('(') < 0 &&
                    !line.StartsWith("Copydesk.Templates.", StringComparison.Ordinal))
                {
                    types.Add(line);
                }
            }
        }

        return types.ToImmutable();
    }

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
