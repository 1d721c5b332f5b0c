namespace Copydesk.Generators.Model;

/// <summary>What the emitter needs from the consuming project.</summary>
/// <param name="RootNamespace">The project's <c>RootNamespace</c> as MSBuild gives it; <see cref="Binding.GeneratedNames.NamespaceOf"/> decides whether it is used.</param>
/// <param name="HasNotNullWhen">True when <c>NotNullWhenAttribute</c> exists, so <c>TryParse</c> can carry it.</param>
/// <param name="SupportsGeneratedCode">True when the language version is at least C# 8 (nullable annotations).</param>
internal sealed record EmitOptions(string RootNamespace, bool HasNotNullWhen, bool SupportsGeneratedCode);

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
