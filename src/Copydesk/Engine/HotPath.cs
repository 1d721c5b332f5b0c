using System.Runtime.CompilerServices;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>How the engine's loops over every character of an article are compiled.</summary>
internal static class HotPath
{
#if COPYDESK_ANALYZER
    /// <summary>
    /// Optimized at once (<c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not
    /// name): the analyzers run in a compiler process that lives seconds, and tiered compilation leaves
    /// a loop in its unoptimized first form for much of that.
    /// </summary>
    public const MethodImplOptions Options = (MethodImplOptions)512;
#else
    /// <summary>No hint: in an application the runtime's tiers, with their profile-guided optimization, do better.</summary>
    public const MethodImplOptions Options = 0;
#endif
}
