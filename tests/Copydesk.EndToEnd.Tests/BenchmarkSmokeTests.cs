using System.IO;

namespace Copydesk.EndToEnd.Tests;

/// <summary>
/// The benchmarks always compile and run, and their contestants agree on every input (the setup
/// throws otherwise); no timing is checked here — the figures are in docs/performance.md.
/// </summary>
[Trait("Category", "EndToEnd")]
public class BenchmarkSmokeTests
{
    [Fact]
    public void Every_benchmark_runs_once_and_the_contestants_agree()
    {
        using var output = new StringWriter();

        Copydesk.Benchmarks.Smoke.Run(output);

        var report = output.ToString();
        Assert.Contains("10MB batch:", report);
        Assert.Contains("build time: full", report);
    }
}
