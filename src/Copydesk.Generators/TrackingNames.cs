namespace Copydesk.Generators;

/// <summary>Names of the generator's incremental steps; tests assert on them to prove caching.</summary>
internal static class TrackingNames
{
    public const string TemplateSource = nameof(TemplateSource);
    public const string TemplateModel = nameof(TemplateModel);
    public const string DuplicateNames = nameof(DuplicateNames);
    public const string EmitOptions = nameof(EmitOptions);
    public const string GeneratedSource = nameof(GeneratedSource);
}
