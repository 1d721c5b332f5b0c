using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Copydesk.Tests.Engine;

/// <summary>
/// A parse's working state (draft, evaluation tables, probe, scratch) is kept for the thread's next
/// parse: nothing of one article may show in the next, and the kept state holds no article.
/// </summary>
public class ArticleBlockDraftTests
{
    [Fact]
    public void Parses_one_after_another_on_a_thread_answer_as_parses_on_fresh_threads()
    {
        var templates = new[] { Copydesk.Templates.NewsArticle.Template, Fixtures.WireStory() };
        var articles = CorpusArticle.Load().Select(a => a.Text).Append(Fixtures.ReadWireStoryArticle()).Append(Fixtures.ReadBylines()).ToList();
        Assert.True(articles.Count > 20);

        // Runs of three parses with one template, then the other: each parse follows an article of
        // another shape, with the state the same template left (or another template's).
        for (var i = 0; i < articles.Count * 2; i++)
        {
            var template = templates[i / 3 % 2];
            var text = articles[(i * 7) % articles.Count];
            var here = Describe(template.Parse(text));

            string? fresh = null;
            var thread = new Thread(() => fresh = Describe(template.Parse(text)));
            thread.Start();
            thread.Join();

            Assert.Equal(fresh, here);
        }
    }

    [Fact]
    public void The_state_kept_for_the_next_parse_holds_no_article()
    {
        var article = ParseAndForget(Copydesk.Templates.NewsArticle.Template);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(article.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ParseAndForget(ArticleTemplate template)
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Paragraph {i} of an article that is read, then dropped, so nothing may keep it alive."));
        var parsed = template.Parse(text);
        _ = parsed.StoryText;
        return new WeakReference(text);
    }

    private static string Describe(ParsedArticle article) =>
        string.Join("\n", article.Blocks.Select(b => $"{b.Rule?.Name}|{string.Join("|", Enumerable.Range(0, b.Rule?.Captures.Count ?? 0).Select(c => b.GetCapture(c)))}"))
        + "\n" + string.Join("\n", article.Findings.Select(f => $"{f.Kind} {f.RuleName} {f.Span.Line}"))
        + "\n" + article.StoryText;
}
