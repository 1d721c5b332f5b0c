using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>
/// Golden files beside the tests: <c>Baselines/&lt;TestName&gt;/&lt;file&gt;</c>. Set
/// <c>COPYDESK_ACCEPT_BASELINES=1</c> to rewrite them; the run then fails, so nothing is accepted silently.
/// </summary>
internal static class Baseline
{
    public const string AcceptVariable = "COPYDESK_ACCEPT_BASELINES";

    public static void Verify(string actual, string fileName, [CallerMemberName] string testName = "", [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Baselines", testName);
        var path = Path.Combine(directory, fileName);
        actual = actual.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            var previous = File.Exists(path) ? File.ReadAllText(path) : null;
            File.WriteAllText(path, actual);
            Assert.Fail(previous == actual
                ? $"{AcceptVariable}=1: {path} is unchanged; unset the variable to run the test."
                : $"{AcceptVariable}=1: rewrote {path}; review the diff, then unset the variable.");
        }

        Assert.True(File.Exists(path), $"No baseline at {path}. Run the tests with {AcceptVariable}=1 to create it, then review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
