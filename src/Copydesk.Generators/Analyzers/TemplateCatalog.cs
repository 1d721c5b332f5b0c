using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Copydesk.Generators.Binding;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Analyzers;

/// <summary>One template file as the analyzer sees it.</summary>
internal sealed class TemplateEntry
{
    private readonly TemplateText _read;

    public TemplateEntry(AdditionalText file, SourceText? text, TemplateText read, string rootNamespace)
    {
        File = file;
        Text = text;
        _read = read;
        FullName = read.Compilation?.Name is { } name
            ? GeneratedNames.FullName(read.Compilation.Syntax.Declaration?.Namespace?.Value ?? "", rootNamespace, name)
            : null;
    }

    public AdditionalText File { get; }

    public SourceText? Text { get; }

    /// <summary>The parsed template, or <c>null</c> when the text could not be read.</summary>
    public TemplateCompilation? Compilation => _read.Compilation;

    /// <summary>The rule table the engine runs, or <c>null</c> when the template has errors.</summary>
    public ArticleTemplate? EngineTemplate => _read.EngineTemplate;

    public string? TextProblem => _read.Problem;

    /// <summary>The generated type's full name (<see cref="GeneratedNames.FullName"/>), or <c>null</c> without a declared name.</summary>
    public string? FullName { get; }
}

/// <summary>A template file's text, checked and parsed once: why it cannot be read, or its compilation.</summary>
internal sealed class TemplateText
{
    private readonly Lazy<ArticleTemplate?> _engineTemplate;

    public TemplateText(string? problem, TemplateCompilation? compilation)
    {
        Problem = problem;
        Compilation = compilation;
        // Only a template without errors runs on articles; one with errors has a model only so its type is generated.
        _engineTemplate = new Lazy<ArticleTemplate?>(() => compilation?.Spec is { Errors.Count: 0 } spec ? EngineTemplates.Build(spec, compilation.Patterns) : null);
    }

    public string? Problem { get; }

    public TemplateCompilation? Compilation { get; }

    /// <summary>The engine's rule table, built once per template text (patterns compile once).</summary>
    public ArticleTemplate? EngineTemplate => _engineTemplate.Value;
}

/// <summary>Every template of a compilation, each parsed once per text (<see cref="AnalysisCache"/>).</summary>
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

    /// <summary>The project's templates, then the built-in ones (which a project template of the same full name hides).</summary>
    public static TemplateCatalog Build(IEnumerable<AdditionalText> files, IEnumerable<AdditionalText> builtIn, string rootNamespace, AnalysisCache cache, CancellationToken cancellationToken)
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
            var isBuiltIn = builtIn.Contains(file);
            var read = text is null ? new TemplateText(TextProblems.Describe(null), null) : cache.Template(text, file.Path, fileName, checkPatternEngines: !isBuiltIn);
            var entry = new TemplateEntry(file, text, read, rootNamespace);
            if (isBuiltIn && entries.Any(e => GeneratedNames.FullNameComparer.Equals(e.FullName, entry.FullName)))
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

    /// <summary>Other files whose full name equals <paramref name="entry"/>'s, ignoring case (their generated files would clash).</summary>
    public IEnumerable<TemplateEntry> DuplicatesOf(TemplateEntry entry) =>
        entry.FullName is { } full
            ? Entries.Where(other => other != entry && GeneratedNames.FullNameComparer.Equals(other.FullName, full))
            : Enumerable.Empty<TemplateEntry>();

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
