using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class BargainTests
{
    [Theory]
    [InlineData("那两包算我90呗老顾客了")]
    [InlineData("两件150行不行")]
    [InlineData("79有点贵便宜点呗")]
    [InlineData("老客户了给点优惠")]
    [InlineData("抹个零吧")]
    public void A_lower_price_asked_is_bargaining(string compact) =>
        Assert.True(Bargain.IsAsked(compact));

    [Theory]
    [InlineData("退我30呗")]
    [InlineData("领券那里啥都没有啊")]
    [InlineData("那你给我发一张呗就当老顾客了")]
    [InlineData("买了2件")]
    public void A_refund_sum_or_a_coupon_remark_is_no_bargaining(string compact) =>
        Assert.False(Bargain.IsAsked(compact));
}
