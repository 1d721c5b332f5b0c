using System;
using System.Linq;

namespace Copydesk.Tests.Engine.Context;

public class StopWordsTests
{
    [Fact]
    public void A_word_hashed_while_it_is_read_is_looked_up_as_the_word_itself()
    {
        // The story finder hashes each word's first characters as it reads them; the lookup must not differ.
        var text = string.Join(" ", CorpusArticle.Load().Select(a => a.Text)) + " THE Die LES É ÉTÉ Ñoño";
        var looked = 0;
        var common = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!TextNormalizer.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var from = i;
            var hash = StopWords.HashStart;
            for (; i < text.Length && TextNormalizer.IsWordChar(text[i]); i++)
            {
                if (i - from < StopWords.MaxWordLength)
                {
                    hash = StopWords.HashStep(hash, text[i]);
                }
            }

            var expected = StopWords.LanguagesOf(text, from, i - from);
            var actual = i - from > StopWords.MaxWordLength ? 0 : StopWords.LanguagesOf(text, from, i - from, StopWords.HashEnd(hash));
            Assert.True(expected == actual, text.Substring(from, i - from));
            looked++;
            common += expected == 0 ? 0 : 1;
        }

        // Running text: about a third of its words are common ones.
        Assert.True(looked > 1000 && common > looked / 5, $"{common} common of {looked}");
    }
}
