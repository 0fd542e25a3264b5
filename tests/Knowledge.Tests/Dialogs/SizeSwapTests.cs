using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class SizeSwapTests
{
    [Theory]
    [InlineData("两件t恤一件xl一件l 我拍的是两件xl啊", "两件XL", "XL、L各一件")]
    [InlineData("t恤拍了两件xl 结果只来了一件l", "两件XL", "一件L")]
    [InlineData("一件m一件s 我买的都是m", "M", "M、S各一件")]
    public void Pieces_ordered_and_received_are_read_side_by_side(string text, string wanted, string came) =>
        Assert.Equal((wanted, came), SizeSwap.Of(text));

    [Theory]
    [InlineData("t恤发错尺码了 我要的是m 寄来的是xl")]
    [InlineData("两件xl都到了")]
    [InlineData("一件xl一件xl 我拍的是两件xl")]
    public void No_pieces_set_side_by_side_read_nothing(string text) => Assert.Null(SizeSwap.Of(text));

    [Theory]
    [InlineData("台灯最亮那档不亮 另外两档可以", "最亮档不亮")]
    [InlineData("最亮那一档一开就一闪一闪的", "最亮档闪烁")]
    [InlineData("不是三档调光吗 怎么只有两档亮", "调光只有两档")]
    [InlineData("是退还是修啊 又不是我弄坏的", null)]
    public void A_lamp_setting_is_recorded_as_said(string text, string? phrase) => Assert.Equal(phrase, ProblemPhrases.Of(text));
}
