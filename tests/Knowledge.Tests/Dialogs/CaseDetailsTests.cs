using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class CaseDetailsTests
{
    [Theory]
    [InlineData("按洗标冷水洗的没烘干", "买家说按洗标洗、冷水洗、没烘干")]
    [InlineData("冷水手洗的按标签洗的", "买家说冷水洗、手洗、按洗标洗")]
    [InlineData("换我要灰的下礼拜家里来人要用快点", "买家急用（下周要用）")]
    [InlineData("周末要用急", "买家急用（周末要用）")]
    [InlineData("着急用", "买家急用，希望尽快")]
    public void A_detail_added_later_is_written_in_the_shop_s_words(string compact, string note)
    {
        Assert.Equal(note, Assert.Single(CaseDetails.Of(compact)));
    }

    [Theory]
    [InlineData("照片发了你看看")]
    [InlineData("洗了一次缩了一大截")]
    [InlineData("要用多久才能退")]
    public void A_line_without_such_a_detail_adds_nothing(string compact)
    {
        Assert.Empty(CaseDetails.Of(compact));
    }

    [Fact]
    public void A_note_already_on_the_record_is_not_added_twice()
    {
        Assert.Null(CaseDetails.NewIn("冷水洗的", "质量问题：T恤缩水；买家说冷水洗"));
        Assert.Equal("；买家说手洗", CaseDetails.NewIn("手洗的", "质量问题：T恤缩水；买家说冷水洗"));
    }
}
