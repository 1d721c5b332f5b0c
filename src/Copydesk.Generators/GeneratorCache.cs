using System;
using System.Collections.Concurrent;
using System.Threading;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Emit;
using Copydesk.Generators.Model;

namespace Copydesk.Generators;

/// <summary>
/// What the generator has compiled and emitted in this process, by template path and content. The
/// compiler server makes a new generator driver for every build, so without it an unchanged template
/// would be parsed, bound and emitted again on every rebuild; the IDE's driver keeps its own steps and
/// rarely asks. One cache serves the process (<see cref="Shared"/>); tests and benchmarks make their own.
/// </summary>
/// <remarks>
/// What is kept depends only on its key (a template's text and file name; its model and the emit
/// options), so a hit gives what a new run would give. Only each path's latest content is kept; past
/// <see cref="MaxCharacters"/> characters of templates and generated code the table starts again.
/// </remarks>
internal sealed class GeneratorCache
{
    /// <summary>The most characters of template text and generated code the shared cache holds (about 32 MB).</summary>
    public const long MaxCharacters = 16L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private long _characters;
    private int _compiled;
    private int _emitted;

    /// <summary>The cache every generator instance of the process uses unless given another.</summary>
    public static GeneratorCache Shared { get; } = new();

    /// <summary>How many templates were compiled through this cache.</summary>
    public int Compiled => Volatile.Read(ref _compiled);

    /// <summary>How many parsers were emitted through this cache.</summary>
    public int Emitted => Volatile.Read(ref _emitted);

    /// <summary>The model of <paramref name="source"/>, or <c>null</c> when it has errors; compiled once per text.</summary>
    public TemplateSpec? Spec(TemplateSource source)
    {
        if (_byPath.TryGetValue(source.Path, out var known) && known.Text == source.Text && known.FileName == source.FileName)
        {
            return known.Spec;
        }

        Interlocked.Increment(ref _compiled);
        var spec = TemplateCompilation.Compile(source.Text, source.FileName, checkPatternEngines: false).Spec;
        Hold(source.Text.Length);
        _byPath[source.Path] = new Entry(source.Text, source.FileName, spec, null, null);
        return spec;
    }

    /// <summary>The parser emitted for <paramref name="spec"/> (a model this cache gave for <paramref name="path"/>) under <paramref name="options"/>.</summary>
    public GeneratedFile File(TemplateSpec spec, EmitOptions options, string path)
    {
        _byPath.TryGetValue(path, out var known);
        if (known is not null && ReferenceEquals(known.Spec, spec) && known.Options == options && known.File is { } file)
        {
            return file;
        }

        Interlocked.Increment(ref _emitted);
        var emitted = ParserEmitter.Emit(spec, options, path);
        if (known is not null && ReferenceEquals(known.Spec, spec))
        {
            Hold(emitted.Text.Length);
            _byPath[path] = known with { Options = options, File = emitted };
        }

        return emitted;
    }

    private void Hold(long characters)
    {
        if (Interlocked.Add(ref _characters, characters) > MaxCharacters)
        {
            _byPath.Clear();
            Interlocked.Exchange(ref _characters, characters);
        }
    }

    private sealed record Entry(string Text, string FileName, TemplateSpec? Spec, EmitOptions? Options, GeneratedFile? File);
}
