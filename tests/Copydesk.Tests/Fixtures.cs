using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Copydesk.Tests;

/// <summary>Where tests find the repository and the wire-story article in the seed's shape.</summary>
internal static class Fixtures
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(typeof(Fixtures).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!);

    /// <summary>
    /// A wire story republished with a site's boilerplate, written for the tests in the shape of the
    /// brief's seed article (same blocks on the same lines: teasers, headings, an unattributed quote,
    /// an update note, a contributor credit, comment-form residue; curly quotes, a no-break space,
    /// no final newline). The seed itself is third-party text and stays out of the repository.
    /// </summary>
    public static string WireStoryArticlePath => Path.Combine(RepositoryRoot, "tests", "Fixtures", "wire-story.txt");

    public static string ReadWireStoryArticle() => File.ReadAllText(WireStoryArticlePath);

    /// <summary>Byline forms as pages print them, one a block, with names of our own.</summary>
    public static string ReadBylines() => File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "Fixtures", "bylines.txt"));

    /// <summary>The WireStory template of the brief, built through the engine's API.</summary>
    public static ArticleTemplate WireStory() => new("WireStory", new[]
    {
        new ArticleRule(SectionRole.Headline, "Title", Cardinality.One, new[] { BlockCondition.Create(ConditionKind.FirstBlock) }),
        new ArticleRule(SectionRole.Heading, "Subheading", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.MaxLength, number: 90), BlockCondition.Create(ConditionKind.NoFinalPunctuation) }),
        new ArticleRule(SectionRole.Paragraph, "Body", Cardinality.Many),
        new ArticleRule(SectionRole.Boilerplate, "SeeAlso", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.StartsWith, literals: new[] { "See also" }, captureName: "Headline") }),
        new ArticleRule(SectionRole.Note, "Update", Cardinality.Optional, new[] { BlockCondition.Create(ConditionKind.StartsWith, literals: new[] { "The story was updated" }) }),
        new ArticleRule(SectionRole.Attribution, "Credit", Cardinality.Optional, new[]
        {
            BlockCondition.Create(ConditionKind.Pattern, pattern: @"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$"),
        }),
        new ArticleRule(SectionRole.Boilerplate, "CommentForm", Cardinality.Many, new[] { BlockCondition.Create(ConditionKind.OneOf, literals: new[] { "Leave a Reply", "Your email address will not be published." }) }),
    });
}
