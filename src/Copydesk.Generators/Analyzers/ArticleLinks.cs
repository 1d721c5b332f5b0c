using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Copydesk.Generators.Analyzers;

/// <summary>
/// Which template an additional file is an article of: its <c>ArticleTemplate</c> item metadata, or,
/// for items marked <c>CopydeskArticle="true"</c> without one, the project's
/// <c>CopydeskDefaultTemplate</c> property. Both reach the analyzer through
/// <c>CompilerVisibleItemMetadata</c> / <c>CompilerVisibleProperty</c>.
/// </summary>
internal sealed class ArticleLinks
{
    public const string TemplateMetadata = "build_metadata.AdditionalFiles.ArticleTemplate";
    public const string ArticleMetadata = "build_metadata.AdditionalFiles.CopydeskArticle";
    public const string DefaultTemplateProperty = "build_property.CopydeskDefaultTemplate";

    private readonly string? _defaultTemplate;

    private ArticleLinks(string? defaultTemplate)
    {
        _defaultTemplate = defaultTemplate;
    }

    public static ArticleLinks From(AnalyzerConfigOptions globalOptions) =>
        new(globalOptions.TryGetValue(DefaultTemplateProperty, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null);

    /// <summary>The template name the file is linked to; empty when it is marked an article but names none; <c>null</c> when it is no article.</summary>
    public string? TemplateFor(AnalyzerOptions options, AdditionalText file)
    {
        var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
        if (fileOptions.TryGetValue(TemplateMetadata, out var template) && !string.IsNullOrWhiteSpace(template))
        {
            return template.Trim();
        }

        if (fileOptions.TryGetValue(ArticleMetadata, out var marked) && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return _defaultTemplate ?? string.Empty;
        }

        return null;
    }
}
