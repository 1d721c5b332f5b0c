using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Diagnostics;

/// <summary>The one place a span in a template or article file becomes a <see cref="Location"/>.</summary>
internal static class FileLocation
{
    public static Location Create(string path, SourceText text, TextSpan span)
    {
        var bounded = TextSpan.FromBounds(
            System.Math.Min(span.Start, text.Length),
            System.Math.Min(span.End, text.Length));
        return Location.Create(path, bounded, text.Lines.GetLinePositionSpan(bounded));
    }
}
