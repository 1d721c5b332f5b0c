using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Copydesk.EndToEnd.Tests;

/// <summary>Runs the dotnet CLI and reads the diagnostics MSBuild prints.</summary>
internal static partial class DotnetBuild
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(typeof(DotnetBuild).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!);

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, environment: null, arguments);

    public static (int ExitCode, string Output) Run(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A build started from a test must not reuse the test run's build nodes.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["CopydeskTestResults"] = null;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in 5 minutes");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Distinct <c>file(line,col): severity ID</c> entries, file relative to <paramref name="baseDirectory"/>.</summary>
    public static List<string> Diagnostics(string output, string baseDirectory, string idPrefix = "ART")
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in DiagnosticLine().Matches(output))
        {
            if (!match.Groups["id"].Value.StartsWith(idPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var file = Path.GetRelativePath(baseDirectory, match.Groups["file"].Value.Trim()).Replace('\\', '/');
            found.Add($"{file}({match.Groups["line"].Value},{match.Groups["column"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}");
        }

        return found.ToList();
    }

    [GeneratedRegex(@"^(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>[A-Z]+\d+):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
