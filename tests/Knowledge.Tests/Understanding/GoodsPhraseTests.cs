using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class GoodsPhraseTests
{
    [Theory]
    [InlineData("我在你们家买的那床被子到哪了", "被子")]
    [InlineData("我的空气炸锅怎么还没发货啊", "空气炸锅")]
    [InlineData("我买的那个蓝牙音箱坏了", "蓝牙音箱")]
    [InlineData("上周拍了一个电动牙刷还没到", "电动牙刷")]
    public void Goods_named_where_buyers_name_what_they_bought_are_read(string compact, string goods) =>
        Assert.Equal(goods, GoodsPhrase.In(compact));

    [Theory]
    [InlineData("我买的东西到哪了")]
    [InlineData("我的快递怎么还没到啊")]
    [InlineData("我的订单怎么还没发")]
    [InlineData("买的那件红色的还没到")]
    [InlineData("这两天还没到")]
    [InlineData("那个到哪了")]
    [InlineData("我的天啊")]
    [InlineData("我的问题还没解决")]
    public void Ordinary_words_in_that_place_are_no_goods(string compact) =>
        Assert.Null(GoodsPhrase.In(compact));
}
