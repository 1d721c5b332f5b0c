using System;

namespace Copydesk.Generators;

/// <summary>How Copydesk recognises its files among a project's AdditionalFiles.</summary>
internal static class TemplateFiles
{
    public const string Extension = ".article";

    public static bool IsTemplate(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without folders, for messages and doc comments (string work only, no I/O).</summary>
    public static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
