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
    /// <remarks>
    /// Rules that name other sections are placed in passes: pass d runs the rules of depth d or
    /// less and fixes the first block of each rule of depth d; the last pass runs every rule and is
    /// the result. A template that names no section takes one pass. Each pass is linear in blocks.
    /// </remarks>
    public static ParsedArticle Classify(ArticleTemplate template, string text)
    {
        var bounds = BlockSplitter.Split(text);
        var count = bounds.Count;
        var texts = new string[count];
        for (var index = 0; index < count; index++)
        {
            texts[index] = TextNormalizer.CollapseSpaces(text, bounds[index].Start, bounds[index].End);
        }

        var rules = template.RuleArray;
        var evaluation = new ArticleEvaluation(template, texts);
        var budget = new PatternBudget();
        var draft = new ArticleBlockDraft(text);
        var scratch = new string?[template.MaxCaptures];
        for (var depth = 0; depth < template.MaxDepth; depth++)
        {
            PrepareRuns(template, depth, evaluation, bounds, texts, draft, scratch, budget);
            PlaceAnchors(template, depth, evaluation, bounds, texts, draft, scratch, budget);
        }

        PrepareRuns(template, template.MaxDepth, evaluation, bounds, texts, draft, scratch, budget);

        var order = template.OrderArray;
        var blocks = new ArticleBlock[count];
        var findings = new List<ArticleFinding>();
        var matchCounts = new int[rules.Length];
        var firstMatch = new ArticleBlock?[rules.Length];
        var attributed = false;
        var textBlocks = 0;
        // The open run of consecutive boilerplate blocks: its first block, its length, its finding's index.
        ArticleBlock? runStart = null;
        var runLength = 0;
        var runFinding = -1;

        for (var index = 0; index < count; index++)
        {
            var bound = bounds[index];
            draft.Reset(index, bound, texts[index]);
            var view = new BlockView(draft, count, textBlocks, attributed, budget, evaluation);

            var matchedIndex = FirstMatch(template, view, scratch, template.MaxDepth, order.Length, out var captures);
            var matched = matchedIndex < 0 ? null : rules[matchedIndex];
            var block = new ArticleBlock(text, index, bound.Span, draft.Text, matched, matchedIndex, captures);
            blocks[index] = block;
            if (draft.TimedOut is { } slow)
            {
                findings.Add(new ArticleFinding(FindingKind.PatternTimeout, template.Name, slow.Name, block.Span, block.Text, preventsTypedResult: false));
            }

            // Unmatched blocks are text too: only boilerplate comes before the article's text.
            if (matched?.Role != SectionRole.Boilerplate)
            {
                textBlocks++;
                CloseRun(findings, template, runStart, blocks, index - 1, runLength, runFinding);
                runStart = null;
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
                    // Consecutive boilerplate blocks (a menu, a footer) are one finding at the first, with the count.
                    if (runStart is null)
                    {
                        runFinding = findings.Count;
                        findings.Add(new ArticleFinding(FindingKind.BoilerplateFound, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: false));
                        runStart = block;
                        runLength = 1;
                    }
                    else
                    {
                        runLength++;
                    }

                    break;
                case SectionRole.Paragraph:
                    if (template.Quotations.IsUnattributedQuotation(block.Text))
                    {
                        findings.Add(new ArticleFinding(FindingKind.UnattributedQuotation, template.Name, matched.Name, block.Span, block.Text, preventsTypedResult: false));
                    }

                    break;
            }
        }

        CloseRun(findings, template, runStart, blocks, count - 1, runLength, runFinding);

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

    /// <summary>When a run of more than one boilerplate block ends at block <paramref name="last"/>, its finding covers the whole run.</summary>
    private static void CloseRun(List<ArticleFinding> findings, ArticleTemplate template, ArticleBlock? first, ArticleBlock[] blocks, int last, int length, int finding)
    {
        if (first is null || length < 2)
        {
            return;
        }

        var span = new SourceSpan(first.Span.Offset, blocks[last].Span.End - first.Span.Offset, first.Span.Line, first.Span.Column);
        findings[finding] = new ArticleFinding(FindingKind.BoilerplateFound, template.Name, first.Rule!.Name, span, first.Text, preventsTypedResult: false, blockCount: length);
    }

    /// <summary>
    /// The rule that takes the block: the first of the first <paramref name="tried"/> rules of the
    /// evaluation order, of <paramref name="depth"/> or less, whose conditions hold; -1 for none.
    /// </summary>
    private static int FirstMatch(ArticleTemplate template, BlockView view, string?[] scratch, int depth, int tried, out string?[] captures)
    {
        var rules = template.RuleArray;
        var depths = template.DepthArray;
        var order = template.OrderArray;
        for (var o = 0; o < tried; o++)
        {
            var rule = order[o];
            if (depths[rule] <= depth && rules[rule].TryMatch(view, scratch, out captures))
            {
                return rule;
            }
        }

        captures = ArticleRule.NoCaptures;
        return -1;
    }

    /// <summary>
    /// Fixes the anchors of the rules of <paramref name="depth"/> that other rules name: the first
    /// block each takes when only rules of that depth or less are tried. No findings, no blocks kept.
    /// </summary>
    /// <remarks>
    /// When neither the rule nor any rule tried before it reads earlier blocks' roles (<c>first text
    /// block</c>, <c>after attribution</c>), a block goes to the rule exactly when the rule holds and
    /// no rule tried before it does: the first such block is found without classifying the others.
    /// Otherwise the whole pass runs.
    /// </remarks>
    private static void PlaceAnchors(ArticleTemplate template, int depth, ArticleEvaluation evaluation, IReadOnlyList<BlockBounds> bounds, string[] texts, ArticleBlockDraft draft, string?[] scratch, PatternBudget budget)
    {
        var rules = template.RuleArray;
        var depths = template.DepthArray;
        var order = template.OrderArray;
        var needsPass = false;
        for (var o = 0; o < order.Length && !needsPass; o++)
        {
            var r = order[o];
            if (depths[r] == depth && template.IsNamed(r))
            {
                needsPass = !PlaceAnchorDirectly(template, r, o, depth, evaluation, bounds, texts, draft, scratch, budget);
            }
        }

        if (!needsPass)
        {
            return;
        }

        var placed = new bool[rules.Length];
        var attributed = false;
        var textBlocks = 0;
        for (var index = 0; index < texts.Length; index++)
        {
            draft.Reset(index, bounds[index], texts[index]);
            var view = new BlockView(draft, texts.Length, textBlocks, attributed, budget, evaluation);
            var matched = FirstMatch(template, view, scratch, depth, order.Length, out _);

            if (matched < 0 || rules[matched].Role != SectionRole.Boilerplate)
            {
                textBlocks++;
            }

            if (matched < 0)
            {
                continue;
            }

            attributed |= rules[matched].Role == SectionRole.Attribution;
            if (depths[matched] == depth && !placed[matched])
            {
                placed[matched] = true;
                evaluation.SetAnchor(matched, index);
            }
        }
    }

    /// <summary>Places rule <paramref name="rule"/>'s anchor by testing it alone, then the rules tried before it only on its candidates; false when roles of earlier blocks matter.</summary>
    private static bool PlaceAnchorDirectly(ArticleTemplate template, int rule, int position, int depth, ArticleEvaluation evaluation, IReadOnlyList<BlockBounds> bounds, string[] texts, ArticleBlockDraft draft, string?[] scratch, PatternBudget budget)
    {
        var rules = template.RuleArray;
        var order = template.OrderArray;
        if (template.ReadsEarlierRoles(rule))
        {
            return false;
        }

        for (var o = 0; o < position; o++)
        {
            if (template.DepthArray[order[o]] <= depth && template.ReadsEarlierRoles(order[o]))
            {
                return false;
            }
        }

        for (var index = 0; index < texts.Length; index++)
        {
            draft.Reset(index, bounds[index], texts[index]);
            var view = new BlockView(draft, texts.Length, 0, false, budget, evaluation);
            if (!rules[rule].TryMatch(view, scratch, out _))
            {
                continue;
            }

            if (FirstMatch(template, view, scratch, depth, position, out _) < 0)
            {
                evaluation.SetAnchor(rule, index);
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// For every run condition of a rule of <paramref name="depth"/>: which blocks stand in a run of
    /// at least N consecutive blocks that each meet the rule's other conditions (seen as at the
    /// article's start: no attribution or text before them).
    /// </summary>
    private static void PrepareRuns(ArticleTemplate template, int depth, ArticleEvaluation evaluation, IReadOnlyList<BlockBounds> bounds, string[] texts, ArticleBlockDraft draft, string?[] scratch, PatternBudget budget)
    {
        if (template.RunConditionCount == 0)
        {
            return;
        }

        var rules = template.RuleArray;
        for (var r = 0; r < rules.Length; r++)
        {
            if (template.DepthArray[r] != depth)
            {
                continue;
            }

            foreach (var condition in rules[r].Conditions)
            {
                if (condition.Kind != ConditionKind.InRun)
                {
                    continue;
                }

                var holds = new bool[texts.Length];
                for (var index = 0; index < texts.Length; index++)
                {
                    draft.Reset(index, bounds[index], texts[index]);
                    holds[index] = rules[r].TestOtherThanRuns(new BlockView(draft, texts.Length, 0, false, budget, evaluation), scratch);
                }

                var inRun = new bool[texts.Length];
                for (var index = 0; index < texts.Length;)
                {
                    var end = index;
                    while (end < texts.Length && holds[end])
                    {
                        end++;
                    }

                    for (var i = index; end - index >= condition.Number && i < end; i++)
                    {
                        inRun[i] = true;
                    }

                    index = end == index ? index + 1 : end;
                }

                evaluation.SetRun(template.RunSlotOf(condition), inRun);
            }
        }
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
