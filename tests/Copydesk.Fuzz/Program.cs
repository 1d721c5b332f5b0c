using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Copydesk.Fuzz;

// dotnet run -c Release --project tests/Copydesk.Fuzz -- --seeds START:COUNT [--articles N] [--batch N] [--out DIR]
// Resumable by seed range: the same seeds always give the same cases; failing inputs are saved to --out.
var first = 1;
var count = 1000;
var articles = 4;
var batch = 200;
var output = Path.Combine(Directory.GetCurrentDirectory(), "fuzz-failures");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--seeds":
            var parts = args[i + 1].Split(':');
            first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            count = int.Parse(parts[1], CultureInfo.InvariantCulture);
            break;
        case "--articles":
            articles = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--batch":
            batch = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--out":
            output = args[i + 1];
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}");
            return 2;
    }
}

var clock = Stopwatch.StartNew();
var runner = new FuzzRunner(new FuzzInputs(Path.Combine(AppContext.BaseDirectory, "Seeds")), articles, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), output);
var counts = runner.Run(first, count, batch, Console.WriteLine);
foreach (var failure in counts.Failures)
{
    Console.WriteLine(failure.Length > 400 ? failure.Substring(0, 400) + "…" : failure);
}

Console.WriteLine($"seeds {first}–{first + count - 1}: {counts}; {clock.Elapsed.TotalMinutes:F1} min");
return counts.Clean ? 0 : 1;
