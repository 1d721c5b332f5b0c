using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Analyzers;

/// <summary>Why a file's text cannot be analyzed, or <c>null</c> when it can.</summary>
internal static class TextProblems
{
    public static string? Describe(SourceText? text)
    {
        if (text is null)
        {
            return "the file could not be read";
        }

        if (LegacyEncoding(text) is { } encoding)
        {
            return $"it was read as {encoding}";
        }

        var content = text.ToString();
        if (content.IndexOf('\0') >= 0)
        {
            return "it contains NUL characters, as binary files do";
        }

        if (content.IndexOf('\uFFFD') >= 0)
        {
            return "it contains invalid byte sequences";
        }

        return null;
    }

    /// <summary>The legacy code page the text was read with, or <c>null</c>: the compiler falls back to one when a file is not valid UTF-8.</summary>
    public static string? LegacyEncoding(SourceText text)
    {
        var encoding = text.Encoding;
        return encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage && encoding is not UnicodeEncoding && encoding is not UTF32Encoding
            ? encoding.WebName
            : null;
    }
}
