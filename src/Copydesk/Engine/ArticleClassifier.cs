using System.Collections.Generic;
using System.Text;

namespace Copydesk;

/// <summary>
/// The one implementation of article semantics: split into blocks, give each block to the first
/// rule that accepts it, then check cardinalities, attribution, boilerplate and quotations.
/// Generated parsers and the analyzers both run this.
/// </summary>
public static class ArticleClassifier
{
    /// <summary>Classifies <paramref name="text"/> with <paramref name="template"/>.</summary>
    public static ParsedArticle Classify(ArticleTemplate template, string text)
    {
        var bounds = BlockSplitter.Split(text);
        var count = bounds.Count;
        var rules = template.Rules;
        var order = template.EvaluationOrder;
        var blocks = new ArticleBlock[count];
        var findings = new List<ArticleFinding>();
        var matchCounts = new int[rules.Count];
        var firstMatch = new ArticleBlock?[rules.Count];
        var attributed = false;
        var textBlocks = 0;
        var draft = new ArticleBlockDraft(text);
        var scratch = new string?[template.MaxCaptures];

        for (var index = 0; index < count; index++)
        {
            var bound = bounds[index];
            draft.Reset(index, bound, TextNormalizer.CollapseSpaces(text, bound.Start, bound.End));
            var view = new BlockView(draft, count, textBlocks, attributed);

            ArticleRule? matched = null;
            var matchedIndex = -1;
            string?[]? captures = null;
            for (var o = 0; o < order.Count; o++)
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
                findings.Add(new ArticleFinding(
                    FindingKind.PatternTimeout, template.Name, slow.Name, block.Span, Excerpt(block),
                    $"The pattern of rule '{slow.Name}' of template '{template.Name}' ran out of time on the block (\"{Excerpt(block)}\") and was taken as not matching", preventsTypedResult: false));
            }

            if (matched is null)
            {
                textBlocks++;
                findings.Add(new ArticleFinding(
                    FindingKind.UnmatchedBlock, template.Name, null, block.Span, Excerpt(block),
                    $"No rule of template '{template.Name}' accepts the block (\"{Excerpt(block)}\")", preventsTypedResult: false));
                continue;
            }

            if (matched.Role != SectionRole.Boilerplate)
            {
                textBlocks++;
            }

            if (matchCounts[matchedIndex]++ == 0)
            {
                firstMatch[matchedIndex] = block;
            }
            else if (matched.Cardinality.IsSingle())
            {
                findings.Add(new ArticleFinding(
                    FindingKind.RepeatedSection, template.Name, matched.Name, block.Span, Excerpt(block),
                    $"Section '{matched.Name}' of template '{template.Name}' may occur once but occurs again (\"{Excerpt(block)}\"), first at line {firstMatch[matchedIndex]!.Span.Line}",
                    preventsTypedResult: true));
            }

            switch (matched.Role)
            {
                case SectionRole.Attribution:
                    attributed = true;
                    break;
                case SectionRole.Boilerplate:
                    findings.Add(new ArticleFinding(
                        FindingKind.BoilerplateFound, template.Name, matched.Name, block.Span, Excerpt(block),
                        $"Boilerplate block '{matched.Name}' (\"{Excerpt(block)}\") is still in the article", preventsTypedResult: false));
                    break;
                case SectionRole.Paragraph:
                    if (template.Quotations.IsUnattributedQuotation(block.Text))
                    {
                        findings.Add(new ArticleFinding(
                            FindingKind.UnattributedQuotation, template.Name, matched.Name, block.Span, Excerpt(block),
                            $"Paragraph '{matched.Name}' quotes without attributing the quotation to a speaker (\"{Excerpt(block)}\")", preventsTypedResult: false));
                    }

                    break;
            }
        }

        // Missing sections are reported where they were expected by: the last block.
        var end = count > 0 ? blocks[count - 1].Span : new SourceSpan(0, 0, 1, 1);
        var attributionNames = new List<string>();
        var attributionRequired = false;
        for (var r = 0; r < rules.Count; r++)
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
                findings.Add(new ArticleFinding(
                    FindingKind.MissingRequiredSection, template.Name, rule.Name, end, null,
                    $"Required section '{rule.Name}' of template '{template.Name}' is missing", preventsTypedResult: true));
            }
        }

        if (attributionNames.Count > 0 && !attributed)
        {
            var names = "'" + string.Join("', '", attributionNames) + "'";
            findings.Add(new ArticleFinding(
                FindingKind.MissingAttribution, template.Name, attributionNames[0], end, null,
                $"The article has no attribution: no block matches {(attributionNames.Count == 1 ? "rule" : "any of the rules")} {names} of template '{template.Name}'",
                preventsTypedResult: attributionRequired));
        }

        findings.Sort(CompareFindings);
        return new ParsedArticle(template, text, blocks, findings.ToArray());
    }

    /// <summary>The article without its boilerplate blocks: the other blocks' text, separated by blank lines.</summary>
    internal static string BuildCleanText(ArticleBlock[] blocks)
    {
        var builder = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block.Role == SectionRole.Boilerplate)
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

    private static string Excerpt(ArticleBlock block) => ArticleFinding.Shorten(block.Text);

    private static int CompareFindings(ArticleFinding left, ArticleFinding right)
    {
        var byOffset = left.Span.Offset.CompareTo(right.Span.Offset);
        return byOffset != 0 ? byOffset : left.Kind.CompareTo(right.Kind);
    }
}
