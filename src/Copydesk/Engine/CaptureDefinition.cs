using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>The type a capture converts to.</summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
enum CaptureKind
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
#if COPYDESK_ANALYZER
internal
#else
public
#endif
sealed class CaptureDefinition
{
    /// <summary>The format used for <see cref="CaptureKind.Date"/> captures that name none.</summary>
    public const string DefaultDateFormat = "yyyy-MM-dd";

    /// <summary>Creates a capture definition.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public CaptureDefinition(string name, CaptureKind kind = CaptureKind.String, string? format = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Format = kind == CaptureKind.Date ? format ?? DefaultDateFormat : null;
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
    public bool Accepts(string value) => CaptureType.Of(Kind).Accepts(value, Format);

    /// <summary>Converts an <c>int</c> capture the way the engine checked it; generated parsers call this.</summary>
    /// <exception cref="FormatException"><paramref name="value"/> is not an invariant-culture integer.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static int ToInt(string value) =>
        CaptureType.TryInt(value, out var result) ? result : throw new FormatException($"'{value}' is not an int capture.");

    /// <summary>Converts a <c>decimal</c> capture the way the engine checked it; generated parsers call this.</summary>
    /// <exception cref="FormatException"><paramref name="value"/> is not an invariant-culture number.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static decimal ToDecimal(string value) =>
        CaptureType.TryDecimal(value, out var result) ? result : throw new FormatException($"'{value}' is not a decimal capture.");

    /// <summary>Converts a <c>date</c> capture the way the engine checked it; generated parsers call this.</summary>
    /// <exception cref="FormatException"><paramref name="value"/> does not have the format <paramref name="format"/>.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static DateTime ToDate(string value, string format) =>
        CaptureType.TryDate(value, format, out var result) ? result : throw new FormatException($"'{value}' is not a date in the format '{format}'.");
}

/// <summary>
/// Everything the pipeline knows about one capture type: its keyword in templates, the C# type and
/// conversion generated code uses, and the check the engine runs. The engine's check and the
/// generated conversion are the same function, so a value the engine accepted always converts.
/// </summary>
internal sealed class CaptureType
{
    private static readonly CaptureType[] ByKind =
    {
        new(CaptureKind.String, "string", "string", null, takesFormat: false, static (value, format) => true),
        new(CaptureKind.Int, "int", "int", nameof(CaptureDefinition.ToInt), takesFormat: false, static (value, format) => TryInt(value, out var _)),
        new(CaptureKind.Decimal, "decimal", "decimal", nameof(CaptureDefinition.ToDecimal), takesFormat: false, static (value, format) => TryDecimal(value, out var _)),
        new(CaptureKind.Date, "date", "global::System.DateTime", nameof(CaptureDefinition.ToDate), takesFormat: true, static (value, format) => TryDate(value, format!, out var _)),
    };

    private CaptureType(CaptureKind kind, string keyword, string csharpType, string? conversion, bool takesFormat, Func<string, string?, bool> accepts)
    {
        Kind = kind;
        Keyword = keyword;
        CSharpType = csharpType;
        Conversion = conversion;
        TakesFormat = takesFormat;
        Accepts = accepts;
    }

    public CaptureKind Kind { get; }

    /// <summary>The type's name in templates: <c>{Count:int}</c>.</summary>
    public string Keyword { get; }

    /// <summary>The property type generated code declares.</summary>
    public string CSharpType { get; }

    /// <summary>The <see cref="CaptureDefinition"/> method generated code converts with; <c>null</c> for strings.</summary>
    public string? Conversion { get; }

    /// <summary>True when the conversion takes a format (dates).</summary>
    public bool TakesFormat { get; }

    /// <summary>The engine's check: true when the value converts (format for dates).</summary>
    public Func<string, string?, bool> Accepts { get; }

    public static IReadOnlyList<CaptureType> All => ByKind;

    public static CaptureType Of(CaptureKind kind) => ByKind[(int)kind];

    internal static bool TryInt(string value, out int result) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out result);

    internal static bool TryDecimal(string value, out decimal result) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out result);

    internal static bool TryDate(string value, string format, out DateTime result) =>
        DateTime.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out result);
}
