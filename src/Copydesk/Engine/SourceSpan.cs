using System;
using System.Globalization;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Where a piece of an article came from: a zero-based character offset and length into the parsed
/// string, and the one-based line and column of its first character.
/// </summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    public SourceSpan(int offset, int length, int line, int column)
    {
        Offset = offset;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>Zero-based offset of the first character in the parsed string.</summary>
    public int Offset { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length { get; }

    /// <summary>One-based line of the first character.</summary>
    public int Line { get; }

    /// <summary>One-based column (in UTF-16 code units) of the first character.</summary>
    public int Column { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End => Offset + Length;

    /// <inheritdoc/>
    public bool Equals(SourceSpan other) =>
        Offset == other.Offset && Length == other.Length && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((((Offset * 397) ^ Length) * 397 ^ Line) * 397 ^ Column);

    /// <summary>Formats the span as <c>(line,column)</c>, the way build output shows positions.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "({0},{1})", Line, Column);

    /// <summary>Compares two spans.</summary>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Compares two spans.</summary>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
}
