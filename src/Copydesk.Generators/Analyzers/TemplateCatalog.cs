using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Copydesk.Generators.Binding;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Analyzers;

/// <summary>One template file as the analyzer sees it.</summary>
internal sealed class TemplateEntry
{
    public TemplateEntry(AdditionalText file, SourceText? text, TemplateCompilation? compilation, string? textProblem)
    {
        File = file;
        Text = text;
        Compilation = compilation;
        TextProblem = textProblem;
    }

    public AdditionalText File { get; }

    public SourceText? Text { get; }

    /// <summary>The parsed template, or <c>null</c> when the text could not be read.</summary>
    public TemplateCompilation? Compilation { get; }

    public string? TextProblem { get; }

    public string? FullName =>
        Compilation?.Syntax.Declaration?.Namespace is { } ns ? ns.Value + "." + Compilation.Name : Compilation?.Name;
}

/// <summary>A template file's text, checked and parsed once: why it cannot be read, or its compilation.</summary>
internal sealed class TemplateText
{
    public TemplateText(string? problem, TemplateCompilation? compilation)
    {
        Problem = problem;
        Compilation = compilation;
    }

    public string? Problem { get; }

    public TemplateCompilation? Compilation { get; }

    public static TemplateText Read(SourceText text, string fileName)
    {
        var problem = TextProblems.Describe(text);
        return new TemplateText(problem, problem is null ? TemplateCompilation.Compile(text.ToString(), fileName) : null);
    }
}

/// <summary>
/// Every template of a compilation, parsed once per text: the parse is cached on the
/// <see cref="SourceText"/>, which the IDE and the compiler reuse while a file is unchanged.
/// </summary>
internal sealed class TemplateCatalog
{
    private readonly Dictionary<string, List<TemplateEntry>> _byName;

    private TemplateCatalog(List<TemplateEntry> entries)
    {
        Entries = entries;
        _byName = new Dictionary<string, List<TemplateEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Compilation?.Name is not { Length: > 0 } name)
            {
                continue;
            }

            Add(name, entry);
            if (entry.FullName is { } full && full != name)
            {
                Add(full, entry);
            }
        }
    }

    public IReadOnlyList<TemplateEntry> Entries { get; }

    public IEnumerable<string> Names => _byName.Keys;

    public static TemplateCatalog Build(AnalyzerOptions options, ConditionalWeakTable<SourceText, TemplateText> cache, CancellationToken cancellationToken) =>
        Build(options.AdditionalFiles, Array.Empty<AdditionalText>(), cache, cancellationToken);

    /// <summary>The project's templates, then the built-in ones (which a project template of the same full name hides).</summary>
    public static TemplateCatalog Build(IEnumerable<AdditionalText> files, IEnumerable<AdditionalText> builtIn, ConditionalWeakTable<SourceText, TemplateText> cache, CancellationToken cancellationToken)
    {
        var entries = new List<TemplateEntry>();
        foreach (var file in files.Concat(builtIn))
        {
            if (!TemplateFiles.IsTemplate(file.Path))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            var fileName = TemplateFiles.FileName(file.Path);
            var read = text is null ? new TemplateText(TextProblems.Describe(null), null) : cache.GetValue(text, t => TemplateText.Read(t, fileName));
            var entry = new TemplateEntry(file, text, read.Compilation, read.Problem);
            if (builtIn.Contains(file) && entries.Any(e => e.FullName == entry.FullName))
            {
                continue;
            }

            entries.Add(entry);
        }

        return new TemplateCatalog(entries);
    }

    /// <summary>The files that declare <paramref name="name"/> (simple or namespace-qualified).</summary>
    public IReadOnlyList<TemplateEntry> Find(string name) =>
        _byName.TryGetValue(name, out var entries) ? entries : Array.Empty<TemplateEntry>();

    /// <summary>Other files declaring the same full name as <paramref name="entry"/>.</summary>
    public IEnumerable<TemplateEntry> DuplicatesOf(TemplateEntry entry) =>
        entry.FullName is { } full ? Find(full).Where(other => other != entry && other.FullName == full) : Enumerable.Empty<TemplateEntry>();

    private void Add(string key, TemplateEntry entry)
    {
        if (!_byName.TryGetValue(key, out var list))
        {
            _byName[key] = list = new List<TemplateEntry>();
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }
}
