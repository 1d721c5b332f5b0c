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

        // The compiler falls back to a legacy code page when a file is not valid UTF-8.
        var encoding = text.Encoding;
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage && encoding is not UnicodeEncoding && encoding is not UTF32Encoding)
        {
            return $"it was read as {encoding.WebName}";
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
}
