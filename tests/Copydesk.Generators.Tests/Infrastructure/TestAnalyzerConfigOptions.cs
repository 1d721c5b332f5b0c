using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Analyzer config options given per file path, as MSBuild item metadata would give them.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Options> _byPath = new();

    public TestAnalyzerConfigOptionsProvider(Dictionary<string, string>? global = null)
    {
        GlobalOptions = new Options(global ?? new Dictionary<string, string>());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public void Set(string path, Dictionary<string, string> values) => _byPath[path] = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values)
        {
            _values = values;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
