using System;
using System.IO;
using System.Linq;
using System.Text;
using Copydesk;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Catalog;
using Copydesk.Generators.Tests.Infrastructure;

namespace Copydesk.Generators.Tests.Catalog;

public class BuiltInCatalogTests
{
    internal static readonly Lazy<TemplateCompilation> NewsArticle = new(() => TemplateCompilation.Compile(
        File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "src", "Copydesk", "Templates", "NewsArticle.article")), "NewsArticle.article"));

    public static TheoryData<string> FamilyNames => new(BuiltInCatalog.Families.Select(f => f.Name));

    /// <summary>The model of a template that takes family <paramref name="name"/> and nothing else of the catalog.</summary>
    internal static Model.TemplateSpec SpecUsing(string name)
    {
        var role = BuiltInCatalog.Find(name)!.Role.ToString().ToLowerInvariant();
        return TemplateCompilation.Compile($"template T in N\n@headline Title first block\n@{role} use {name}\n@paragraph Body* otherwise\n", "T.article").Spec!;
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void Every_family_binds_without_any_diagnostic(string name)
    {
        var family = BuiltInCatalog.Find(name)!;
        var role = family.Role.ToString().ToLowerInvariant();
        var template = $"template T in N\n@headline Title first block\n@attribution Credit? starts with \"By\"\n@{role} use {name}\n@paragraph Body* otherwise\n";

        var compilation = TemplateCompilation.Compile(template, "T.article");

        Assert.Empty(compilation.Diagnostics.Where(d => d.Id != "ART0009"));
        Assert.NotNull(compilation.Spec);
        Assert.Equal(family.Rules.Length, compilation.Spec!.Rules.Count(r => r.SourceText.EndsWith($"(catalog family {name})", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void Every_pattern_of_a_family_is_decided_by_the_linear_time_engine(string name)
    {
        // Templates that use a family skip its patterns' backtracking check (ART0016); this is why they may.
        var patterns = SpecUsing(name).Rules
            .Where(r => r.SourceText.EndsWith($"(catalog family {name})", StringComparison.Ordinal))
            .SelectMany(r => r.Conditions)
            .Where(c => c.Pattern is not null)
            .ToList();

        Assert.True(PatternEngine.HasLinearEngine);
        Assert.All(patterns, c => Assert.Null(BlockCondition.CreatePattern(c.Pattern!, c.IgnoreCase).BacktrackingReason));
    }

    [Fact]
    public void A_backtracking_pattern_in_the_template_is_still_reported_beside_catalog_families()
    {
        var compilation = TemplateCompilation.Compile(
            "template T in N\n@headline Title first block\n@attribution use common\n@boilerplate use common\n@note Update? /^(?=Updated)/\n@paragraph Body* otherwise\n", "T.article");

        var backtracking = Assert.Single(compilation.Diagnostics, d => d.Id == "ART0016");
        Assert.Equal("Update", backtracking.Arguments[0]);
    }

    [Fact]
    public void The_news_article_template_binds_cleanly_and_includes_every_family()
    {
        Assert.Empty(NewsArticle.Value.Diagnostics);
        var included = NewsArticle.Value.Spec!.Rules.Select(r => r.SourceText).ToList();
        Assert.All(BuiltInCatalog.Families, f => Assert.Contains(included, text => text.EndsWith($"(catalog family {f.Name})", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Leave a Reply", "CommentForm")]
    [InlineData("Leave a comment", "CommentForm")]
    [InlineData("Your email address will not be published. Required fields are marked *", "CommentForm")]
    [InlineData("Cancel reply", "CommentForm")]
    [InlineData("Post Comment", "CommentForm")]
    [InlineData("Save my name, email, and website in this browser for the next time I comment.", "CommentForm")]
    [InlineData("Laisser un commentaire", "CommentForm")]
    [InlineData("Schreibe einen Kommentar", "CommentForm")]
    [InlineData("Deja una respuesta", "CommentForm")]
    [InlineData("Share this:", "SharePrompt")]
    [InlineData("Click to share on Twitter (Opens in new window)", "SharePrompt")]
    [InlineData("Like this:", "SharePrompt")]
    [InlineData("Like Loading...", "SharePrompt")]
    [InlineData("Follow us on Facebook and Instagram", "SharePrompt")]
    [InlineData("Sign up for our daily newsletter", "Newsletter")]
    [InlineData("Get the latest headlines delivered to your inbox.", "Newsletter")]
    [InlineData("Abonnieren Sie unseren Newsletter", "Newsletter")]
    [InlineData("See also Asylum seekers are flown to Rwanda", "SeeAlso")]
    [InlineData("Related: Markets slide as rates rise", "RelatedLink")]
    [InlineData("READ MORE: Floods hit the north", "RelatedLink")]
    [InlineData("Recommended", "RelatedLink")]
    [InlineData("More from Business", "RelatedLink")]
    [InlineData("You may also like", "RelatedLink")]
    [InlineData("Lire aussi : La réforme adoptée", "RelatedLink")]
    [InlineData("Mehr zum Thema", "RelatedLink")]
    [InlineData("Advertisement", "Advertisement")]
    [InlineData("Story continues below advertisement", "Advertisement")]
    [InlineData("Anzeige", "Advertisement")]
    [InlineData("We use cookies to improve your experience. By continuing you accept our use of cookies.", "CookieNotice")]
    [InlineData("Diese Website verwendet Cookies. Bitte akzeptieren Sie die Cookies.", "CookieNotice")]
    [InlineData("© 2022 Daily Ledger Media. All rights reserved.", "LegalFooter")]
    [InlineData("Copyright 2021 The Valley Post", "LegalFooter")]
    [InlineData("Alle Rechte vorbehalten.", "LegalFooter")]
    [InlineData("Skip to content", "Navigation")]
    [InlineData("Back to top", "Navigation")]
    [InlineData("Zum Inhalt springen", "Navigation")]
    [InlineData("Home › News › World", "Breadcrumb")]
    [InlineData("Photo: Maria Lopez/AP", "ImageCredit")]
    [InlineData("(Getty Images)", "ImageCredit")]
    [InlineData("Image source, Getty Images", "ImageCredit")]
    [InlineData("REUTERS/Yves Herman", "ImageCredit")]
    [InlineData("Foto: dpa", "ImageCredit")]
    [InlineData("Politics\nBusiness\nSport\nCulture", "LinkList")]
    [InlineData("https://example.com/story/123 https://example.com/other", "UrlLine")]
    [InlineData("Click here to read the full report", "CallToAction")]
    [InlineData("Download our app for breaking news alerts", "CallToAction")]
    [InlineData("By Jane Doe", "Byline")]
    [InlineData("By Jane Doe and John Roe, CNN", "Byline")]
    [InlineData("Von Anna Schmidt", "Byline")]
    [InlineData("CNN’s Donald Judd contributed to this report.", "ContributorCredit")]
    [InlineData("Reporting by Anna Bakker; Editing by Tom Reyes", "ReportingCredit")]
    [InlineData("Additional reporting by Lena Park", "ReportingCredit")]
    [InlineData("(AP)", "WireCredit")]
    [InlineData("Associated Press", "WireCredit")]
    [InlineData("— AFP", "WireCredit")]
    [InlineData("LONDON (Reuters) - The Bank of England raised rates on Thursday.", "WireDateline")]
    [InlineData("NEW DELHI (PTI) - The state government announced the plan on Monday.", "WireDateline")]
    [InlineData("— Yonhap", "WireCredit")]
    [InlineData("Pune, Daily Chronicle Bureau | Updated : 4 March 2021, 10:15 AM", "BureauCredit")]
    [InlineData("Express News Service", "WireCredit")]
    [InlineData("ET Bureau", "BureauCredit")]
    [InlineData("Author: Ola Berg", "Byline")]
    [InlineData("Lee Park | Getty Images", "PhotoCredit")]
    [InlineData("Nora Vale | Bloomberg | Getty Images", "PhotoCredit")]
    [InlineData("Dana Holt is a business reporter for the Harbor Times, covering the business of television.", "AuthorBio")]
    [InlineData("Have a tip? Rita Osei may be reached at rosei@example.com. Follow her on Twitter @RitaOsei.", "AuthorContact")]
    [InlineData("Follow her on Twitter @RitaOsei", "FollowAuthor")]
    [InlineData("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "Timestamp")]
    [InlineData("Published 4:29 AM EST Wed, Nov 20, 2019", "Timestamp")]
    [InlineData("Get the latest updates right in your inbox. Subscribe to Harbor.com’s newsletters.", "Newsletter")]
    [InlineData("Source: Ministry of Health", "SourceLine")]
    [InlineData("This article was originally published by The Conversation.", "SourceLine")]
    [InlineData("This story has been updated with a statement from the mayor.", "UpdateNote")]
    [InlineData("Editor’s note: This piece was first published in 2019.", "UpdateNote")]
    [InlineData("Correction: An earlier version misstated the date of the vote.", "Correction")]
    [InlineData("An earlier version of this story gave the wrong figure.", "Correction")]
    public void Real_wording_is_classified_by_its_family(string block, string rule)
    {
        var article = NewsArticle.Value.ToEngine().Parse("A headline for the test\n\nThe article’s first paragraph, as the mayor said.\n\n" + block);

        Assert.Equal(rule, article.Blocks[2].Rule?.Name);
    }

    [Theory]
    [InlineData("Copyright law is changing across the union, the commission said.")]
    [InlineData("By Monday, the council had approved the plan, officials said.")]
    [InlineData("Share prices fell sharply on Tuesday, traders said.")]
    [InlineData("Search continues for two missing hikers, police said.")]
    [InlineData("Home prices rose five percent in May, the agency said.")]
    [InlineData("The photo, taken in 1968, shows the harbour before the fire.")]
    [InlineData("Readers who subscribe to the print edition will get a refund, the publisher said.")]
    [InlineData("Cookies and cakes were sold at the fair, organisers said.")]
    [InlineData("John Smith is a farmer who grows potatoes near the river, his neighbours said.")]
    [InlineData("Police said the photographer, who works for AFP, was released on Monday.")]
    [InlineData("The mayor can be reached by boat only during the spring floods, residents said.")]
    public void Ordinary_paragraphs_stay_paragraphs(string block)
    {
        var article = NewsArticle.Value.ToEngine().Parse("A headline for the test\n\n" + block);

        Assert.Equal("Body", article.Blocks[1].Rule?.Name);
    }

    [Fact]
    public void Typed_captures_of_attribution_families_are_extracted()
    {
        var article = NewsArticle.Value.ToEngine().Parse(
            "Headline\n\nBy Jane Doe and John Roe, CNN\n\nBody text, she said.\n\nReporting by Anna Bakker; Editing by Tom Reyes\n\nThe Ledger’s Ann Lee contributed to this report.");

        Assert.Equal(("Jane Doe and John Roe", "CNN"), (article.Blocks[1].GetCapture("Author"), article.Blocks[1].GetCapture("Outlet")));
        Assert.Equal(("Anna Bakker", "Tom Reyes"), (article.Blocks[3].GetCapture("Reporters"), article.Blocks[3].GetCapture("Editors")));
        Assert.Equal(("The Ledger", "Ann Lee"), (article.Blocks[4].GetCapture("Outlet"), article.Blocks[4].GetCapture("Contributor")));
    }

    [Fact]
    public void The_headline_is_the_first_block_no_boilerplate_rule_takes()
    {
        var article = NewsArticle.Value.ToEngine().Parse("Skip to content\n\nHome › News › Local\n\nCouncil approves cycle lanes\n\nThe council approved the plan, the mayor said.");

        Assert.Equal(new[] { "Navigation", "Breadcrumb", "Title", "Body" }, article.Blocks.Select(b => b.Rule!.Name));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Hostile_megabyte_inputs_never_time_out_a_catalog_pattern(int shape)
    {
        var text = Hostile(shape);
        Assert.True(text.Length >= 1_000_000);

        var article = NewsArticle.Value.ToEngine().Parse(text);

        Assert.DoesNotContain(article.Findings, f => f.Kind == FindingKind.PatternTimeout);
        Assert.NotEmpty(article.Blocks);
    }

    /// <summary>The hostile shapes, 1 to 6, repeated to at least <paramref name="length"/> characters.</summary>
    internal static string Hostile(int shape, int length = 1_000_000)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            switch (shape)
            {
                case 1: // one enormous block of near-matches
                    builder.Append("leave a reply leave a comment share this: ");
                    break;
                case 2: // many blocks that almost match the byline pattern
                    builder.Append("By Jane Doe and John Roe and Mary Poe and Ann Lee and Tom Reyes, CNN News Ledger Post Times Daily x\n\n");
                    break;
                case 3: // cookie words everywhere, in long blocks
                    builder.Append("cookie cookie cookie cookie cookie cookie cookie cookie cookie cookie ");
                    break;
                case 4: // breadcrumb-like separators without end
                    builder.Append("Home › News › World › Europe › Politics › Home › News › World › ");
                    break;
                case 5: // reporting credits with no end and no semicolons, short blocks
                    builder.Append("Reporting by ").Append('x', 280).Append("\n\n");
                    break;
                default: // short lines, quotes and links
                    builder.Append("“Quote\nhttp://example.com/a\nRead more\n© 2022 ©\n\n");
                    break;
            }
        }

        return builder.ToString();
    }
}

public class CatalogUseTests
{
    private const string Header = "template T in N\n@headline Title first block\n@paragraph Body* otherwise\n";

    [Fact]
    public void Except_leaves_families_out()
    {
        var spec = TemplateCompilation.Compile(Header + "@boilerplate use common except link-list, trailing-short-block\n@attribution use byline\n", "T.article").Spec!;

        Assert.DoesNotContain(spec.Rules, r => r.Name is "LinkList" or "TrailingShortBlock");
        Assert.Contains(spec.Rules, r => r.Name == "CommentForm");
        Assert.Contains(spec.Rules, r => r.Name == "Byline");
        Assert.DoesNotContain(spec.Rules, r => r.Name == "WireCredit");
    }

    [Fact]
    public void A_rule_named_like_an_included_catalog_rule_is_reported_at_the_templates_rule()
    {
        var text = Header + "@attribution use common\n@boilerplate use related-teasers\n@boilerplate SeeAlso* starts with \"See also\" then {Headline}\n";

        var located = TemplateDiagnostics.Compile(text).Single(d => d.Id == "ART0014");
        var diagnostic = TemplateDiagnostics.Single(text, "ART0014");

        Assert.Equal((6, "SeeAlso"), (located.Line, located.Text));
        Assert.Contains("catalog family 'related-teasers'", diagnostic.Message);
        Assert.Contains("except related-teasers", diagnostic.Message);
    }

    [Theory]
    [InlineData("@boilerplate use comment-forms", "comment-forms", "did you mean 'comment-form'?")]
    [InlineData("@attribution use comment-form", "comment-form", "it is a boilerplate family: use it with @boilerplate")]
    [InlineData("@boilerplate use common except bylines", "bylines", "is not a boilerplate family")]
    public void Unknown_or_misplaced_families_are_reported_at_their_name(string line, string name, string reason)
    {
        var text = Header + "@attribution Credit? starts with \"By\"\n" + line + "\n";

        var diagnostic = TemplateDiagnostics.Single(text, "ART0015");

        Assert.Equal(name, TemplateDiagnostics.Of(text, new[] { diagnostic }).Single().Text);
        Assert.Contains(reason, diagnostic.Message);
    }

    [Fact]
    public void A_pattern_that_runs_out_of_time_is_a_finding_and_the_block_goes_on()
    {
        // A lookahead needs the backtracking engine: the template is warned, and the timeout applies.
        var compilation = TemplateCompilation.Compile(Header + "@attribution Credit? starts with \"By\"\n@note Slow? /^(?=(a+)+b)/\n", "T.article");
        Assert.Contains(compilation.Diagnostics, d => d.Id == "ART0016");

        var article = compilation.ToEngine().Parse("Headline\n\n" + new string('a', 40) + "!");

        var finding = Assert.Single(article.Findings, f => f.Kind == FindingKind.PatternTimeout);
        Assert.Equal("Slow", finding.RuleName);
        Assert.Equal("Body", article.Blocks[1].Rule!.Name);
    }
}
