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
    /// The findings in order of position; only those that prevent a typed result when
    /// <paramref name="preventingOnly"/>. <paramref name="timeouts"/> holds, per block, the first rule
    /// whose pattern ran out of time on it (null when none did).
    /// </summary>
    public static ArticleFinding[] Collect(ArticleTemplate template, ArticleBlock[] blocks, ArticleRule?[]? timeouts, PatternBudget? budget, bool preventingOnly)
    {
        var rules = template.RuleArray;
        var count = blocks.Length;
        List<ArticleFinding>? findings = null;
        var matchCounts = new int[rules.Length];
        var firstMatch = new ArticleBlock?[rules.Length];
        var attributed = false;
        // The open run of consecutive boilerplate blocks: its first block, its length, its finding's index.
        ArticleBlock? runStart = null;
        var runLength = 0;
        var runFinding = -1;

        for (var index = 0; index < count; index++)
        {
            var block = blocks[index];
            var matched = block.Rule;
            if (!preventingOnly && timeouts?[index] is { } slow)
            {
                Add(ref findings, new ArticleFinding(FindingKind.PatternTimeout, template.Name, slow.Name, block.Span, block.Text, preventsTypedResult: false));
            }

            if (matched?.Role != SectionRole.Boilerplate)
            {
                CloseRun(findings, template, runStart, blocks, index - 1, runLength, runFinding);
                runStart = null;
            }

            if (matched is null)
            {
                if (!preventingOnly)
                {
                    Add(ref findings, new ArticleFinding(FindingKind.UnmatchedBlock, template.Name, null, block.Span, block.Text, preventsTypedResult: false));
                }

                continue;
            }

            var matchedIndex = block.RuleIndex;
            if (matchCounts[matchedIndex]++ == 0)
            {
                firstMatch[matchedIndex] = block;
            }
            else if (matched.Cardinality.IsSingle())
            {
                Add(ref findings, new ArticleFinding(
                    FindingKind.RepeatedSection, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: true, relatedLine: firstMatch[matchedIndex]!.Span.Line));
            }

            switch (matched.Role)
            {
                case SectionRole.Attribution:
                    attributed = true;
                    break;
                case SectionRole.Boilerplate when !preventingOnly:
                    // Consecutive boilerplate blocks (a menu, a footer) are one finding at the first, with the count.
                    if (runStart is null)
                    {
                        runFinding = findings?.Count ?? 0;
                        Add(ref findings, new ArticleFinding(FindingKind.BoilerplateFound, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: false));
                        runStart = block;
                        runLength = 1;
                    }
                    else
                    {
                        runLength++;
                    }

                    break;
                case SectionRole.Paragraph when !preventingOnly:
                    if (template.Quotations.IsUnattributedQuotation(block.Text))
                    {
                        Add(ref findings, new ArticleFinding(FindingKind.UnattributedQuotation, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: false));
                    }

                    break;
            }
        }

        CloseRun(findings, template, runStart, blocks, count - 1, runLength, runFinding);

        // Missing sections are reported where they were expected by: the last block.
        var end = count > 0 ? blocks[count - 1].Span : new SourceSpan(0, 0, 1, 1);
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

            if (matchCounts[r] == 0 && rule.Cardinality.IsRequired())
            {
                Add(ref findings, new ArticleFinding(FindingKind.MissingRequiredSection, template.Name, rule.Name, end, null, preventsTypedResult: true));
            }
        }

        if (attributionNames is not null && !attributed && (attributionRequired || !preventingOnly))
        {
            var names = (attributionNames.Count == 1 ? "rule '" : "any of the rules '") + string.Join("', '", attributionNames) + "'";
            Add(ref findings, new ArticleFinding(
                FindingKind.MissingAttribution, template.Name, attributionNames[0], end, null, preventsTypedResult: attributionRequired, detail: names));
        }

        if (!preventingOnly && budget?.SkippedRule is { } skipped)
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

    private static void Add(ref List<ArticleFinding>? findings, ArticleFinding finding) => (findings ??= new List<ArticleFinding>()).Add(finding);

    /// <summary>When a run of more than one boilerplate block ends at block <paramref name="last"/>, its finding covers the whole run.</summary>
    private static void CloseRun(List<ArticleFinding>? findings, ArticleTemplate template, ArticleBlock? first, ArticleBlock[] blocks, int last, int length, int finding)
    {
        if (first is null || length < 2)
        {
            return;
        }

        var span = new SourceSpan(first.Span.Offset, blocks[last].Span.End - first.Span.Offset, first.Span.Line, first.Span.Column);
        findings![finding] = new ArticleFinding(FindingKind.BoilerplateFound, template.Name, first.Rule!.Name, span, first.Text, preventsTypedResult: false, blockCount: length);
    }

    private static int CompareFindings(ArticleFinding left, ArticleFinding right)
    {
        var byOffset = left.Span.Offset.CompareTo(right.Span.Offset);
        return byOffset != 0 ? byOffset : left.Kind.CompareTo(right.Kind);
    }
}
