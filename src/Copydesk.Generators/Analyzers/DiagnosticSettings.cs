using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Copydesk.Generators.Analyzers;

/// <summary>
/// Severity settings for one file. The compiler applies neither <c>#pragma</c> nor
/// <c>.editorconfig</c> <c>dotnet_diagnostic.*</c> entries to diagnostics located in non-C# files, so
/// Copydesk reads its own per-file keys: <c>copydesk.ARTnnnn.severity</c> in a matching
/// <c>.editorconfig</c> section, the item's <c>NoWarn</c> metadata, and the template's
/// <c># copydesk: disable</c> directive. <c>.globalconfig</c>, <c>NoWarn</c> and
/// <c>WarningsAsErrors</c> are applied by the compiler afterwards, as for any diagnostic; an ID the
/// project's <c>NoWarn</c> lists is not even made, since the compiler drops it whatever its severity.
/// </summary>
internal sealed class DiagnosticSettings
{
    public const string SeverityKeyPrefix = "copydesk.";
    public const string SeverityKeySuffix = ".severity";
    // Roslyn cuts analyzer config values at ';' (dotnet/roslyn#43970), so the package's targets copy
    // the item's NoWarn list into CopydeskNoWarn with ',' separators; plain NoWarn keeps its first ID.
    public const string NoWarnKey = "build_metadata.AdditionalFiles.CopydeskNoWarn";
    public const string PlainNoWarnKey = "build_metadata.AdditionalFiles.NoWarn";

    private readonly AnalyzerConfigOptions _options;
    private readonly HashSet<string> _suppressed;
    private readonly IReadOnlyDictionary<string, ReportDiagnostic> _projectOptions;

    private DiagnosticSettings(AnalyzerConfigOptions options, HashSet<string> suppressed, IReadOnlyDictionary<string, ReportDiagnostic> projectOptions)
    {
        _options = options;
        _suppressed = suppressed;
        _projectOptions = projectOptions;
    }

    /// <param name="options">The analyzer's options: per-file keys and item metadata.</param>
    /// <param name="compilationOptions">The project's options: <c>NoWarn</c> arrives as <see cref="ReportDiagnostic.Suppress"/> in <see cref="CompilationOptions.SpecificDiagnosticOptions"/>.</param>
    /// <param name="file">The file the diagnostics are located in.</param>
    /// <param name="disabledByTemplate">IDs the template's <c># copydesk: disable</c> directives name.</param>
    public static DiagnosticSettings For(AnalyzerOptions options, CompilationOptions compilationOptions, AdditionalText file, IEnumerable<string> disabledByTemplate)
    {
        var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
        var suppressed = new HashSet<string>(disabledByTemplate, StringComparer.OrdinalIgnoreCase);
        foreach (var key in new[] { NoWarnKey, PlainNoWarnKey })
        {
            if (fileOptions.TryGetValue(key, out var noWarn))
            {
                foreach (var id in noWarn.Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    suppressed.Add(id.Trim());
                }
            }
        }

        return new DiagnosticSettings(fileOptions, suppressed, compilationOptions.SpecificDiagnosticOptions);
    }

    /// <summary>The severity to report <paramref name="descriptor"/> with in this file, or <c>null</c> to not report it.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor)
    {
        if (_suppressed.Contains(descriptor.Id) ||
            (_projectOptions.TryGetValue(descriptor.Id, out var project) && project == ReportDiagnostic.Suppress))
        {
            return null;
        }

        if (_options.TryGetValue(SeverityKeyPrefix + descriptor.Id + SeverityKeySuffix, out var value) ||
            _options.TryGetValue(SeverityKeyPrefix + descriptor.Id.ToLowerInvariant() + SeverityKeySuffix, out value))
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "none":
                    return null;
                case "silent":
                case "hidden":
                    return DiagnosticSeverity.Hidden;
                case "suggestion":
                case "info":
                    return DiagnosticSeverity.Info;
                case "warning":
                    return DiagnosticSeverity.Warning;
                case "error":
                    return DiagnosticSeverity.Error;
            }
        }

        return descriptor.DefaultSeverity;
    }

    /// <summary>Whether <paramref name="descriptor"/> is reported in this file at all.</summary>
    public bool IsOn(DiagnosticDescriptor descriptor) => SeverityOf(descriptor) is not null;

    /// <summary>Reports through <paramref name="report"/> unless the settings switch it off.</summary>
    public void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, IEnumerable<Location>? additionalLocations, params object?[] arguments) =>
        Report(report, descriptor, location, additionalLocations, null, arguments);

    public void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, IEnumerable<Location>? additionalLocations, System.Collections.Immutable.ImmutableDictionary<string, string?>? properties, params object?[] arguments)
    {
        var severity = SeverityOf(descriptor);
        if (severity is null)
        {
            return;
        }

        report(Diagnostic.Create(descriptor, location, severity.Value, additionalLocations, properties, arguments));
    }
}
