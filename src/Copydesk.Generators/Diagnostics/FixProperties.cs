using System.Collections.Immutable;
using System.Globalization;

namespace Copydesk.Generators.Diagnostics;

/// <summary>
/// What a code fix needs to know, carried in a diagnostic's properties: the one place their keys
/// are defined. A fix replaces the diagnostic's span with <see cref="Replacement"/>, or inserts
/// <see cref="Insertion"/> at <see cref="InsertAt"/> in the file <see cref="TargetPath"/> names
/// (the diagnostic's own file when absent; offset -1 is the file's end, after a line break the fix
/// adds when the file lacks one); <see cref="Title"/> is what the IDE shows.
/// </summary>
internal static class FixProperties
{
    public const string Title = "CopydeskFixTitle";
    public const string Replacement = "CopydeskReplacement";
    public const string Insertion = "CopydeskInsertion";
    public const string InsertAt = "CopydeskInsertAt";
    public const string TargetPath = "CopydeskTargetPath";

    public static readonly ImmutableDictionary<string, string?> None = ImmutableDictionary<string, string?>.Empty;

    /// <summary>Replace the diagnostic's span with <paramref name="replacement"/>.</summary>
    public static ImmutableDictionary<string, string?> Replace(string title, string replacement) =>
        None.Add(Title, title).Add(Replacement, replacement);

    /// <summary>Insert <paramref name="text"/> at <paramref name="offset"/> of the file at <paramref name="path"/> (the diagnostic's file when <c>null</c>).</summary>
    public static ImmutableDictionary<string, string?> Insert(string title, string text, int offset, string? path = null)
    {
        var properties = None.Add(Title, title).Add(Insertion, text).Add(InsertAt, offset.ToString(CultureInfo.InvariantCulture));
        return path is null ? properties : properties.Add(TargetPath, path);
    }
}
