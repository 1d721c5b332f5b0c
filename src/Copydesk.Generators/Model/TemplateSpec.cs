namespace Copydesk.Generators.Model;

/// <summary>A template as the emitter and the analyzers need it: equatable data only.</summary>
/// <param name="Name">The generated type's name.</param>
/// <param name="Namespace">Its namespace, or empty for the project's root namespace.</param>
/// <param name="IsInternal">True for an <c>internal</c> type.</param>
/// <param name="FileName">The template's file name, quoted in doc comments.</param>
/// <param name="Rules">The rules in declaration order.</param>
/// <param name="SpeechVerbs">Words that attribute a quotation; empty for the engine's defaults.</param>
/// <param name="DisabledDiagnostics">IDs the template switched off with <c># copydesk: disable</c>.</param>
/// <param name="Errors">
/// The template's errors, one line each with line and column; empty for a valid template. A template
/// with errors still generates its type and the members of its valid rules, and its <c>Parse</c>
/// throws naming these, so user code fails at the cause instead of with "name does not exist".
/// </param>
internal sealed record TemplateSpec(
    string Name,
    string Namespace,
    bool IsInternal,
    string FileName,
    EquatableArray<RuleSpec> Rules,
    EquatableArray<string> SpeechVerbs,
    EquatableArray<string> DisabledDiagnostics,
    EquatableArray<string> Errors);
