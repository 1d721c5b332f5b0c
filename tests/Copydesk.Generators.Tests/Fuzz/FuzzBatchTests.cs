using System;
using System.IO;
using Copydesk.Fuzz;

namespace Copydesk.Generators.Tests.Fuzz;

/// <summary>
/// A small seeded batch of the fuzzer (tests/Copydesk.Fuzz) with the suite: mutated, grammar-driven
/// and random templates with hostile names and patterns, through the generator, the analyzers, the
/// compiler and the generated parsers. The long run is documented in docs/reliability.md.
/// </summary>
public class FuzzBatchTests
{
    [Fact]
    public void A_seeded_batch_finds_no_crash_no_uncompilable_output_no_unexpected_exception_and_nothing_over_time()
    {
        var runner = new FuzzRunner(new FuzzInputs(Path.Combine(AppContext.BaseDirectory, "Seeds")), articlesPerTemplate: 3,
            parseLimit: TimeSpan.FromSeconds(10), batchLimit: TimeSpan.FromMinutes(2), failureDirectory: null);

        var counts = runner.Run(firstSeed: 1, count: 300, batchSize: 150);

        Assert.True(counts.Clean, counts + Environment.NewLine + string.Join(Environment.NewLine, counts.Failures));
        Assert.Equal(300, counts.Templates);
        Assert.True(counts.Cases > 300, $"only {counts.Cases} parser runs: too few templates compiled");
    }
}
