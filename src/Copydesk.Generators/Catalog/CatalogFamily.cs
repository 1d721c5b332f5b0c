using System.Collections.Immutable;
using Copydesk.Generators.Syntax;

namespace Copydesk.Generators.Catalog;

/// <summary>
/// A named family of built-in rules, written in the template language itself so that rules taken
/// from the catalog are parsed, bound, generated and analyzed exactly like hand-written ones.
/// </summary>
internal sealed class CatalogFamily
{
    private ImmutableArray<RuleSyntax> _rules;

    public CatalogFamily(string name, SectionRole role, string summary, string text)
    {
        Name = name;
        Role = role;
        Summary = summary;
        Text = text;
    }

    /// <summary>The name a template uses: <c>@boilerplate use comment-form</c>.</summary>
    public string Name { get; }

    public SectionRole Role { get; }

    /// <summary>One line for docs and messages.</summary>
    public string Summary { get; }

    /// <summary>The family's rules, one per line, in template syntax.</summary>
    public string Text { get; }

    /// <summary>The parsed rules (parsed on first use; the catalog's own tests keep them free of errors).</summary>
    public ImmutableArray<RuleSyntax> Rules
    {
        get
        {
            if (_rules.IsDefault)
            {
                _rules = TemplateParser.Parse("template Catalog\n" + Text).Rules;
            }

            return _rules;
        }
    }
}
