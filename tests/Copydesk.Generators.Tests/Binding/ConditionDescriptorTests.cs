using System.Linq;
using Copydesk.Generators.Analyzers;
using Copydesk.Generators.Binding;

namespace Copydesk.Generators.Tests.Binding;

/// <summary>
/// The condition table is the one place a condition is declared: every kind has an entry with every
/// fact, and each phrase reads back through the parser, the binder and the engine to itself.
/// </summary>
public class ConditionDescriptorTests
{
    public static TheoryData<string> Kinds() => new(System.Enum.GetNames<ConditionKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_an_entry_with_every_fact(string kindName)
    {
        var kind = System.Enum.Parse<ConditionKind>(kindName);
        var descriptor = ConditionDescriptor.Of(kind);

        Assert.Equal(kind, descriptor.Kind);
        Assert.NotEmpty(descriptor.Phrases);
        Assert.NotNull(descriptor.Test);
        Assert.NotNull(descriptor.Implies);
        Assert.NotNull(descriptor.MatchesAtMostOneBlock);
        Assert.True(System.Enum.IsDefined(descriptor.Tier));
        var takesArgument = descriptor.Shape is not ConditionShape.None and not ConditionShape.Pattern;
        Assert.Equal(takesArgument, descriptor.ArgumentDescription is not null);
        foreach (var phrase in descriptor.Phrases)
        {
            var placeholders = phrase.Words.Where((_, i) => phrase.IsPlaceholder(i)).ToList();
            Assert.Equal(descriptor.Shape == ConditionShape.None || phrase.ImpliedNumber > 0 ? 0 : 1, placeholders.Count);
        }
    }

    [Fact]
    public void The_table_has_one_entry_per_kind_in_kind_order()
    {
        Assert.Equal(System.Enum.GetValues<ConditionKind>(), ConditionDescriptor.All.Select(d => d.Kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_phrase_parses_binds_builds_and_spells_back_to_itself(string kindName)
    {
        var kind = System.Enum.Parse<ConditionKind>(kindName);
        foreach (var phrase in ConditionDescriptor.Of(kind).Phrases)
        {
            var written = string.Join(" ", phrase.Words.Select(word => word switch
            {
                "{n}" => "7",
                "{text}" => "\"Say \\\"hi\\\" \\\\ now\"",
                "{texts}" => "\"One\", \"Two\"",
                "{pattern}" => "/^(?<Name>\\w+)$/",
                "{section}" => "Credit",
                _ => word,
            }));

            var spec = Bind(written);
            var condition = Assert.Single(spec.Rules.Single(r => r.Name == "Probe").Conditions);
            Assert.Equal(kind, condition.Kind);
            Assert.Equal(phrase.ImpliedNumber > 0 ? phrase.ImpliedNumber : phrase.Words.Contains("{n}") ? 7 : 0, condition.Number);

            var engine = BlockCondition.Create(condition.ToArguments());
            Assert.Equal(kind, engine.Kind);
            Assert.Equal(written, engine.ToString());

            // The spelling reads back to the same model.
            Assert.Equal(condition, Assert.Single(Bind(engine.ToString()).Rules.Single(r => r.Name == "Probe").Conditions));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_condition_implies_itself(string kindName)
    {
        var kind = System.Enum.Parse<ConditionKind>(kindName);
        var descriptor = ConditionDescriptor.Of(kind);
        var arguments = new ConditionArguments(kind, descriptor.Shape == ConditionShape.Number ? 3 : 0,
            descriptor.Shape is ConditionShape.Text or ConditionShape.Texts or ConditionShape.Prefix or ConditionShape.Section ? new[] { "x" } : new string[0],
            null, descriptor.Shape == ConditionShape.Pattern ? "x" : null, false);

        Assert.True(descriptor.Implies(arguments, arguments));
    }

    private static Model.TemplateSpec Bind(string condition)
    {
        var text = $"template Harness in Tests\n@headline Title first block\n@attribution Credit? starts with \"By\"\n@note Probe? {condition}\n@paragraph Body* otherwise\n";
        var compilation = TemplateCompilation.Compile(text, "Probe.article");
        Assert.True(compilation.Spec is not null, condition + ": " + string.Join("; ", compilation.Diagnostics.Select(d => d.ToString())));
        return compilation.Spec!;
    }
}
