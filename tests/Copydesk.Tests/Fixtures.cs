using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Copydesk.Tests;

/// <summary>Where tests find the repository and the shared seed article.</summary>
internal static class Fixtures
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(typeof(Fixtures).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!);

    public static string SeedPath => Path.Combine(RepositoryRoot, "..", "shared", "seeds", "000_5b430c8c918c77d9.txt");

    public static string ReadSeed()
    {
        if (!File.Exists(SeedPath))
        {
            throw new InvalidOperationException($"The seed article is expected at {SeedPath} (the repository's sibling folder shared/seeds).");
        }

        return File.ReadAllText(SeedPath);
    }

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
