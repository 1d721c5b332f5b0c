using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// What a parse found, derived from the classified blocks: cardinalities, attribution, boilerplate
/// runs, quotations, slow patterns. One implementation serves both the eager check a typed parser
/// needs (only what prevents a typed result) and the full list, built when first read.
/// </summary>
internal static class ArticleFindings
{
    /// <summary>
    /// The first finding that keeps a typed result from being built, or null. The per-rule counts tell
    /// whether there is one (a single section repeats, a required one or required attribution is
    /// missing: what <see cref="Collect"/> reports as preventing); only then are the blocks walked for where.
    /// </summary>
    public static ArticleFinding? FirstPreventingTypedResult(ParsedArticle article)
    {
        var rules = article.Template.RuleArray;
        var attributionRequired = false;
        var attributed = false;
        var mayPrevent = false;
        for (var r = 0; r < rules.Length && !mayPrevent; r++)
        {
            var cardinality = rules[r].Cardinality;
            var count = article.CountOf(r);
            if (rules[r].Role == SectionRole.Attribution)
            {
                attributionRequired |= cardinality.IsRequired();
                attributed |= count > 0;
            }
            else
            {
                mayPrevent = count == 0 && cardinality.IsRequired();
            }

            mayPrevent |= count > 1 && cardinality.IsSingle();
        }

        if (!mayPrevent && !(attributionRequired && !attributed))
        {
            return null;
        }

        var errors = Collect(article, preventingOnly: true);
        return errors.Length > 0 ? errors[0] : null;
    }

    /// <summary>Every kind of finding, for <see cref="Collect"/>'s <c>kinds</c>.</summary>
    public const int AllKinds = -1;

    /// <summary>The bit of <paramref name="kind"/> in a set of kinds.</summary>
    public static int KindBit(FindingKind kind) => 1 << (int)kind;

    /// <summary>
    /// The findings of <paramref name="article"/> in order of position; only those that prevent a typed
    /// result when <paramref name="preventingOnly"/>, and only those of the <paramref name="kinds"/> asked
    /// for (<see cref="KindBit"/>s: the analyzers leave out what is switched off, and a paragraph's quotation
    /// check is not made when nobody reads its finding). Reads blocks' texts only for the findings it makes.
    /// </summary>
    public static ArticleFinding[] Collect(ParsedArticle article, bool preventingOnly, int kinds = AllKinds)
    {
        var timeouts = !preventingOnly && Asked(kinds, FindingKind.PatternTimeout);
        var unmatched = !preventingOnly && Asked(kinds, FindingKind.UnmatchedBlock);
        var repeated = Asked(kinds, FindingKind.RepeatedSection);
        var boilerplate = !preventingOnly && Asked(kinds, FindingKind.BoilerplateFound);
        var quotations = !preventingOnly && Asked(kinds, FindingKind.UnattributedQuotation);
        var template = article.Template;
        var rules = template.RuleArray;
        var count = article.BlockCount;
        List<ArticleFinding>? findings = null;
        // The first block each rule took, or -1; how many it took in all the article already counted.
        var firstMatch = new int[rules.Length];
        for (var r = 0; r < firstMatch.Length; r++)
        {
            firstMatch[r] = -1;
        }

        var attributed = false;
        // The open run of consecutive boilerplate blocks: its first block, its length, its finding's index.
        var runStart = -1;
        var runLength = 0;
        var runFinding = -1;

        for (var index = 0; index < count; index++)
        {
            var matchedIndex = article.RuleIndexAt(index);
            var matched = matchedIndex < 0 ? null : rules[matchedIndex];
            var span = article.SpanAt(index);
            if (timeouts && article.TimeoutAt(index) is { } slow)
            {
                Add(ref findings, new ArticleFinding(FindingKind.PatternTimeout, template.Name, slow.Name, span, article, index, preventsTypedResult: false));
            }

            if (matched?.Role != SectionRole.Boilerplate)
            {
                CloseRun(findings, article, runStart, index - 1, runLength, runFinding);
                runStart = -1;
            }

            if (matched is null)
            {
                if (unmatched)
                {
                    Add(ref findings, new ArticleFinding(FindingKind.UnmatchedBlock, template.Name, null, span, article, index, preventsTypedResult: false));
                }

                continue;
            }

            if (firstMatch[matchedIndex] < 0)
            {
                firstMatch[matchedIndex] = index;
            }
            else if (repeated && matched.Cardinality.IsSingle())
            {
                Add(ref findings, new ArticleFinding(
                    FindingKind.RepeatedSection, template.Name, matched.Name, span, article, index, preventsTypedResult: true, relatedLine: article.SpanAt(firstMatch[matchedIndex]).Line));
            }

            switch (matched.Role)
            {
                case SectionRole.Attribution:
                    attributed = true;
                    break;
                case SectionRole.Boilerplate when boilerplate:
                    // Consecutive boilerplate blocks (a menu, a footer) are one finding at the first, with the count.
                    if (runStart < 0)
                    {
                        runFinding = findings?.Count ?? 0;
                        Add(ref findings, new ArticleFinding(FindingKind.BoilerplateFound, template.Name, matched.Name, span, article, index, preventsTypedResult: false));
                        runStart = index;
                        runLength = 1;
                    }
                    else
                    {
                        runLength++;
                    }

                    break;
                case SectionRole.Paragraph when quotations:
                    // Most paragraphs quote no one: they are asked where they stand. A quoting one is read word by
                    // word where it stands when its white space is regular, else from its made text.
                    if (QuotationDetector.HasQuotation(article.Text, span.Offset, span.Length) &&
                        article.LocatedAt(index) is var (quoted, start, stop) && !template.Quotations.IsAttributed(quoted, start, stop))
                    {
                        Add(ref findings, new ArticleFinding(FindingKind.UnattributedQuotation, template.Name, matched.Name, span, article, index, preventsTypedResult: false));
                    }

                    break;
            }
        }

        CloseRun(findings, article, runStart, count - 1, runLength, runFinding);

        // Missing sections are reported where they were expected by: the last block.
        var end = count > 0 ? article.SpanAt(count - 1) : new SourceSpan(0, 0, 1, 1);
        List<string>? attributionNames = null;
        var attributionRequired = false;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (rule.Role == SectionRole.Attribution)
            {
                (attributionNames ??= new List<string>()).Add(rule.Name);
                attributionRequired |= rule.Cardinality.IsRequired();
                continue;
            }

            if (article.CountOf(r) == 0 && rule.Cardinality.IsRequired() && Asked(kinds, FindingKind.MissingRequiredSection))
            {
                Add(ref findings, new ArticleFinding(FindingKind.MissingRequiredSection, template.Name, rule.Name, end, null, preventsTypedResult: true));
            }
        }

        if (attributionNames is not null && !attributed && (attributionRequired || !preventingOnly) && Asked(kinds, FindingKind.MissingAttribution))
        {
            var names = (attributionNames.Count == 1 ? "rule '" : "any of the rules '") + string.Join("', '", attributionNames) + "'";
            Add(ref findings, new ArticleFinding(
                FindingKind.MissingAttribution, template.Name, attributionNames[0], end, null, preventsTypedResult: attributionRequired, detail: names));
        }

        if (!preventingOnly && Asked(kinds, FindingKind.PatternBudgetSpent) && article.Budget is { SkippedRule: { } skipped } budget)
        {
            Add(ref findings, new ArticleFinding(FindingKind.PatternBudgetSpent, template.Name, skipped.Name, budget.SkippedAt, budget.SkippedText, preventsTypedResult: false));
        }

        if (findings is null)
        {
            return NoFindings;
        }

        if (findings.Count > 1)
        {
            findings.Sort(CompareFindings);
        }

        return findings.ToArray();
    }

    private static readonly ArticleFinding[] NoFindings = new ArticleFinding[0];

    private static bool Asked(int kinds, FindingKind kind) => (kinds & KindBit(kind)) != 0;

    private static void Add(ref List<ArticleFinding>? findings, ArticleFinding finding) => (findings ??= new List<ArticleFinding>()).Add(finding);

    /// <summary>When a run of more than one boilerplate block ends at block <paramref name="last"/>, its finding covers the whole run.</summary>
    private static void CloseRun(List<ArticleFinding>? findings, ParsedArticle article, int first, int last, int length, int finding)
    {
        if (first < 0 || length < 2)
        {
            return;
        }

        var start = article.SpanAt(first);
        var span = new SourceSpan(start.Offset, article.SpanAt(last).End - start.Offset, start.Line, start.Column);
        findings![finding] = new ArticleFinding(
            FindingKind.BoilerplateFound, article.Template.Name, article.RuleAt(first)!.Name, span, article, first, preventsTypedResult: false, blockCount: length);
    }

    private static int CompareFindings(ArticleFinding left, ArticleFinding right)
    {
        var byOffset = left.Span.Offset.CompareTo(right.Span.Offset);
        return byOffset != 0 ? byOffset : left.Kind.CompareTo(right.Kind);
    }
}
