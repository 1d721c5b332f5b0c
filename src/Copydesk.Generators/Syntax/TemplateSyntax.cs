using System.Collections.Immutable;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Syntax;

/// <summary>A parsed template file: every statement with its tokens, and every error found.</summary>
internal sealed record TemplateSyntaxTree(
    TemplateDeclarationSyntax? Declaration,
    ImmutableArray<RuleSyntax> Rules,
    ImmutableArray<CatalogUseSyntax> CatalogUses,
    SpeechVerbsSyntax? SpeechVerbs,
    ImmutableArray<DirectiveSyntax> Directives,
    ImmutableArray<TemplateDiagnostic> Diagnostics,
    ImmutableArray<int> LineStarts)
{
    /// <summary>The zero-based line of <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        var index = LineStarts.BinarySearch(position);
        return index >= 0 ? index : System.Math.Max(0, ~index - 1);
    }
}

/// <summary><c>[public|internal] template Name [in Namespace]</c>.</summary>
internal sealed record TemplateDeclarationSyntax(TemplateToken? Accessibility, TemplateToken Keyword, TemplateToken? Name, TemplateToken? Namespace, TextSpan Span);

/// <summary><c>@role Name[?*+] condition and condition …</c> or <c>@role Name[?*+] otherwise</c>.</summary>
internal sealed record RuleSyntax(
    TemplateToken Annotation,
    SectionRole? Role,
    TemplateToken? Name,
    TemplateToken? Cardinality,
    ImmutableArray<ConditionSyntax> Conditions,
    TemplateToken? Otherwise,
    TextSpan Span,
    string Text);

/// <summary><c>@role use family, family [except family, …]</c>: rules taken from the built-in catalog.</summary>
internal sealed record CatalogUseSyntax(
    TemplateToken Annotation,
    SectionRole? Role,
    ImmutableArray<TemplateToken> Families,
    ImmutableArray<TemplateToken> Excluded,
    TextSpan Span,
    string Text);

/// <summary>One condition of a rule, with the tokens it was read from.</summary>
internal sealed record ConditionSyntax(
    ConditionKind Kind,
    TextSpan Span,
    int Number,
    ImmutableArray<TemplateToken> Literals,
    CaptureSyntax? ThenCapture,
    TemplateToken? Pattern,
    ImmutableArray<CaptureSyntax> TypedCaptures,
    bool IgnoreCase = false);

/// <summary><c>{Name}</c>, <c>{Name:int}</c> or <c>{Name:date("d MMMM yyyy")}</c>.</summary>
internal sealed record CaptureSyntax(TemplateToken Name, TemplateToken? Type, TemplateToken? Format, TextSpan Span);

/// <summary><c>speech verbs [also] "said", "told" …</c>.</summary>
internal sealed record SpeechVerbsSyntax(bool Also, ImmutableArray<TemplateToken> Verbs, TextSpan Span);

/// <summary><c># copydesk: disable ART0005 ART0009</c>: diagnostics the template switches off for itself.</summary>
internal sealed record DirectiveSyntax(ImmutableArray<(string Id, TextSpan Span)> Ids, TextSpan Span);
