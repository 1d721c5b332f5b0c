using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// What conditions may know about the whole article while one of its blocks is classified: where
/// the story is, which block each named section took first, and which blocks stand in runs. Built
/// once per parse; each part only when the template asks for it.
/// </summary>
internal sealed class ArticleEvaluation
{
    private readonly ArticleTemplate _template;
    private readonly int[]? _anchors;
    private readonly bool[]?[]? _runs;
    private IReadOnlyList<string> _texts = System.Array.Empty<string>();
    private StoryContext? _story;

    public ArticleEvaluation(ArticleTemplate template)
    {
        _template = template;

        // Only templates with relative conditions or runs keep per-parse tables (most do not).
        if (template.MaxDepth > 0)
        {
            _anchors = new int[template.RuleArray.Length];
        }

        if (template.RunConditionCount > 0)
        {
            _runs = new bool[]?[template.RunConditionCount];
        }
    }

    /// <summary>Starts the evaluation of an article: no anchors, runs or story context yet.</summary>
    public void Begin(IReadOnlyList<string> texts)
    {
        _texts = texts;
        _story = null;
        if (_anchors is not null)
        {
            for (var i = 0; i < _anchors.Length; i++)
            {
                _anchors[i] = -1;
            }
        }

        if (_runs is not null)
        {
            System.Array.Clear(_runs, 0, _runs.Length);
        }
    }

    /// <summary>Lets go of the article (the evaluation is kept for the thread's next parse).</summary>
    public void End() => Begin(System.Array.Empty<string>());

    /// <summary>Where the story is (computed on first use).</summary>
    public StoryContext Story => _story ??= StoryContext.Compute(_texts);

    /// <summary>The first block the section <paramref name="condition"/> names took, or -1 when it took none.</summary>
    public int AnchorOf(BlockCondition condition) => _anchors![_template.SectionIndexOf(condition)];

    /// <summary>Records the first block <paramref name="rule"/> took in the pass of its depth.</summary>
    public void SetAnchor(int rule, int block) => _anchors![rule] = block;

    /// <summary>True when block <paramref name="index"/> stands in a long enough run for <paramref name="condition"/>.</summary>
    public bool InRun(BlockCondition condition, int index) =>
        _runs![_template.RunSlotOf(condition)] is { } run && run[index];

    /// <summary>Sets the blocks that stand in runs for the run condition in <paramref name="slot"/>.</summary>
    public void SetRun(int slot, bool[] inRun) => _runs![slot] = inRun;
}
