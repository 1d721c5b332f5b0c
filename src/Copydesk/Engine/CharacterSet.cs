using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// A set of characters as the first-character checks hold one: the ASCII characters as two 64-bit masks
/// (bits 0–63 in <see cref="Low"/>, 64–127 in <see cref="High"/>), the others listed in order.
/// </summary>
internal sealed class CharacterSet
{
    private readonly SortedSet<char> _others = new();

    /// <summary>ASCII characters 0–63.</summary>
    public ulong Low { get; private set; }

    /// <summary>ASCII characters 64–127.</summary>
    public ulong High { get; private set; }

    /// <summary>The characters outside ASCII, in order.</summary>
    public IReadOnlyCollection<char> Others => _others;

    /// <summary>Adds <paramref name="c"/>.</summary>
    public void Add(char c)
    {
        if (c < 64)
        {
            Low |= 1UL << c;
        }
        else if (c < 128)
        {
            High |= 1UL << (c - 64);
        }
        else
        {
            _others.Add(c);
        }
    }

    /// <summary>True when the ASCII character <paramref name="c"/> is among those of <paramref name="low"/> and <paramref name="high"/>.</summary>
    public static bool HasAscii(char c, ulong low, ulong high) => ((c < 64 ? low >> c : high >> (c - 64)) & 1) != 0;
}
