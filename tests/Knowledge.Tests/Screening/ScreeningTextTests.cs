using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Tests.Screening;

public sealed class ScreeningTextTests
{
    private static ScreeningText View(string text) => ScreeningText.Create(ScreeningFixture.Normalizer, text);

    [Fact]
    public void Numerals_in_any_form_become_digits()
    {
        Assert.Equal("第1第1第1 2", View("第一第①第１ 贰").Folded);
        Assert.Equal("1381", View("一三八幺").Compact);
    }

    [Fact]
    public void Compact_view_drops_dodging_characters_and_maps_back_to_the_original()
    {
        var view = View("最 * 佳,No.1");

        Assert.Equal("最佳no1", view.Compact);
        Assert.Equal((0, 5), view.OriginalSpan(0, 2));
        Assert.Equal((6, 10), view.OriginalSpan(2, 5));
        Assert.False(view.IsContiguous(0, 2));
        Assert.True(view.IsContiguous(2, 4));
    }

    [Fact]
    public void Sentences_are_told_apart_but_commas_are_not_breaks()
    {
        var view = View("好的,谢谢。再见");

        Assert.Equal(view.Sentence(0), view.Sentence(3));
        Assert.NotEqual(view.Sentence(3), view.Sentence(4));
    }

    [Fact]
    public void Numerals_keep_their_written_form_for_word_boundaries()
    {
        var view = View("唯一一款");

        Assert.Equal("唯11款", view.Compact);
        Assert.Equal('一', view.AsWrittenAfter(2));
    }
}
