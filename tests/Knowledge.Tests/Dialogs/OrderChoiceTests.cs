using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Orders;

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

    [Theory]
    [InlineData("武汉启明星科技有限公司 税号 91420111MA4K8E2X7Q", null)]
    [InlineData("140的那条", "towel")]
    [InlineData("就10月份买的那件t恤", "shirt")]
    public void Letters_and_digits_pick_goods_only_as_the_whole_run(string text, string? picked)
    {
        var towel = Listed("towel", "长绒棉浴巾 70x140cm 浅蓝");
        var shirt = Listed("shirt", "纯棉圆领短袖T恤 男款 白色 XL");
        var cup = Listed("cup", "不锈钢保温杯 500ml 奶白色");

        Assert.Equal(picked, OrderChoice.Pick(text, [cup, towel, shirt])?.OrderNumber);
    }

    private static Order Listed(string number, string title) => new()
    {
        OrderNumber = number,
        BuyerId = "buyer",
        Title = title,
        Status = OrderStatus.AwaitingShipment,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
