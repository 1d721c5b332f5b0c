using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Analyzers;

/// <summary>
/// What the analyzers have read: each template parsed once per text, each article's findings made once
/// per text, template and kinds. Looked up first by the <see cref="SourceText"/>, which the IDE keeps
/// while a file is unchanged, then by the file's path and content: the compiler server reads every
/// file anew for each build (and may make a new analyzer for it), so an unchanged template or article
/// is recognised by its text. One cache serves the whole process (<see cref="Shared"/>); tests make
/// their own.
/// </summary>
/// <remarks>
/// What is cached depends only on its key (a template's text and file name; an article's text, the
/// template's compilation and the kinds of finding), so a hit gives what a new read would give. Only
/// the latest content of each path is kept, so typing in a file replaces its entry rather than adding
/// one a keystroke; past <see cref="MaxCharacters"/> characters of text held (many projects in one
/// long-lived process), the tables start again.
/// </remarks>
internal sealed class AnalysisCache
{
    /// <summary>The most characters of template and article text the shared cache's path tables hold (about 32 MB).</summary>
    public const long MaxCharacters = 16L * 1024 * 1024;

    private readonly long _maxCharacters;

    private readonly ConditionalWeakTable<SourceText, TemplateText> _templatesByText = new();
    private readonly ConcurrentDictionary<string, TemplateRead> _templatesByPath = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<SourceText, ArticleText> _articlesByText = new();
    private readonly ConcurrentDictionary<string, ArticleVerdict> _articlesByPath = new(StringComparer.Ordinal);
    private long _characters;
    private int _articlesParsed;

    public AnalysisCache(long maxCharacters = MaxCharacters) => _maxCharacters = maxCharacters;

    /// <summary>The cache every analyzer instance of the process uses unless given another.</summary>
    public static AnalysisCache Shared { get; } = new();

    /// <summary>How many article texts were parsed through this cache (a text is parsed once per template and kinds).</summary>
    public int ArticlesParsed => Volatile.Read(ref _articlesParsed);

    /// <summary>The template file at <paramref name="path"/>, read and parsed once per text.</summary>
    /// <remarks>
    /// The text is parsed even when it is not clean: NUL and U+FFFD are errors at their place (the parser
    /// reports them, as it does in the generator), and a legacy encoding is reported by the analyzer.
    /// <paramref name="checkPatternEngines"/> builds every pattern's linear-time decider to warn about
    /// those that need backtracking (ART0016): worth it for a project's own templates, whose
    /// diagnostics are reported, not for the built-in ones, whose deciders are built only if an article uses them.
    /// </remarks>
    public TemplateText Template(SourceText text, string path, string fileName, bool checkPatternEngines) =>
        _templatesByText.GetValue(text, t =>
        {
            var content = t.ToString();
            var problem = TextProblems.LegacyEncoding(t);
            if (_templatesByPath.TryGetValue(path, out var known) && known.Content == content && known.FileName == fileName
                && known.CheckPatternEngines == checkPatternEngines && known.Text.Problem == problem)
            {
                return known.Text;
            }

            var read = new TemplateText(problem, Binding.TemplateCompilation.Compile(content, fileName, checkPatternEngines));
            Hold(content.Length);
            _templatesByPath[path] = new TemplateRead(content, fileName, checkPatternEngines, read);
            return read;
        });

    /// <summary>An article file's text: why it cannot be analyzed, and its content.</summary>
    public ArticleText Article(SourceText text) => _articlesByText.GetValue(text, t => new ArticleText(TextProblems.Describe(t), t.ToString()));

    /// <summary>The findings of <paramref name="kinds"/> in the article at <paramref name="path"/> under a template: made once, kept until the text, the template or the kinds change.</summary>
    public System.Collections.Immutable.ImmutableArray<ArticleFinding> FindingsOf(string path, string content, Binding.TemplateCompilation template, ArticleTemplate engine, int kinds)
    {
        _articlesByPath.TryGetValue(path, out var verdict);
        if (verdict is not null && ReferenceEquals(verdict.Template, template) && verdict.Kinds == kinds && verdict.Content == content)
        {
            return verdict.Findings;
        }

        Interlocked.Increment(ref _articlesParsed);
        var findings = System.Collections.Immutable.ImmutableArray.CreateRange(engine.Parse(content).FindingsOf(kinds));
        if (verdict?.Content != content)
        {
            Hold(content.Length);
        }

        _articlesByPath[path] = new ArticleVerdict(content, template, kinds, findings);
        return findings;
    }

    /// <summary>Counts characters about to be held; when the tables hold too many, they start again.</summary>
    private void Hold(int characters)
    {
        if (Interlocked.Add(ref _characters, characters) > _maxCharacters)
        {
            Interlocked.Exchange(ref _characters, characters);
            _templatesByPath.Clear();
            _articlesByPath.Clear();
        }
    }

    /// <summary>The latest read of one template path.</summary>
    private sealed record TemplateRead(string Content, string FileName, bool CheckPatternEngines, TemplateText Text);
}

/// <summary>An article file's text as read once: why it cannot be analyzed (or <c>null</c>), and its content.</summary>
internal sealed record ArticleText(string? Problem, string Content);

/// <summary>The findings of some kinds (<see cref="ArticleFindings.KindBit"/>s) in one article text under one template.</summary>
internal sealed record ArticleVerdict(string Content, Binding.TemplateCompilation Template, int Kinds, System.Collections.Immutable.ImmutableArray<ArticleFinding> Findings);
