using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using AdditionalFileAnalyzer = Copydesk.Generators.Analyzers.AdditionalFileAnalyzer;
using AnalysisCache = Copydesk.Generators.Analyzers.AnalysisCache;

namespace Copydesk.Benchmarks;

/// <summary>
/// What a command-line build pays for Copydesk: the generator and the analyzers over the stress project
/// (<see cref="BuildTimeBenchmarks.Create"/>), and over the small NewsDesk sample (<see cref="SampleProject"/>),
/// once, in a new process, as a compiler process runs them (every launch compiles Copydesk's code
/// again). Steadier than timing whole builds on a shared machine.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class BuildColdStartBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _files;
    private AnalyzerConfigOptionsProvider _options = null!;
    private CSharpCompilation _sample = null!;
    private ImmutableArray<AdditionalText> _sampleFiles;
    private AnalyzerConfigOptionsProvider _sampleOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_compilation, _files, _options) = BuildTimeBenchmarks.Create();
        (_sample, _sampleFiles, _sampleOptions) = SampleProject.Create();
        // The compiler's own work a build does anyway, so the launch times only Copydesk's.
        _compilation.GetDiagnostics();
        _sample.GetDiagnostics();
    }

    [Benchmark(Description = "NewsDesk sample: generator + analyzers, first run in a new process")]
    public async Task<int> SampleGeneratorAndAnalyzers() =>
        BuildTimeBenchmarks.NewDriver(_sample, _sampleFiles, _sampleOptions).RunGenerators(_sample).GetRunResult().GeneratedTrees.Length
        + await BuildTimeBenchmarks.AnalyzeAsync(_sample, new AdditionalFileAnalyzer(new AnalysisCache()), _sampleFiles, _sampleOptions);

    [Benchmark(Description = "generator + analyzers, first run in a new process")]
    public async Task<int> GeneratorAndAnalyzers() => Generator() + await Analyzers();

    [Benchmark(Description = "generator only, first run in a new process")]
    public int Generator() =>
        BuildTimeBenchmarks.NewDriver(_compilation, _files, _options).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "analyzers only, first run in a new process")]
    public Task<int> Analyzers() => BuildTimeBenchmarks.AnalyzeAsync(_compilation, new AdditionalFileAnalyzer(new AnalysisCache()), _files, _options);
}
