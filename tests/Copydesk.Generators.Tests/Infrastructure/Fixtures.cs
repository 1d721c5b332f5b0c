using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Where tests find the repository, the sample and the wire-story article in the seed's shape.</summary>
internal static class Fixtures
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(typeof(Fixtures).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!);

    public static string SampleDirectory => Path.Combine(RepositoryRoot, "samples", "NewsDesk");

    /// <summary>The sample's WireStory template, the one the brief describes.</summary>
    public static string WireStoryTemplate => File.ReadAllText(Path.Combine(SampleDirectory, "Templates", "WireStory.article"));

    /// <summary>
    /// A wire story republished with a site's boilerplate, written for the tests in the shape of the
    /// brief's seed article (same blocks on the same lines: teasers, headings, an unattributed quote,
    /// an update note, a contributor credit, comment-form residue; curly quotes, a no-break space,
    /// no final newline). The seed itself is third-party text and stays out of the repository.
    /// </summary>
    public static string WireStoryArticlePath => Path.Combine(RepositoryRoot, "tests", "Fixtures", "wire-story.txt");

    public static string ReadWireStoryArticle() => File.ReadAllText(WireStoryArticlePath);

    public static string[] SampleArticlePaths =>
        Directory.GetFiles(Path.Combine(SampleDirectory, "Articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
}
