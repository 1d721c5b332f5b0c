using System.IO;

namespace Copydesk.Benchmarks;

/// <summary>Runs every benchmark once without measuring, so the suite always compiles, runs and agrees.</summary>
public static class Smoke
{
    public static void Run(TextWriter output)
    {
        foreach (var input in ArticleParsingBenchmarks.Inputs)
        {
            var benchmarks = new ArticleParsingBenchmarks { Input = input };
            benchmarks.Setup();
            var results = new[]
            {
                benchmarks.Floor(),
                benchmarks.GeneratedParse(),
                benchmarks.GeneratedParseAndFindings(),
                benchmarks.GeneratedFindings(),
                benchmarks.RegexCompiled(),
                benchmarks.RegexSourceGenerated(),
                benchmarks.Lean(),
            };
            output.WriteLine($"{input}: {benchmarks.Characters} characters, results {string.Join(", ", results)}; {benchmarks.LeanCompared} of {benchmarks.Articles} articles with regular white space as they are");
        }

        var build = new BuildTimeBenchmarks();
        build.Setup();
        var full = build.FullRun().Result;
        var rebuild = build.RebuildInCompilerServer().Result;
        output.WriteLine($"build time: full {full}, rebuild {rebuild}, template edit {build.EditOneTemplate().Result}/{build.EditOneTemplateWholeProject().Result}, article edit {build.EditOneArticle().Result}/{build.EditOneArticleWholeProject().Result}");
        if (rebuild != full)
        {
            // The analysis cache must give a rebuild of unchanged files what a first build gives.
            throw new System.InvalidOperationException($"a rebuild gave {rebuild} generated files and diagnostics, the first build {full}");
        }

        var cold = new BuildColdStartBenchmarks();
        cold.Setup();
        output.WriteLine($"cold start: sample {cold.SampleGeneratorAndAnalyzers().Result}, stress {cold.GeneratorAndAnalyzers().Result}");
    }
}
