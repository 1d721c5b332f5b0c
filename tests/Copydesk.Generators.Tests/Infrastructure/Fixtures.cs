using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Where tests find the repository, the sample and the shared seed article.</summary>
internal static class Fixtures
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(typeof(Fixtures).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!);

    public static string SampleDirectory => Path.Combine(RepositoryRoot, "samples", "NewsDesk");

    /// <summary>The sample's WireStory template, the one the brief describes.</summary>
    public static string WireStoryTemplate => File.ReadAllText(Path.Combine(SampleDirectory, "Templates", "WireStory.article"));

    public static string SeedPath => Path.Combine(RepositoryRoot, "..", "shared", "seeds", "000_5b430c8c918c77d9.txt");

    public static string ReadSeed()
    {
        if (!File.Exists(SeedPath))
        {
            throw new InvalidOperationException($"The seed article is expected at {SeedPath} (the repository's sibling folder shared/seeds).");
        }

        return File.ReadAllText(SeedPath);
    }

    public static string[] SampleArticlePaths =>
        Directory.GetFiles(Path.Combine(SampleDirectory, "Articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
}
