using System.IO;

namespace Copydesk.EndToEnd.Tests;

[Trait("Category", "EndToEnd")]
public class SampleBuildTests
{
    [Fact]
    public void Building_the_sample_prints_its_article_warnings_at_their_lines_and_succeeds()
    {
        var sample = Path.Combine(DotnetBuild.RepositoryRoot, "samples", "NewsDesk");

        var (exitCode, output) = DotnetBuild.Run(sample, "build", "--no-incremental", "-nologo", "-v:q");

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            new[]
            {
                "Articles/mountain-rescue.txt(15,1): warning ART0102",
                "Articles/mountain-rescue.txt(17,1): warning ART0101",
                "Articles/mountain-rescue.txt(5,1): warning ART0102",
                "Articles/mountain-rescue.txt(9,1): warning ART0105",
            },
            DotnetBuild.Diagnostics(output, sample));
        Assert.DoesNotContain("AD0001", output);
        // The comment form's two blocks are one run: one warning at its first line.
        Assert.Contains("2 consecutive boilerplate blocks, from 'CommentForm' of template 'WireStory' (\"Leave a Reply\"), are still in the article", output);
    }
}
