using System.Collections.Generic;
using System.Text;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// The one implementation of article semantics: split into blocks, give each block to the first
/// rule that accepts it. What the parse found is derived from the blocks (<see cref="ArticleFindings"/>).
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
        var count = bounds.Length;
        var texts = new BlockTexts(text, bounds);

        var rules = template.RuleArray;
        var draft = ArticleBlockDraft.Begin(template, text, texts);
        var evaluation = draft.Evaluation;
        var scratch = draft.Scratch;
        for (var depth = 0; depth < template.MaxDepth; depth++)
        {
            PrepareRuns(template, depth, evaluation, bounds, texts, draft, scratch);
            PlaceAnchors(template, depth, evaluation, bounds, texts, draft, scratch);
        }

        PrepareRuns(template, template.MaxDepth, evaluation, bounds, texts, draft, scratch);

        var order = template.OrderArray;
        var records = new BlockRecord[count];
        ArticleRule?[]? timeouts = null;
        // The last pass runs the generated parser's emitted dispatch when it has one; the same rules, decided the same way.
        var probe = draft.Probe;
        var attributed = false;
        var textBlocks = 0;
        for (var index = 0; index < count; index++)
        {
            var bound = bounds[index];
            draft.Reset(index, bound);
            var view = new BlockView(draft, count, textBlocks, attributed);

            int matchedIndex;
            string?[] captures;
            if (probe is null)
            {
                matchedIndex = FirstMatch(template, view, scratch, template.MaxDepth, order.Length, out captures);
            }
            else
            {
                probe.Reset(view);
                matchedIndex = template.Dispatch!(probe);
                captures = matchedIndex < 0 ? ArticleRule.NoCaptures : probe.Captures;
            }

            var matched = matchedIndex < 0 ? null : rules[matchedIndex];
            records[index] = new BlockRecord(matchedIndex, captures);
            if (draft.TimedOut is { } slow)
            {
                (timeouts ??= new ArticleRule?[count])[index] = slow;
            }

            // Unmatched blocks are text too: only boilerplate comes before the article's text.
            if (matched?.Role != SectionRole.Boilerplate)
            {
                textBlocks++;
            }

            attributed |= matched?.Role == SectionRole.Attribution;
        }

        // Not in a finally: a parse that throws leaves its draft to the collector, not to the next parse.
        var budget = draft.End();
        return new ParsedArticle(template, text, texts, records, timeouts, budget);
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
    private static void PlaceAnchors(ArticleTemplate template, int depth, ArticleEvaluation evaluation, BlockBounds[] bounds, BlockTexts texts, ArticleBlockDraft draft, string?[] scratch)
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
                needsPass = !PlaceAnchorDirectly(template, r, o, depth, evaluation, bounds, texts, draft, scratch);
            }
        }

        if (!needsPass)
        {
            return;
        }

        var placed = new bool[rules.Length];
        var attributed = false;
        var textBlocks = 0;
        for (var index = 0; index < texts.Count; index++)
        {
            draft.Reset(index, bounds[index]);
            var view = new BlockView(draft, texts.Count, textBlocks, attributed);
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
    private static bool PlaceAnchorDirectly(ArticleTemplate template, int rule, int position, int depth, ArticleEvaluation evaluation, BlockBounds[] bounds, BlockTexts texts, ArticleBlockDraft draft, string?[] scratch)
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

        for (var index = 0; index < texts.Count; index++)
        {
            draft.Reset(index, bounds[index]);
            var view = new BlockView(draft, texts.Count, 0, false);
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
    private static void PrepareRuns(ArticleTemplate template, int depth, ArticleEvaluation evaluation, BlockBounds[] bounds, BlockTexts texts, ArticleBlockDraft draft, string?[] scratch)
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

                var holds = new bool[texts.Count];
                for (var index = 0; index < texts.Count; index++)
                {
                    draft.Reset(index, bounds[index]);
                    holds[index] = rules[r].TestOtherThanRuns(new BlockView(draft, texts.Count, 0, false), scratch);
                }

                var inRun = new bool[texts.Count];
                for (var index = 0; index < texts.Count;)
                {
                    var end = index;
                    while (end < texts.Count && holds[end])
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
    internal static string BuildCleanText(ParsedArticle article) => JoinBlocks(article, static role => role != SectionRole.Boilerplate);

    /// <summary>The story: headings and paragraphs only (no headline, attribution, notes, boilerplate or unmatched blocks), separated by blank lines.</summary>
    internal static string BuildStoryText(ParsedArticle article) => JoinBlocks(article, static role => role is SectionRole.Heading or SectionRole.Paragraph);

    /// <summary>The raw text of the blocks <paramref name="keep"/> accepts, line ends as LF, a blank line between blocks.</summary>
    private static string JoinBlocks(ParsedArticle article, System.Func<SectionRole?, bool> keep)
    {
        var builder = new StringBuilder();
        for (var index = 0; index < article.BlockCount; index++)
        {
            if (!keep(article.RuleAt(index)?.Role))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            var raw = article.RawTextAt(index);
            builder.Append(raw.IndexOf('\r') >= 0 ? raw.Replace("\r\n", "\n").Replace('\r', '\n') : raw);
        }

        return builder.ToString();
    }
}
