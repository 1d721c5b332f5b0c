using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Tests.Analyzers;

public class AnalyzerCachingTests
{
    [Fact]
    public void A_template_is_parsed_once_per_text_across_compilations()
    {
        var analyzer = new AdditionalFileAnalyzer();
        var template = new InMemoryAdditionalText("/p/WireStory.article", Fixtures.WireStoryTemplate);
        var other = new InMemoryAdditionalText("/p/Minimal.article", TestTemplates.Minimal);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(template, other), new TestAnalyzerConfigOptionsProvider());

        var first = TemplateCatalog.Build(options.AdditionalFiles, System.Array.Empty<AdditionalText>(), "", analyzer.Templates, CancellationToken.None);
        // Another file changed: the unchanged template keeps its text, so its parse is reused.
        var edited = new InMemoryAdditionalText("/p/Minimal.article", TestTemplates.Minimal + "\n# edited");
        var second = TemplateCatalog.Build(ImmutableArray.Create<AdditionalText>(template, edited), System.Array.Empty<AdditionalText>(), "", analyzer.Templates, CancellationToken.None);

        Assert.Same(first.Entries[0].Compilation, second.Entries[0].Compilation);
        Assert.NotSame(first.Entries[1].Compilation, second.Entries[1].Compilation);
    }

    [Fact]
    public void An_article_is_analyzed_once_per_text_and_template()
    {
        var analyzer = new AdditionalFileAnalyzer();
        var template = Copydesk.Generators.Binding.TemplateCompilation.Compile(Fixtures.WireStoryTemplate, "WireStory.article");
        var article = SourceText.From(Fixtures.ReadWireStoryArticle());

        var first = analyzer.FindingsOf(article, template, template.ToEngine());
        var again = analyzer.FindingsOf(article, template, template.ToEngine());
        var changedTemplate = Copydesk.Generators.Binding.TemplateCompilation.Compile(Fixtures.WireStoryTemplate.Replace("Credit?", "Credit*"), "WireStory.article");
        var underNewTemplate = analyzer.FindingsOf(article, changedTemplate, changedTemplate.ToEngine());

        Assert.True(first == again, "the second analysis of the same text recomputed the findings");
        Assert.False(first == underNewTemplate, "a changed template must re-analyze the article");
        Assert.Equal(first.Select(f => f.Message), underNewTemplate.Select(f => f.Message));
    }
}
