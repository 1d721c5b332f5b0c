using System.Collections.Generic;

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>
/// Small lists of the most common words of six languages. Running text is about a third common
/// words; menus, teasers and credits are not, which tells a story paragraph from page furniture
/// without knowing the site.
/// </summary>
internal static class StopWords
{
    /// <summary>The languages, in the order of the bits <see cref="LanguagesOf(string, int, int)"/> returns.</summary>
    public static readonly string[] Languages = { "en", "de", "fr", "es", "it", "pt" };

    private static readonly string[] Lists =
    {
        // English
        "a about above after again against all also am an and any are as at be us because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your said says",
        // German
        "aber alle allem allen aller alles als also am an ander auch auf aus bei bin bis bist da damit dann das dass daß dem den denn der des die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können man mehr mein mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sondern sonst über um und uns unter viel vom von vor war waren warum was weil welche wenn werden wie wieder will wir wird wo zu zum zur zwar zwischen",
        // French
        "à au aux avec ce ces cette dans de des du elle elles en est et eux il ils je la le les leur leurs lui ma mais me même mes moi mon ne nos notre nous on ont ou où par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été être avoir fait comme plus aussi très tout tous cet sans entre",
        // Spanish
        "a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estas este esto estos fue fueron ha hay la las le les lo los más me mi mucho muy nada ni no nos o otra otros para pero poco por porque que quien se ser si sido sin sobre son su sus también tanto te tiene todo todos tu un una uno unos y ya yo",
        // Italian
        "a ad agli ai al alla alle allo anche che chi ci come con contro da dagli dai dal dalla dalle degli dei del della delle dello di dopo e è ed era essere gli ha hanno i il in la le lo loro ma mi molto ne nei nel nella nelle non nostro o per più perché però questa queste questi questo se sei si sia sono su sua sue sui sul sulla suo suoi tra tutti tutto un una uno",
        // Portuguese
        "a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este eu foi foram há isso isto já lhe mais mas me mesmo meu muito na nas não nem no nos o os ou para pela pelo por porque quando que quem se sem ser seu seus só sua suas também te tem um uma uns você",
    };

    private static readonly string[] Slots;
    private static readonly int[] SlotBits;
    private static readonly int Mask;

#if NET8_0_OR_GREATER
    // The words of only ASCII characters again, each keyed by its characters as the bytes of a ulong
    // (first character lowest), each within AsciiProbes slots of where its key hashes to: a word of the
    // text is looked up by one multiply and that many compares, without a branch on the answer.
    private const int AsciiProbes = 4;
    private static readonly AsciiEntry[] AsciiTable;
    private static readonly int AsciiShift;

    private readonly struct AsciiEntry
    {
        public AsciiEntry(ulong key, ulong counts)
        {
            Key = key;
            Counts = counts;
        }

        public ulong Key { get; }

        public ulong Counts { get; }
    }
#endif

    // The highest character of the common words: a word whose first character lower-cases above it is none of them.
    private static readonly char Highest;

    static StopWords()
    {
        var table = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var language = 0; language < Lists.Length; language++)
        {
            foreach (var word in Lists[language].Split(' '))
            {
                table.TryGetValue(word, out var bits);
                table[word] = bits | (1 << language);
                foreach (var c in word)
                {
                    Highest = c > Highest ? c : Highest;
                }
            }
        }

        // Open addressing at a quarter full: lookups hash the word's lower-cased characters in
        // place, so counting common words allocates nothing.
        var size = 1;
        while (size < table.Count * 4)
        {
            size <<= 1;
        }

        Slots = new string[size];
        SlotBits = new int[size];
        Mask = size - 1;
        foreach (var pair in table)
        {
            var slot = Hash(pair.Key, 0, pair.Key.Length) & Mask;
            while (Slots[slot] is not null)
            {
                slot = (slot + 1) & Mask;
            }

            Slots[slot] = pair.Key;
            SlotBits[slot] = pair.Value;
        }

#if NET8_0_OR_GREATER
        (AsciiTable, AsciiShift) = BuildAsciiTable(table, size);
#endif
    }

#if NET8_0_OR_GREATER

    private static (AsciiEntry[] Table, int Shift) BuildAsciiTable(Dictionary<string, int> words, int size)
    {
        while (true)
        {
            var shift = 64;
            for (var bits = size; bits > 1; bits >>= 1)
            {
                shift--;
            }

            var entries = new AsciiEntry[size + AsciiProbes - 1];
            var fits = true;
            foreach (var pair in words)
            {
                // The lists are lower case, so a word's key is its characters'.
                if (!TryAsciiKey(pair.Key, 0, pair.Key.Length, out var key))
                {
                    continue;
                }

                var home = AsciiSlot(key, shift);
                var slot = home;
                while (slot < home + AsciiProbes && entries[slot].Key != 0)
                {
                    slot++;
                }

                if (slot == home + AsciiProbes)
                {
                    fits = false;
                    break;
                }

                entries[slot] = new AsciiEntry(key, Counts(pair.Value));
            }

            if (fits)
            {
                return (entries, shift);
            }

            size *= 2;
        }
    }

    /// <summary>Bits of <see cref="Counts"/>' fields: a block's common words are summed in them, a field per language.</summary>
    public const int CountBits = 10;

    /// <summary>The language bits of <see cref="LanguagesOf(string, int, int)"/> spread out, one per field of <see cref="CountBits"/> bits, so that sums of them count per language.</summary>
    public static ulong Counts(int languages)
    {
        var counts = 0UL;
        for (var l = 0; languages != 0; l++, languages >>= 1)
        {
            counts |= (ulong)(languages & 1) << (CountBits * l);
        }

        return counts;
    }

    /// <summary>
    /// <see cref="Counts"/> of <see cref="LanguagesOf(string, int, int)"/> for a word of at most <see cref="MaxWordLength"/>
    /// ASCII characters, lower-cased, given as their bytes in a ulong (first character in the lowest byte).
    /// </summary>
    public static ulong CountsOfAscii(ulong key)
    {
        var table = AsciiTable;
        var slot = AsciiSlot(key, AsciiShift);
        var counts = 0UL;
        for (var probe = 0; probe < AsciiProbes; probe++)
        {
            var entry = table[slot + probe];
            counts |= entry.Key == key ? entry.Counts : 0;
        }

        return counts;
    }

    /// <summary>
    /// The key <see cref="CountsOfAscii"/> takes for the word <c>text[start..start+length)</c>, its ASCII letters
    /// lower-cased; false when it is empty, longer than <see cref="MaxWordLength"/> or not all ASCII.
    /// </summary>
    internal static bool TryAsciiKey(string text, int start, int length, out ulong key)
    {
        key = 0;
        if (length is 0 or > MaxWordLength)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            var c = text[start + i];
            if (c is '\0' or >= (char)128)
            {
                return false;
            }

            key |= (ulong)((uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20 : c) << (8 * i);
        }

        return true;
    }

    private static int AsciiSlot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
#endif

    /// <summary>A bit per language of <see cref="Languages"/> in which the word <c>text[start..start+length)</c> is common; 0 for none.</summary>
    public static int LanguagesOf(string text, int start, int length) =>
        length > MaxWordLength || length > 0 && Lower(text[start]) > Highest ? 0 : LanguagesOf(text, start, length, Hash(text, start, length));

    /// <summary><see cref="LanguagesOf(string, int, int)"/> for a word whose <see cref="Hash"/> the caller computed while reading it.</summary>
    public static int LanguagesOf(string text, int start, int length, int hash)
    {
        if (length > MaxWordLength)
        {
            return 0;
        }

        for (var slot = hash & Mask; Slots[slot] is { } word; slot = (slot + 1) & Mask)
        {
            if (word.Length == length && EqualsLower(word, text, start))
            {
                return SlotBits[slot];
            }
        }

        return 0;
    }

    /// <summary>The longest common word of the lists; longer words are looked up no further.</summary>
    public const int MaxWordLength = 8;

    /// <summary>What <see cref="Hash"/> starts from.</summary>
    public const int HashStart = unchecked((int)2166136261);

    /// <summary>Adds one character to a word's hash (lower-cased: the lists are).</summary>
    public static int HashStep(int hash, char c) => HashStepLower(hash, Lower(c));

    /// <summary><see cref="HashStep"/> for a character already lower-cased.</summary>
    public static int HashStepLower(int hash, char lower) => unchecked((hash ^ lower) * 16777619);

    /// <summary>The finished hash of a word whose characters went through <see cref="HashStep"/>.</summary>
    public static int HashEnd(int hash) => hash & int.MaxValue;

    private static int Hash(string text, int start, int length)
    {
        var hash = HashStart;
        for (var i = start; i < start + length; i++)
        {
            hash = HashStep(hash, text[i]);
        }

        return HashEnd(hash);
    }

    private static char Lower(char c) => TextNormalizer.LowerInvariant(c);

    private static bool EqualsLower(string word, string text, int start)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] != Lower(text[start + i]))
            {
                return false;
            }
        }

        return true;
    }
}
