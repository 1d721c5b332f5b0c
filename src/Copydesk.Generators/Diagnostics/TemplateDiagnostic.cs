using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Diagnostics;

/// <summary>A problem found in template text: which diagnostic, where in the file, and its message arguments.</summary>
internal sealed class TemplateDiagnostic
{
    public TemplateDiagnostic(DiagnosticDescriptor descriptor, TextSpan span, params string[] arguments)
    {
        Descriptor = descriptor;
        Span = span;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public TextSpan Span { get; }

    public string[] Arguments { get; }

    /// <summary>Secondary places ("first declared here"), in the same file.</summary>
    public TextSpan[] AdditionalSpans { get; init; } = new TextSpan[0];

    /// <summary>What a code fix needs (<see cref="FixProperties"/>); empty when no fix is offered.</summary>
    public ImmutableDictionary<string, string?> Properties { get; init; } = FixProperties.None;

    public string Id => Descriptor.Id;

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments.Cast<object>().ToArray());

    public override string ToString() => $"{Id} [{Span.Start}..{Span.End}) {Message}";
}
