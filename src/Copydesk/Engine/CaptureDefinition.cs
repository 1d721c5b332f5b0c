using System;
using System.Globalization;

namespace Copydesk;

/// <summary>The type a capture converts to.</summary>
public enum CaptureKind
{
    /// <summary>The captured text as it stands (whitespace collapsed).</summary>
    String,

    /// <summary>A 32-bit integer in invariant culture.</summary>
    Int,

    /// <summary>A decimal number in invariant culture.</summary>
    Decimal,

    /// <summary>A date in invariant culture, read with a format (default <c>yyyy-MM-dd</c>).</summary>
    Date,
}

/// <summary>A named value that a rule takes out of the block it matches.</summary>
public sealed class CaptureDefinition
{
    /// <summary>The format used for <see cref="CaptureKind.Date"/> captures that name none.</summary>
    public const string DefaultDateFormat = "yyyy-MM-dd";

    /// <summary>Creates a capture definition.</summary>
    public CaptureDefinition(string name, CaptureKind kind = CaptureKind.String, string? format = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Format = kind == CaptureKind.Date ? format ?? DefaultDateFormat : format;
    }

    /// <summary>The capture's name; it becomes a property of the generated block type.</summary>
    public string Name { get; }

    /// <summary>The capture's type.</summary>
    public CaptureKind Kind { get; }

    /// <summary>The date format, for <see cref="CaptureKind.Date"/>.</summary>
    public string? Format { get; }

    /// <summary>
    /// True when <paramref name="value"/> converts to <see cref="Kind"/>. A rule whose capture does not
    /// convert does not match, so generated parsers and analyzers never see an unconvertible value.
    /// </summary>
    public bool Accepts(string value)
    {
        switch (Kind)
        {
            case CaptureKind.Int:
                return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
            case CaptureKind.Decimal:
                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
            case CaptureKind.Date:
                return DateTime.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _);
            default:
                return true;
        }
    }
}
