using System.Collections.Generic;
using System.Text;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// The one implementation of article semantics: split into blocks, give each block to the first
/// rule that accepts it, then check cardinalities, attribution, boilerplate and quotations.
/// Generated parsers and the analyzers both run this.
/// </summary>
internal static class ArticleClassifier
{
    /// <summary>Classifies <paramref name="text"/> with <paramref name="template"/>.</summary>
    public static ParsedArticle Classify(ArticleTemplate template, string text)
    {
        var bounds = BlockSplitter.Split(text);
        var count = bounds.Count;
        var rules = template.RuleArray;
        var order = template.OrderArray;
        var blocks = new ArticleBlock[count];
        var findings = new List<ArticleFinding>();
        var matchCounts = new int[rules.Length];
        var firstMatch = new ArticleBlock?[rules.Length];
        var attributed = false;
        var textBlocks = 0;
        var draft = new ArticleBlockDraft(text);
        var scratch = new string?[template.MaxCaptures];
        var budget = new PatternBudget();

        for (var index = 0; index < count; index++)
        {
            var bound = bounds[index];
            draft.Reset(index, bound, TextNormalizer.CollapseSpaces(text, bound.Start, bound.End));
            var view = new BlockView(draft, count, textBlocks, attributed, budget);

            ArticleRule? matched = null;
            var matchedIndex = -1;
            string?[]? captures = null;
            for (var o = 0; o < order.Length; o++)
            {
                var candidate = rules[order[o]];
                if (candidate.TryMatch(view, scratch, out captures))
                {
                    matched = candidate;
                    matchedIndex = order[o];
                    break;
                }
            }

            var block = new ArticleBlock(text, index, bound.Span, draft.Text, matched, matchedIndex, captures ?? ArticleRule.NoCaptures);
            blocks[index] = block;
            if (draft.TimedOut is { } slow)
            {
                findings.Add(new ArticleFinding(FindingKind.PatternTimeout, template.Name, slow.Name, block.Span, block.Text, preventsTypedResult: false));
            }

            // Unmatched blocks are text too: only boilerplate comes before the article's text.
            if (matched?.Role != SectionRole.Boilerplate)
            {
                textBlocks++;
            }

            if (matched is null)
            {
                findings.Add(new ArticleFinding(FindingKind.UnmatchedBlock, template.Name, null, block.Span, block.Text, preventsTypedResult: false));
                continue;
            }

            if (matchCounts[matchedIndex]++ == 0)
            {
                firstMatch[matchedIndex] = block;
            }
            else if (matched.Cardinality.IsSingle())
            {
                findings.Add(new ArticleFinding(
                    FindingKind.RepeatedSection, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: true, relatedLine: firstMatch[matchedIndex]!.Span.Line));
            }

            switch (matched.Role)
            {
                case SectionRole.Attribution:
                    attributed = true;
                    break;
                case SectionRole.Boilerplate:
                    findings.Add(new ArticleFinding(FindingKind.BoilerplateFound, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: false));
                    break;
                case SectionRole.Paragraph:
                    if (template.Quotations.IsUnattributedQuotation(block.Text))
                    {
                        findings.Add(new ArticleFinding(FindingKind.UnattributedQuotation, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: false));
                    }

                    break;
            }
        }

        // Missing sections are reported where they were expected by: the last block.
        var end = count > 0 ? blocks[count - 1].Span : new SourceSpan(0, 0, 1, 1);
        var attributionNames = new List<string>();
        var attributionRequired = false;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (rule.Role == SectionRole.Attribution)
            {
                attributionNames.Add(rule.Name);
                attributionRequired |= rule.Cardinality.IsRequired();
                continue;
            }

            if (matchCounts[r] == 0 && rule.Cardinality.IsRequired())
            {
                findings.Add(new ArticleFinding(FindingKind.MissingRequiredSection, template.Name, rule.Name, end, null, preventsTypedResult: true));
            }
        }

        if (attributionNames.Count > 0 && !attributed)
        {
            var names = (attributionNames.Count == 1 ? "rule '" : "any of the rules '") + string.Join("', '", attributionNames) + "'";
            findings.Add(new ArticleFinding(
                FindingKind.MissingAttribution, template.Name, attributionNames[0], end, null, preventsTypedResult: attributionRequired, detail: names));
        }

        if (budget.SkippedRule is { } skipped)
        {
            findings.Add(new ArticleFinding(FindingKind.PatternBudgetSpent, template.Name, skipped.Name, budget.SkippedAt, budget.SkippedText, preventsTypedResult: false));
        }

        if (findings.Count > 1)
        {
            findings.Sort(CompareFindings);
        }
        return new ParsedArticle(template, text, blocks, findings.ToArray());
    }

    /// <summary>The article without its boilerplate blocks: the other blocks' text, separated by blank lines.</summary>
    internal static string BuildCleanText(ArticleBlock[] blocks) => JoinBlocks(blocks, static role => role != SectionRole.Boilerplate);

    /// <summary>The story: headings and paragraphs only (no headline, attribution, notes, boilerplate or unmatched blocks), separated by blank lines.</summary>
    internal static string BuildStoryText(ArticleBlock[] blocks) => JoinBlocks(blocks, static role => role is SectionRole.Heading or SectionRole.Paragraph);

    /// <summary>The raw text of the blocks <paramref name="keep"/> accepts, line ends as LF, a blank line between blocks.</summary>
    private static string JoinBlocks(ArticleBlock[] blocks, System.Func<SectionRole?, bool> keep)
    {
        var builder = new StringBuilder();
        foreach (var block in blocks)
        {
            if (!keep(block.Role))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            var raw = block.RawText;
            builder.Append(raw.IndexOf('\r') >= 0 ? raw.Replace("\r\n", "\n").Replace('\r', '\n') : raw);
        }

        return builder.ToString();
    }

    private static int CompareFindings(ArticleFinding left, ArticleFinding right)
    {
        var byOffset = left.Span.Offset.CompareTo(right.Span.Offset);
        return byOffset != 0 ? byOffset : left.Kind.CompareTo(right.Kind);
    }
}
