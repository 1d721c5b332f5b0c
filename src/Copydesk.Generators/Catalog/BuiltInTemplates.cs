using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Copydesk.Generators.Catalog;

/// <summary>
/// Templates that ship with Copydesk. Their parsers are compiled into the Copydesk library; the
/// analyzers know them by name so articles can be linked to them without a template file.
/// </summary>
internal static class BuiltInTemplates
{
    public const string NewsArticleResource = "Copydesk.Templates.NewsArticle.article";

    /// <summary>The NewsArticle template as an additional file that lives in the analyzer assembly.</summary>
    public static AdditionalText NewsArticle() => new InMemoryAdditionalText("Copydesk/Templates/NewsArticle.article", Read(NewsArticleResource));

    private static string Read(string resource)
    {
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
