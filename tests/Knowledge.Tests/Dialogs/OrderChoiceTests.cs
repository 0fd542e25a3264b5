using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class OrderChoiceTests
{
    [Theory]
    [InlineData("不是这单，是另一单")]
    [InlineData("另一个呢")]
    [InlineData("是另外那个")]
    [InlineData("另外一笔")]
    [InlineData("别的那单")]
    public void Another_order_is_asked_for(string text)
    {
        Assert.True(OrderChoice.MeansAnother(text));
    }

    [Theory]
    [InlineData("另外帮我开个发票")]
    [InlineData("另外地址要改")]
    [InlineData("第一个")]
    [InlineData("不是色差 就是另一个色")]
    [InlineData("发成另外一个颜色了")]
    [InlineData("给我换另一个码")]
    [InlineData("另一个没问题")]
    [InlineData("另外一个是好的 就这个漏")]
    public void A_connector_or_a_pick_is_no_other_order(string text)
    {
        Assert.False(OrderChoice.MeansAnother(text));
    }
}
