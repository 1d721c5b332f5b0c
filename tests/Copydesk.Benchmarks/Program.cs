using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Copydesk.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/Copydesk.Benchmarks -- --filter '*'</c> runs the benchmarks;
    /// <c>-- --smoke</c> runs every contestant once on every input and checks they agree (no timing).
    /// </summary>
    public static int Main(string[] args)
    {
        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --min-of-passes [seconds]
        if (args.Length >= 1 && args[0] == "--min-of-passes")
        {
            MinOfPasses.Run(Console.Out, args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
            return 0;
        }

        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --parse-min-of-passes [seconds [input [--parse-only|--findings-only]]]
        if (args.Length >= 1 && args[0] == "--parse-min-of-passes")
        {
            MinOfPasses.RunParsing(
                Console.Out,
                args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4,
                args.Length > 2 ? args[2] : null,
                args.Contains("--parse-only"),
                args.Contains("--findings-only"));
            return 0;
        }

        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --parse-breakdown [seconds]
        if (args.Length >= 1 && args[0] == "--parse-breakdown")
        {
            MinOfPasses.RunParsingBreakdown(Console.Out, args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4);
            return 0;
        }

        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --rule-costs [rounds]
        if (args.Length >= 1 && args[0] == "--rule-costs")
        {
            MinOfPasses.RunRuleCosts(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
            return 0;
        }

        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --passes N
        if (args.Length == 2 && args[0] == "--passes")
        {
            MinOfPasses.RunFixed(Console.Out, int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --rebuilds N: benchmark (d) N times in one process, for a profiler.
        if (args.Length == 2 && args[0] == "--rebuilds")
        {
            var rebuilds = new BuildTimeBenchmarks();
            rebuilds.Setup();
            for (var i = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); i > 0; i--)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var diagnostics = rebuilds.RebuildInCompilerServer().GetAwaiter().GetResult();
                Console.WriteLine($"rebuild: {clock.Elapsed.TotalMilliseconds:F0} ms ({diagnostics})");
            }

            return 0;
        }

        if (args.Length == 1 && args[0] == "--smoke")
        {
            Smoke.Run(Console.Out);
            return 0;
        }

        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --stress-project DIR REPO [--without-copydesk]
        if (args.Length >= 3 && args[0] == "--stress-project")
        {
            StressProject.Write(args[1], args[2], useCopydesk: !args.Contains("--without-copydesk"));
            return 0;
        }

        // dotnet run -c Release --project tests/Copydesk.Benchmarks -- --hostile-project DIR REPO linear|backtracking [--without-article]
        if (args.Length >= 4 && args[0] == "--hostile-project")
        {
            var pattern = args[3] == "backtracking" ? HostilePatternBenchmarks.BacktrackingPattern : HostilePatternBenchmarks.LinearPattern;
            HostilePatternBenchmarks.WriteProject(args[1], args[2], pattern, withArticle: !args.Contains("--without-article"));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
