using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Binding;
using Copydesk.Generators.Tests.Infrastructure;

namespace Copydesk.Generators.Tests.Emit;

/// <summary>
/// One bound model, two derivations: the rule table a generated parser builds (emitted C#, run by
/// the runtime library) equals the one the analyzers build from the same <c>TemplateSpec</c>.
/// </summary>
public class RuleTableAgreementTests
{
    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>
        {
            { "CourtReport.article", TestTemplates.CourtReport },
            { "Minimal.article", TestTemplates.Minimal },
            { "EveryCondition.article", TestTemplates.EveryCondition },
        };

        // Every template file in the repository: samples and the built-in catalog template.
        foreach (var path in Directory.EnumerateFiles(Fixtures.RepositoryRoot, "*.article", SearchOption.AllDirectories)
                     .Where(p => !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                     .OrderBy(p => p, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path), File.ReadAllText(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_generated_rule_table_equals_the_analyzers_rule_table(string fileName, string text)
    {
        var compilation = TemplateCompilation.Compile(text, fileName);
        Assert.True(compilation.Spec is not null, string.Join("\n", compilation.Diagnostics));
        var spec = compilation.Spec!;

        // The built-in template is generated into the runtime library itself: compare with the shipped one.
        var type = spec.Namespace == "Copydesk.Templates"
            ? typeof(global::Copydesk.IArticle).Assembly.GetType("Copydesk.Templates." + spec.Name, throwOnError: true)!
            : GeneratorHarness.CompileAndLoad(("Templates/" + fileName, text)).GetTypes().Single(t => t.Name == spec.Name && t.DeclaringType is null);
        var generated = (global::Copydesk.ArticleTemplate)type.GetProperty("Template", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        var analyzers = EngineTemplates.Build(spec);

        Assert.Equal(analyzers.Describe(), generated.Describe());
        Assert.Equal(spec.Rules.Count, generated.Rules.Count);
    }

    [Fact]
    public void The_test_templates_use_every_kind_of_condition()
    {
        var used = new HashSet<ConditionKind>();
        foreach (var row in Templates())
        {
            var spec = TemplateCompilation.Compile((string)row[1], (string)row[0]).Spec!;
            used.UnionWith(spec.Rules.SelectMany(r => r.Conditions).Select(c => c.Kind));
        }

        Assert.Equal(System.Enum.GetValues<ConditionKind>().OrderBy(k => k), used.OrderBy(k => k));
    }
}
