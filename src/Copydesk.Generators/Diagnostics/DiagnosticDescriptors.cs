using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Copydesk.Generators.Diagnostics;

/// <summary>
/// Every diagnostic Copydesk reports. ART00xx concern templates, ART01xx articles. Each ID has a page
/// in docs/diagnostics and a row in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string TemplateCategory = "Copydesk.Templates";
    private const string ArticleCategory = "Copydesk.Articles";
    private const string HelpBase = "https://github.com/copydesk/copydesk/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor TemplateSyntaxError = Template(
        "ART0001", "Template syntax error", "Template syntax error: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownRole = Template(
        "ART0002", "Unknown role annotation", "Unknown role annotation '{0}'{1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidPattern = Template(
        "ART0003", "Invalid regular expression", "Invalid regular expression in rule '{0}': {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidName = Template(
        "ART0004", "Invalid name", "'{0}' cannot be used as a {1} name: {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoAttribution = Template(
        "ART0005", "Template declares no attribution section", "Template '{0}' declares no attribution section, so its articles cannot credit their source", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateName = Template(
        "ART0006", "Duplicate name", "{0} '{1}' is declared more than once in template '{2}'", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateTemplate = Template(
        "ART0007", "Template name declared in two files", "Template '{0}' is also declared in '{1}' (generated names compare ignoring case); only one parser is generated, from {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoHeadline = Template(
        "ART0008", "Template declares no headline", "Template '{0}' declares no @headline rule", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreachableRule = Template(
        "ART0009", "Rule can never match", "Rule '{0}' can never match: rule '{1}' is tried first and accepts every block '{0}' would", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidCapture = Template(
        "ART0010", "Unsupported capture type or format", "Capture '{0}' of rule '{1}': {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ContradictoryCardinality = Template(
        "ART0011", "Contradictory cardinality", "Rule '{0}' is declared '{1}' but {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Template(
        "ART0012", "C# language version too old for generated parsers", "Copydesk generates parsers that need C# 8 or newer, and this project compiles C# {0}; no parser is generated for '{1}': set <LangVersion>8</LangVersion> or newer", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyTemplate = Template(
        "ART0013", "Empty template file", "'{0}' holds no template: declare one with 'template Name', or remove the file", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CatalogRuleClash = Template(
        "ART0014", "Rule clashes with a catalog rule", "Rule '{0}' clashes with the rule of the same name that '{1}' takes from catalog family '{2}'; rename it or leave the family out with 'except {2}'", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownCatalogFamily = Template(
        "ART0015", "Unknown catalog family", "'{0}' is not a {1} family of the catalog{2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingAttribution = Article(
        "ART0101", "Article has no attribution", "{0}");

    public static readonly DiagnosticDescriptor BoilerplateFound = Article(
        "ART0102", "Boilerplate left in the article", "{0}");

    public static readonly DiagnosticDescriptor MissingRequiredSection = Article(
        "ART0103", "Required section missing", "{0}");

    public static readonly DiagnosticDescriptor UnmatchedBlock = Article(
        "ART0104", "No rule accepts the block", "{0}");

    public static readonly DiagnosticDescriptor UnattributedQuotation = Article(
        "ART0105", "Quotation without attribution", "{0}");

    public static readonly DiagnosticDescriptor UnknownTemplate = Article(
        "ART0106", "Article linked to an unknown template", "The article is linked to template '{0}'{1}");

    public static readonly DiagnosticDescriptor InvalidText = Article(
        "ART0107", "File is not valid UTF-8 text", "'{0}' is not valid UTF-8 text ({1}); Copydesk cannot read it");

    public static readonly DiagnosticDescriptor RepeatedSection = Article(
        "ART0108", "Single section occurs again", "{0}");

    public static readonly DiagnosticDescriptor PatternTimeout = Article(
        "ART0109", "Pattern ran out of time", "{0}");

    public static readonly DiagnosticDescriptor PatternBudgetSpent = Article(
        "ART0110", "Backtracking patterns spent the article's time budget", "{0}");

    public static readonly DiagnosticDescriptor BacktrackingPattern = Template(
        "ART0016", "Pattern needs backtracking", "The pattern of rule '{0}' needs the backtracking engine (it has {1}): it runs with a one-second limit per block and a two-second budget per article, so on hostile text its result can depend on the machine's speed", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PatternTooLong = Template(
        "ART0017", "Pattern too long", "The pattern of rule '{0}' has {1} characters; patterns may have at most {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooManyProblems = Template(
        "ART0018", "Too many problems", "{0} more problems in this template are not shown ({1}); fix the ones above first", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableTemplate = Template(
        "ART0019", "Template text cannot be read", "The template contains {0} at this position: it is not a text file, or it was saved in an encoding other than UTF-8", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownSection = Template(
        "ART0020", "Condition names an unknown section", "Rule '{0}' names section '{1}', which no rule of template '{2}' declares{3}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SectionCycle = Template(
        "ART0021", "Sections name each other in a cycle", "Rule '{0}' depends on itself: {1}; a section can only be placed relative to sections placed without it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConditionsNeverHold = Template(
        "ART0022", "Condition can never hold", "Rule '{0}' can never match: {1}", DiagnosticSeverity.Warning);

    /// <summary>Every descriptor, by ID.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        TemplateSyntaxError, UnknownRole, InvalidPattern, InvalidName, NoAttribution, DuplicateName,
        DuplicateTemplate, NoHeadline, UnreachableRule, InvalidCapture, ContradictoryCardinality,
        LanguageVersionTooOld, EmptyTemplate, CatalogRuleClash, UnknownCatalogFamily, MissingAttribution, BoilerplateFound, MissingRequiredSection, UnmatchedBlock,
        UnattributedQuotation, UnknownTemplate, InvalidText, RepeatedSection, PatternTimeout,
        PatternBudgetSpent, BacktrackingPattern, PatternTooLong, TooManyProblems, UnreadableTemplate,
        UnknownSection, SectionCycle, ConditionsNeverHold,
    }.ToImmutableDictionary(d => d.Id);

    public static ImmutableArray<DiagnosticDescriptor> All => ById.Values.OrderBy(d => d.Id).ToImmutableArray();

    /// <summary>Every kind of finding the engine reports, read once.</summary>
    public static ImmutableArray<FindingKind> FindingKinds { get; } = ((FindingKind[])Enum.GetValues(typeof(FindingKind))).ToImmutableArray();

    /// <summary>The article descriptor for each kind of finding the engine reports.</summary>
    public static DiagnosticDescriptor ForFinding(FindingKind kind) => kind switch
    {
        FindingKind.MissingAttribution => MissingAttribution,
        FindingKind.BoilerplateFound => BoilerplateFound,
        FindingKind.MissingRequiredSection => MissingRequiredSection,
        FindingKind.RepeatedSection => RepeatedSection,
        FindingKind.UnmatchedBlock => UnmatchedBlock,
        FindingKind.PatternTimeout => PatternTimeout,
        FindingKind.PatternBudgetSpent => PatternBudgetSpent,
        _ => UnattributedQuotation,
    };

    private static DiagnosticDescriptor Template(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, TemplateCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    private static DiagnosticDescriptor Article(string id, string title, string message) =>
        new(id, title, message, ArticleCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
