using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class ReturnParcelTests
{
    private static readonly string[] OrderNumbers = ["3614900233781205627"];

    [Theory]
    [InlineData("退货寄回去了中通78312345678901", "中通快递", "78312345678901")]
    [InlineData("单号是yt7510000000001", "圆通速递", "YT7510000000001")]
    [InlineData("已经寄回去了顺丰sf1234567890", "顺丰速运", "SF1234567890")]
    [InlineData("寄回了极兔jt0012345678901", "极兔速递", "JT0012345678901")]
    [InlineData("寄回去了单号4312345678901", null, "4312345678901")]
    public void The_courier_and_number_are_read_as_the_buyer_writes_them(string compact, string? carrier, string number) =>
        Assert.Equal((carrier, number), ReturnParcel.Read(compact, OrderNumbers));

    [Theory]
    [InlineData("退货寄回去了有事打我电话13812345678")]
    [InlineData("退货寄回去了订单3614900233781205627")]
    [InlineData("退货寄回去了")]
    [InlineData("单号是12345")]
    public void A_phone_an_order_number_or_no_number_is_no_tracking_number(string compact) =>
        Assert.Null(ReturnParcel.Read(compact, OrderNumbers));
}
