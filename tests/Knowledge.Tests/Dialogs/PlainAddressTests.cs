using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class PlainAddressTests
{
    [Theory]
    [InlineData("别跟我亲来亲去 叫人工")]
    [InlineData("别叫我亲")]
    [InlineData("不要喊我亲 恶心")]
    [InlineData("亲什么亲 快发货")]
    public void A_refused_endearment_is_heard(string text) => Assert.True(PlainAddress.Refused(text));

    [Theory]
    [InlineData("亲 什么时候发货")]
    [InlineData("我母亲收的快递")]
    [InlineData("亲，在吗")]
    public void Ordinary_lines_refuse_nothing(string text) => Assert.False(PlainAddress.Refused(text));

    [Theory]
    [InlineData("亲，您已经在排队了。", "您已经在排队了。")]
    [InlineData("好的亲，订单已登记。", "好的，订单已登记。")]
    [InlineData("抱歉亲，同事手上正忙（当前排在第1位）。", "抱歉，同事手上正忙（当前排在第1位）。")]
    [InlineData("记下了亲，已经添加给人工同事。", "记下了，已经添加给人工同事。")]
    [InlineData("包裹由您母亲签收，请核对。", "包裹由您母亲签收，请核对。")]
    public void The_endearment_is_taken_out_and_nothing_else(string line, string expected) =>
        Assert.Equal(expected, PlainAddress.Strip(line));
}
