using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class ProductLexiconTests
{
    [Fact]
    public void The_shipped_lexicon_maps_everyday_words_to_title_words()
    {
        var lexicon = ProductLexicon.Load(Path.Combine(KnowledgeBase.Paths.Lexicons, "product-synonyms.txt"));

        Assert.Contains("中筒袜", lexicon.Synonyms["袜子"]);
        Assert.Contains("保温杯", lexicon.Synonyms["杯子"]);
        Assert.Contains("四件套", lexicon.Synonyms["被套"]);
        Assert.Contains("t恤", lexicon.Synonyms["衣服"]);
    }

    [Fact]
    public void A_piece_that_comes_inside_a_set_names_the_set_and_is_no_synonym()
    {
        var lexicon = ProductLexicon.Load(Path.Combine(KnowledgeBase.Paths.Lexicons, "product-synonyms.txt"));

        Assert.Contains("四件套", lexicon.PartOf["枕套"]);
        Assert.False(lexicon.Synonyms.ContainsKey("枕套"));
    }

    [Fact]
    public void A_line_without_title_words_names_its_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["杯子\t保温杯", "袜子"]);

            var error = Assert.Throws<FormatException>(() => ProductLexicon.Load(path));

            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_product_words_in_a_line_are_those_it_holds_longest_first()
    {
        var lexicon = ProductLexicon.Load(Path.Combine(KnowledgeBase.Paths.Lexicons, "product-synonyms.txt"));
        string[] lines =
        [
            "", "好的", "保温杯漏水了", "杯子杯子杯子", "还有台灯和一个保温杯", "四件套的枕套少了一个 被套起球",
            "t恤洗了缩水", string.Concat(lexicon.ProductWords), .. lexicon.ProductWords, .. lexicon.ProductWords.Select(w => w[1..] + w[0]),
        ];

        foreach (var line in lines)
        {
            Assert.Equal(lexicon.ProductWords.Where(w => line.Contains(w, StringComparison.Ordinal)), lexicon.ProductWordsIn(line));
        }
    }
}
