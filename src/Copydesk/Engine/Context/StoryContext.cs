using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>What a block looks like on its own, before its neighbours are considered.</summary>
internal enum StoryBlockClass
{
    /// <summary>Long running text with many common words: a story paragraph.</summary>
    Good,

    /// <summary>Shorter sentence-like text: a paragraph when it stands among good blocks.</summary>
    NearGood,

    /// <summary>Too short to judge alone (a heading, a date, a menu item).</summary>
    Short,

    /// <summary>Longer text with common words but no final punctuation: a headline or a teaser.</summary>
    TitleLike,

    /// <summary>Menu items, bullet links, repeated teasers, legal and cookie lines, text with few common words.</summary>
    Bad,

    /// <summary>A line that opens readers' comments: the story does not run across it.</summary>
    Barrier,
}

/// <summary>
/// Where the story is on a page that keeps its menus, teasers and footers: the densest stretch of
/// long, punctuated blocks rich in common words, found in one pass over the blocks (a maximum-sum
/// run), then short blocks inside it that sit between story blocks (subheadings, short quotes),
/// and the headline just above it. The ideas are those of jusText and boilerpipe (length, share of
/// common words, neighbours, clusters) read from plain text; nothing in it names a site.
/// </summary>
internal sealed class StoryContext
{
    private const int ShortLength = 70;
    private const int LongLength = 200;
    private const int VeryLongLength = 400;
    private const double HighDensity = 0.30;
    private const double LowDensity = 0.22;
    private const double NameDenseDensity = 0.12;
    private const int MaxInStoryShortLength = 150;
    private const int HeadlineSearch = 10;
    private const int MaxRepeatedLength = 400;
    private const int MaxBarrierLength = 80;

    // A match of each of the next two expressions begins with a character of its list below (CommentsOpenFirst,
    // RelatedOpenFirst): a phrase added to one needs its first letter there (a test puts every character before each phrase).
    internal static readonly Regex CommentsOpen = new(
        @"^(?:\[ ?)?(?:\d+ )?(?:top rated |latest |recent |reader |show |view |all )?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|comentários?)\b" +
        @"|^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|comments? (?:are|is) closed|as you comment|you must be logged in to (?:post a )?comment|schreibe einen kommentar|laisser un commentaire|deja un comentario|lascia un commento)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    internal static readonly Regex RelatedOpen = new(
        @"^(?:related (?:articles|stories|posts|coverage)|more (?:stories|articles) from|you (?:may|might) also like|recommended (?:for you|stories|articles)|read (?:next|more)|mehr zum thema|lire aussi|à lire aussi|leggi anche|lee también|leia também)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// What a match of <see cref="CommentsOpen"/> can begin with besides a decimal digit: a bracket, or a first
    /// letter of its phrases in either case, and the Kelvin sign, which .NET matches to k ignoring case.
    /// </summary>
    internal const string CommentsOpenFirst = "[acdjklprstvyACDJKLPRSTVY\u212A";

    /// <summary>What a match of <see cref="RelatedOpen"/> can begin with: a first letter of its phrases in either case.</summary>
    internal const string RelatedOpenFirst = "lmryLMRY\u00E0\u00C0";

    internal static readonly FirstCharacters CommentsFirst = new(CommentsOpenFirst, digits: true);
    internal static readonly FirstCharacters RelatedFirst = new(RelatedOpenFirst, digits: false);

    /// <summary>
    /// The characters an anchored regular expression can begin a match with: asked before the expression,
    /// most blocks (a bullet, a capital of another word) are turned away by one look at their first character.
    /// </summary>
    internal sealed class FirstCharacters
    {
        private readonly ulong _low;
        private readonly ulong _high;
        private readonly string _others;
        private readonly bool _digits;

        public FirstCharacters(string characters, bool digits)
        {
            var set = new CharacterSet();
            foreach (var c in characters)
            {
                set.Add(c);
            }

            for (var c = '0'; digits && c <= '9'; c++)
            {
                set.Add(c);
            }

            _low = set.Low;
            _high = set.High;
            _others = new string(new List<char>(set.Others).ToArray());
            _digits = digits;
        }

        /// <summary>False when <paramref name="text"/> cannot begin a match: empty, or its first character is not one of them.</summary>
        public bool MayBegin(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            var c = text[0];
            return c < 128 ? CharacterSet.HasAscii(c, _low, _high) : _others.IndexOf(c) >= 0 || _digits && char.IsDigit(c);
        }
    }

    // Searched as plain text: an unanchored regular expression would cost more than the rest of the story finder.
    internal static readonly string[] FurniturePhrases = { "all rights reserved", "privacy policy", "terms of use", "terms of service" };

    /// <summary>Letters one of which each furniture phrase holds.</summary>
    internal const string FurnitureLetterText = "vVfFkK";

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> FurnitureLetters = System.Buffers.SearchValues.Create(FurnitureLetterText);
#else
    private static readonly char[] FurnitureLetters = FurnitureLetterText.ToCharArray();
#endif

    private static readonly Regex ConsentWords = new(
        @"\b(?:website|browser|consent|accept|privacy|preferences|settings|akzeptieren|zustimmen|accepter|aceptar|acepto|accetta)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex BylineOrDate = new(
        @"^(?:by|von|par|por|written by|posted by|story by|words by|text by|article by|reported by)\b|^(?:authors?|autor|autorin|auteur|autore|text|texte|texto|testo|words|reporter|текст|автор) ?:" +
        @"|^\W*\d{1,4}[./ -]\d{1,2}[./ -]\d{1,4}|^(?:updated|published|posted)\b|\b(?:bureau|news service)\b|\bdesk$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly bool[] _inStory;

    private StoryContext(StoryBlockClass[] classes, bool[] inStory, int start, int end, int headline, string? language)
    {
        Classes = classes;
        _inStory = inStory;
        Start = start;
        End = end;
        Headline = headline;
        Language = language;
    }

    /// <summary>Each block's class on its own.</summary>
    public IReadOnlyList<StoryBlockClass> Classes { get; }

    /// <summary>The first block of the story's stretch, or -1 when the article has no story text.</summary>
    public int Start { get; }

    /// <summary>The last block of the story's stretch, or -1.</summary>
    public int End { get; }

    /// <summary>The block taken as the story's headline, or -1.</summary>
    public int Headline { get; }

    /// <summary>The language whose common words the article uses most (<c>en</c>, <c>de</c> …), or <c>null</c> when none of the lists fits.</summary>
    public string? Language { get; }

    /// <summary>True when block <paramref name="index"/> is story text.</summary>
    public bool InStory(int index) => _inStory[index];

    /// <summary>Finds the story among <paramref name="blocks"/> (each block's text, spaces collapsed).</summary>
    public static StoryContext Compute(IReadOnlyList<string> blocks)
    {
        var count = blocks.Count;
        var words = new int[count];
        var hits = new int[count * StopWords.Languages.Length];
        var totals = new int[StopWords.Languages.Length];
        var allWords = 0;
        for (var i = 0; i < count; i++)
        {
            CountWords(blocks[i], out words[i], hits, i * StopWords.Languages.Length);
            allWords += words[i];
            for (var l = 0; l < totals.Length; l++)
            {
                totals[l] += hits[i * totals.Length + l];
            }
        }

        var language = -1;
        for (var l = 0; l < totals.Length; l++)
        {
            if (totals[l] > (language < 0 ? 0 : totals[language]))
            {
                language = l;
            }
        }

        // Text in a language without a list (or no text at all) falls back to length and punctuation.
        if (language >= 0 && totals[language] * 20 < allWords)
        {
            language = -1;
        }

        // Repeats matter only for short blocks (teasers and menu items shown twice): only those are
        // hashed, once each; a repeat marks itself and the block it repeats.
        var firstOf = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var repeated = new bool[count];
        for (var i = 0; i < count; i++)
        {
            if (blocks[i].Length > MaxRepeatedLength)
            {
                continue;
            }

#if NET
            ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(firstOf, blocks[i], out var exists);
            if (!exists)
            {
                first = i;
            }
            else
            {
                repeated[first] = repeated[i] = true;
            }
#else
            if (firstOf.TryGetValue(blocks[i], out var first))
            {
                repeated[first] = repeated[i] = true;
            }
            else
            {
                firstOf.Add(blocks[i], i);
            }
#endif
        }

        var classes = new StoryBlockClass[count];
        var anyPositive = false;
        for (var i = 0; i < count; i++)
        {
            var density = language < 0 || words[i] == 0 ? -1 : hits[i * totals.Length + language] / (double)words[i];
            classes[i] = Classify(blocks[i], words[i], density, repeated[i]);
            anyPositive |= classes[i] is StoryBlockClass.Good or StoryBlockClass.NearGood;
        }

        // A short article of short paragraphs: its punctuated sentences are the story.
        if (!anyPositive)
        {
            for (var i = 0; i < count; i++)
            {
                if (classes[i] == StoryBlockClass.Short && EndsSentence(blocks[i]) && words[i] >= 3)
                {
                    classes[i] = StoryBlockClass.NearGood;
                }
            }
        }

        FindDensestStretch(classes, words, out var start, out var end);
        var inStory = new bool[count];
        for (var i = start; i >= 0 && i <= end; i++)
        {
            inStory[i] = classes[i] is StoryBlockClass.Good or StoryBlockClass.NearGood;
        }

        // Subheadings and one-line quotes: short blocks just after story text and right before more of
        // it. From the end back, so a subheading over a short first sentence is seen.
        for (var i = end - 1; start >= 0 && i > start; i--)
        {
            if (classes[i] is StoryBlockClass.Short or StoryBlockClass.TitleLike &&
                blocks[i].Length is > 0 and <= MaxInStoryShortLength && inStory[i + 1] && StoryJustBefore(inStory, i, start) &&
                blocks[i][blocks[i].Length - 1] is not '.' and not ':' and not ',' and not ';')
            {
                inStory[i] = true;
            }
        }

        var headline = start < 0 ? -1 : FindHeadline(blocks, classes, words, start);
        return new StoryContext(classes, inStory, start, end, headline, language < 0 ? null : StopWords.Languages[language]);
    }

    private static bool StoryJustBefore(bool[] inStory, int index, int start)
    {
        for (var i = index - 1; i >= start && i >= index - 3; i--)
        {
            if (inStory[i])
            {
                return true;
            }
        }

        return false;
    }

    private static StoryBlockClass Classify(string text, int words, double density, bool repeated)
    {
        var length = text.Length;
        var punctuated = EndsSentence(text);
        // A short line only: "Comments from the minister …" opens a paragraph, not a comment section.
        if (length <= MaxBarrierLength && CommentsFirst.MayBegin(text) && CommentsOpen.IsMatch(text))
        {
            return StoryBlockClass.Barrier;
        }

        // "Read more: …" teasers sit inside stories as well as after them: furniture, not a wall.
        // The cheap tests first: a bullet or a repeat needs no search for furniture phrases.
        if (repeated && !punctuated || IsBullet(text) && length < 150 || length <= 60 && RelatedFirst.MayBegin(text) && RelatedOpen.IsMatch(text) || IsFurniture(text))
        {
            return StoryBlockClass.Bad;
        }

        if (length < ShortLength)
        {
            // A one-sentence paragraph: short, but a sentence in the article's language.
            return words >= 4 && punctuated && text[length - 1] is not ':' and not ')' and not '\'' and not '’' && (density < 0 || density >= NameDenseDensity)
                ? StoryBlockClass.NearGood
                : StoryBlockClass.Short;
        }

        if (density < 0)
        {
            return punctuated ? length >= LongLength ? StoryBlockClass.Good : StoryBlockClass.NearGood : StoryBlockClass.TitleLike;
        }

        if (density >= HighDensity && length >= LongLength && (punctuated || length >= VeryLongLength))
        {
            return StoryBlockClass.Good;
        }

        if (density >= LowDensity)
        {
            return punctuated ? StoryBlockClass.NearGood : StoryBlockClass.TitleLike;
        }

        // A sentence dense with names (a quote and its speaker, a company's boilerplate) is still a sentence.
        return punctuated && words >= 8 && density >= NameDenseDensity ? StoryBlockClass.NearGood : StoryBlockClass.Bad;
    }

    private static bool IsFurniture(string text)
    {
        if (text.Length > 2000)
        {
            return false;
        }

        if (text.IndexOf('©') >= 0)
        {
            return true;
        }

        // Every phrase (and "cookie") holds a v, f or k, which ordinal comparison ignoring case matches only
        // in its two ASCII cases (a test holds it to that): a block with none holds no phrase, read once, not five times.
#if NET8_0_OR_GREATER
        if (text.AsSpan().IndexOfAny(FurnitureLetters) < 0)
#else
        if (text.IndexOfAny(FurnitureLetters) < 0)
#endif
        {
            return false;
        }

        if (IsCookieNotice(text))
        {
            return true;
        }

        foreach (var phrase in FurniturePhrases)
        {
            if (text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCookieNotice(string text) =>
        text.IndexOf("cookie", StringComparison.OrdinalIgnoreCase) >= 0 && ConsentWords.IsMatch(text);

    /// <summary>The stretch of blocks with the highest score (story text counts for, furniture against); linear.</summary>
    private static void FindDensestStretch(StoryBlockClass[] classes, int[] words, out int start, out int end)
    {
        start = end = -1;
        double best = 0, sum = 0;
        var from = 0;
        var afterComments = false;
        for (var i = 0; i < classes.Length; i++)
        {
            double value;
            switch (classes[i])
            {
                case StoryBlockClass.Good:
                    value = words[i];
                    break;
                case StoryBlockClass.NearGood:
                    value = 0.8 * words[i];
                    break;
                case StoryBlockClass.Short:
                    value = -2;
                    break;
                case StoryBlockClass.TitleLike:
                    value = -3;
                    break;
                case StoryBlockClass.Barrier:
                    afterComments = true;
                    sum = 0;
                    from = i + 1;
                    continue;
                default:
                    value = -0.5 * Math.Min(words[i], 25) - 3;
                    break;
            }

            // Readers' comments are sentences too; the story comes before them.
            if (afterComments && value > 0)
            {
                value *= 0.3;
            }

            if (sum <= 0)
            {
                sum = 0;
                from = i;
            }

            sum += value;
            if (sum > best)
            {
                best = sum;
                start = from;
                end = i;
            }
        }
    }

    /// <summary>The nearest block above the story that reads like a headline: a few words, no final full stop, not a byline or a date.</summary>
    private static int FindHeadline(IReadOnlyList<string> blocks, StoryBlockClass[] classes, int[] words, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - HeadlineSearch; i--)
        {
            var text = blocks[i];
            // Headlines have few common words, so a "bad" block may be one; menus' bullets, furniture and bylines are not.
            if (classes[i] == StoryBlockClass.Barrier || words[i] < 3 || text.Length > 250 || BylineOrDate.IsMatch(text) || IsFurniture(text))
            {
                continue;
            }

            var last = text[text.Length - 1];
            if (last is '.' or ':' or ',' or ';' || IsBullet(text))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    private static bool IsBullet(string text) =>
        text.Length > 1 && (text[0] is '•' or '·' or '▪' or '◦' || text[0] is '*' or '-' or '–' && text[1] == ' ');

    private static bool EndsSentence(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var last = text[text.Length - 1];
        return last is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '\'' or ')' or '»' or '…' or '。' or '！' or '？';
    }

    // Per ASCII character: itself lower-cased when it is a word character (letter, digit, _), else 0.
    private static readonly char[] AsciiWordLower = BuildAsciiWordLower();

    private static char[] BuildAsciiWordLower()
    {
        var table = new char[128];
        for (var c = (char)0; c < 128; c++)
        {
            table[c] = TextNormalizer.IsWordChar(c) ? TextNormalizer.LowerInvariant(c) : '\0';
        }

        return table;
    }

    /// <summary>Counts the block's words and, per language, its common words.</summary>
    internal static void CountWords(string text, out int words, int[] hits, int offset)
    {
#if NET8_0_OR_GREATER
        if (Vector128.IsHardwareAccelerated)
        {
            CountWordsByWindow(text, out words, hits, offset);
            return;
        }
#endif
        CountWordsByCharacter(text, out words, hits, offset);
    }

#if NET8_0_OR_GREATER
    // Blocks up to this many characters mark their word characters in a bitmap on the stack (which is
    // zeroed on each call, so it stays small); longer ones, a few in a page, in an array.
    private const int StackBitmapLength = 512;

    /// <summary>
    /// <see cref="CountWordsByCharacter"/> a window at a time: one vector test of 16 characters marks the
    /// word characters in a bitmap (a character past ASCII is asked of <see cref="TextNormalizer.IsWordChar"/>
    /// alone), words are read from the bitmap's runs, and a short word of ASCII characters is looked up
    /// by its lower-cased characters loaded whole (a word with any other character as before).
    /// </summary>
    internal static void CountWordsByWindow(string text, out int words, int[] hits, int offset)
    {
        var length = text.Length;
        var chunks = (length + 63) >> 6;
        Span<ulong> bitmap = length <= StackBitmapLength ? stackalloc ulong[StackBitmapLength / 64] : new ulong[chunks];
        bitmap = bitmap.Slice(0, chunks);
        MarkWordCharacters(text, bitmap);

        ref var characters = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        words = 0;
        var counts = 0UL;
        var pending = 0;
        var chunk = 0;
        var at = bitmap.Length == 0 ? 0UL : bitmap[0];
        while (true)
        {
            // The next word's first character, then the first character after it.
            while (at == 0)
            {
                if (++chunk >= bitmap.Length)
                {
                    AddCounts(hits, offset, counts);
                    return;
                }

                at = bitmap[chunk];
            }

            var start = (chunk << 6) + BitOperations.TrailingZeroCount(at);
            var after = ~bitmap[chunk] & (ulong.MaxValue << (start & 63));
            while (after == 0 && ++chunk < bitmap.Length)
            {
                after = ~bitmap[chunk];
            }

            var end = chunk < bitmap.Length ? (chunk << 6) + BitOperations.TrailingZeroCount(after) : length;
            at = chunk < bitmap.Length ? bitmap[chunk] & (ulong.MaxValue << (end & 63)) : 0;

            words++;
            var wordLength = end - start;
            if (wordLength > StopWords.MaxWordLength)
            {
                continue;
            }

            counts += start + 8 <= length
                ? CountsOfLoaded(text, ref characters, start, wordLength)
                : CountsOfLast(text, start, wordLength);
            if (++pending == CountsFlush)
            {
                AddCounts(hits, offset, counts);
                counts = 0;
                pending = 0;
            }
        }
    }

    // Words summed into one ulong of per-language fields before a field could overflow.
    private const int CountsFlush = (1 << StopWords.CountBits) - 1;

    private static void AddCounts(int[] hits, int offset, ulong counts)
    {
        const ulong field = (1UL << StopWords.CountBits) - 1;
        for (var l = 0; l < StopWords.Languages.Length; l++)
        {
            hits[offset + l] += (int)((counts >> (StopWords.CountBits * l)) & field);
        }
    }

    // A word of at most 8 characters with 8 characters readable from its start: its ASCII characters
    // lower-cased in one vector and narrowed to the bytes of the key.
    private static ulong CountsOfLoaded(string text, ref ushort characters, int start, int length)
    {
        var word = Vector128.LoadUnsafe(ref characters, (nuint)start) & WordLanes[length];
        if ((word & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return StopWords.Counts(StopWords.LanguagesOf(text, start, length));
        }

        var upper = Vector128.LessThanOrEqual(word - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
        word += upper & Vector128.Create((ushort)0x20);
        return StopWords.CountsOfAscii(Vector128.Narrow(word, word).AsUInt64().ToScalar());
    }

    // A word too near the text's end for 8 characters to be loaded (every word of a menu item): its key
    // made a character at a time.
    private static ulong CountsOfLast(string text, int start, int length) =>
        StopWords.TryAsciiKey(text, start, length, out var key)
            ? StopWords.CountsOfAscii(key)
            : StopWords.Counts(StopWords.LanguagesOf(text, start, length));

    // Per word length 0–8: the lanes of its characters.
    private static readonly Vector128<ushort>[] WordLanes = BuildWordLanes();

    private static Vector128<ushort>[] BuildWordLanes()
    {
        var lanes = new Vector128<ushort>[9];
        Span<ushort> ones = stackalloc ushort[8];
        for (var length = 0; length <= 8; length++)
        {
            for (var i = 0; i < 8; i++)
            {
                ones[i] = i < length ? ushort.MaxValue : (ushort)0;
            }

            lanes[length] = Vector128.Create<ushort>(ones);
        }

        return lanes;
    }

    /// <summary>Sets bit i of <paramref name="bitmap"/> (bit i % 64 of element i / 64) when character i of <paramref name="text"/> is a word character; clears the others.</summary>
    internal static void MarkWordCharacters(string text, Span<ulong> bitmap)
    {
        var length = text.Length;
        ref var characters = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var i = 0;
        for (var chunk = 0; chunk < bitmap.Length; chunk++)
        {
            var bits = 0UL;
            for (var shift = 0; shift < 64 && i < length; shift += 16, i += 16)
            {
                uint mask;
                if (i + 16 <= length)
                {
                    mask = MarkWindow(text, ref characters, i, i + 8);
                }
                else if (length >= 16)
                {
                    // The last, partial window: the 16 characters that end the text, shifted to start at i.
                    mask = MarkWindow(text, ref characters, length - 16, length - 8) >> (i - (length - 16));
                }
                else if (length >= 8)
                {
                    // 8–15 characters: two overlapping halves.
                    var halves = MarkWindow(text, ref characters, 0, length - 8);
                    mask = (halves & 0xFF) | ((halves >> 8) << (length - 8));
                }
                else
                {
                    mask = 0;
                    for (var j = 0; j < length; j++)
                    {
                        mask |= TextNormalizer.IsWordChar(text[j]) ? 1u << j : 0;
                    }
                }

                bits |= (ulong)mask << shift;
            }

            bitmap[chunk] = bits;
        }
    }

    // TextNormalizer.IsWordChar for a character past ASCII: Latin, Greek, Cyrillic, Hebrew and Arabic from a
    // table (a test holds it to the character's own test), the rest asked of .NET.
    private static bool IsWideWordChar(char c) =>
        c < WideWordTableLength ? (WideWordTable[c >> 5] & (1u << c)) != 0 : TextNormalizer.IsWordChar(c);

    private const int WideWordTableLength = 0x800;

    private static readonly uint[] WideWordTable = BuildWideWordTable();

    private static uint[] BuildWideWordTable()
    {
        var table = new uint[WideWordTableLength / 32];
        for (var c = 0; c < WideWordTableLength; c++)
        {
            if (TextNormalizer.IsWordChar((char)c))
            {
                table[c >> 5] |= 1u << c;
            }
        }

        return table;
    }

    // Bits 0–7: the word characters among the 8 at low; bits 8–15: among the 8 at high.
    private static uint MarkWindow(string text, ref ushort characters, int low, int high)
    {
        var first = Vector128.LoadUnsafe(ref characters, (nuint)low);
        var second = Vector128.LoadUnsafe(ref characters, (nuint)high);
        var bytes = Vector128.Narrow(first, second);
        var folded = bytes | Vector128.Create((byte)0x20);
        var word = Vector128.LessThanOrEqual(folded - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a'))) |
                   Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9)) |
                   Vector128.Equals(bytes, Vector128.Create((byte)'_'));
        var mask = word.ExtractMostSignificantBits();
        var ascii = Vector128.Create((ushort)127);
        if (Vector128.Max(first, second) is var largest && Vector128.GreaterThanAny(largest, ascii))
        {
            // Narrowing kept only the low byte of a character past ASCII: decide those from the character.
            var wide = Vector128.Narrow(Vector128.GreaterThan(first, ascii), Vector128.GreaterThan(second, ascii)).ExtractMostSignificantBits();
            for (; wide != 0; wide &= wide - 1)
            {
                var lane = BitOperations.TrailingZeroCount(wide);
                var c = text[lane < 8 ? low + lane : high + lane - 8];
                mask = IsWideWordChar(c) ? mask | (1u << lane) : mask & ~(1u << lane);
            }
        }

        return mask;
    }
#endif

    /// <summary>Counts the block's words and, per language, its common words, one character at a time.</summary>
    internal static void CountWordsByCharacter(string text, out int words, int[] hits, int offset)
    {
        var table = AsciiWordLower;
        words = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128 ? table[c] == 0 : !TextNormalizer.IsWordChar(c))
            {
                i++;
                continue;
            }

            // The word is hashed as it is read, up to the longest common word; ASCII through the table.
            var from = i;
            var hash = StopWords.HashStart;
            do
            {
                if (i - from < StopWords.MaxWordLength)
                {
                    hash = c < 128 ? StopWords.HashStepLower(hash, table[c]) : StopWords.HashStep(hash, c);
                }

                if (++i >= text.Length)
                {
                    break;
                }

                c = text[i];
            }
            while (c < 128 ? table[c] != 0 : TextNormalizer.IsWordChar(c));

            words++;
            var bits = StopWords.LanguagesOf(text, from, i - from, StopWords.HashEnd(hash));
            for (var l = 0; bits != 0; l++, bits >>= 1)
            {
                if ((bits & 1) != 0)
                {
                    hits[offset + l]++;
                }
            }
        }
    }
}
