using System.Linq;
using System.Reflection;
using Copydesk.Generators.Binding;

namespace Copydesk.Generators.Tests.Binding;

/// <summary>Capture types are declared once: keyword, C# type, conversion; the engine's check is the generated conversion.</summary>
public class CaptureTypeTests
{
    [Fact]
    public void Every_capture_kind_has_one_entry_with_every_fact()
    {
        Assert.Equal(System.Enum.GetValues<CaptureKind>(), CaptureType.All.Select(t => t.Kind));
        Assert.Equal(CaptureType.All.Count, CaptureType.All.Select(t => t.Keyword).Distinct().Count());
        foreach (var type in CaptureType.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(type.Keyword));
            Assert.False(string.IsNullOrWhiteSpace(type.CSharpType));
            if (type.Kind == CaptureKind.String)
            {
                Assert.Null(type.Conversion);
                continue;
            }

            // The conversion generated code calls exists on the runtime's CaptureDefinition with the arguments the emitter passes.
            var method = typeof(global::Copydesk.CaptureDefinition).GetMethod(type.Conversion!, BindingFlags.Public | BindingFlags.Static);
            Assert.NotNull(method);
            Assert.Equal(type.TakesFormat ? 2 : 1, method!.GetParameters().Length);
        }
    }

    [Theory]
    [InlineData("int", "42", null, true)]
    [InlineData("int", "4.2", null, false)]
    [InlineData("int", "99999999999", null, false)]
    [InlineData("decimal", "1,234.5", null, true)]
    [InlineData("decimal", "abc", null, false)]
    [InlineData("date", "2021-12-23", "yyyy-MM-dd", true)]
    [InlineData("date", "23 December 2021", "d MMMM yyyy", true)]
    [InlineData("date", "2021-13-40", "yyyy-MM-dd", false)]
    public void The_engine_accepts_exactly_what_the_generated_conversion_converts(string keyword, string value, string? format, bool accepted)
    {
        var type = CaptureType.All.Single(t => t.Keyword == keyword);
        Assert.Equal(accepted, type.Accepts(value, format));

        var method = typeof(global::Copydesk.CaptureDefinition).GetMethod(type.Conversion!, BindingFlags.Public | BindingFlags.Static)!;
        var arguments = type.TakesFormat ? new object?[] { value, format } : new object?[] { value };
        if (accepted)
        {
            method.Invoke(null, arguments);
        }
        else
        {
            var exception = Assert.Throws<TargetInvocationException>(() => method.Invoke(null, arguments));
            Assert.IsType<System.FormatException>(exception.InnerException);
        }
    }

    [Fact]
    public void Every_role_has_an_annotation_in_templates()
    {
        Assert.Equal(System.Enum.GetValues<SectionRole>().OrderBy(r => r), Copydesk.Generators.Syntax.TemplateParser.Roles.Values.OrderBy(r => r));
    }
}
