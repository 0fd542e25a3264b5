using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs.Flows;

public sealed class QuantityCutTests
{
    [Theory]
    [InlineData("4包取消2包其余照发", 2, null, "包")]
    [InlineData("袜子拍多了四包退两包行不行", 2, null, "包")]
    [InlineData("没发货就直接少发一条", 1, null, "条")]
    [InlineData("多买了一个退掉一个", 1, null, "个")]
    [InlineData("枕套重复拍了一套", 1, null, "套")]
    [InlineData("浴巾我拍了三条现在只要两条能改吗", null, 2, "条")]
    [InlineData("取消两瓶其他的正常发", 2, null, "瓶")]
    [InlineData("袜子手滑拍了4份其实2份就够了", null, 2, "份")]
    [InlineData("能不能只发2份退我两份的钱", null, 2, "份")]
    [InlineData("袜子拍多了本来想拍2包的手滑拍成4包了", null, 2, "包")]
    [InlineData("原本只打算买两条", null, 2, "条")]
    [InlineData("不对留三包吧退一包的钱就行", null, 3, "包")]
    public void Fewer_pieces_are_read_as_the_count_dropped_or_kept(string compact, int? cut, int? keep, string unit)
    {
        Assert.Equal(new QuantityCut(cut, keep, unit), QuantityCut.Read(compact));
    }

    [Theory]
    [InlineData("保温杯少发了一个")]
    [InlineData("收到少了一包")]
    [InlineData("袜子拍多了不要了退款")]
    [InlineData("我还想多买一包能一起寄吗")]
    [InlineData("退两包的钱")]
    [InlineData("袜子只发了两包")]
    [InlineData("保温杯买多了退一个的钱到了我把多的那个寄回去")]
    public void Goods_short_on_arrival_a_whole_refund_or_more_pieces_are_no_cut(string compact)
    {
        Assert.Null(QuantityCut.Read(compact));
    }

    [Fact]
    public void The_pieces_kept_come_from_the_order_when_only_the_cut_was_said()
    {
        Assert.Equal(2, new QuantityCut(2, null, "包").Kept(4));
        Assert.Equal(2, new QuantityCut(null, 2, "条").Kept(3));
    }

    [Fact]
    public void A_cut_is_a_quantity_change_and_is_described_in_the_shops_words()
    {
        var change = OrderChanges.Read("四包退两包 其他两包照常发");

        Assert.NotNull(change);
        Assert.Equal(OrderChangeKind.Quantity, change.Kind);
        Assert.Equal("少发2包", change.Describe("羊毛混纺中筒袜 五双装 均码"));
    }
}
