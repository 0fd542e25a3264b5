using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Fact]
    public void A_condition_about_shipping_gives_no_reason() =>
        Assert.Null(Analysis.Analyze("还没发货的话帮我取消订单吧").Reason);

    [Theory]
    [InlineData("杯子摔坏了", ReasonCategories.Damaged)]
    [InlineData("收到就碎了", ReasonCategories.Damaged)]
    [InlineData("杯子摔壞了", ReasonCategories.Damaged)]
    [InlineData("外壳裂开了", ReasonCategories.Damaged)]
    [InlineData("少发了一个枕套", ReasonCategories.MissingParts)]
    [InlineData("缺少配件", ReasonCategories.MissingParts)]
    [InlineData("五双装只收到一双", ReasonCategories.MissingParts)]
    [InlineData("发错颜色了", ReasonCategories.WrongItemSent)]
    [InlineData("尺码不对，我买的XL", ReasonCategories.WrongItemSent)]
    [InlineData("寄的不是我买的那款", ReasonCategories.WrongItemSent)]
    [InlineData("我买的是红色 发的蓝色", ReasonCategories.WrongItemSent)]
    [InlineData("和描述不符", ReasonCategories.NotAsDescribed)]
    [InlineData("色差很大", ReasonCategories.NotAsDescribed)]
    [InlineData("说是纯棉的，根本不是纯棉", ReasonCategories.NotAsDescribed)]
    [InlineData("台灯不亮", ReasonCategories.NotWorking)]
    [InlineData("开不了机", ReasonCategories.NotWorking)]
    [InlineData("蓝牙连不上", ReasonCategories.NotWorking)]
    [InlineData("保温杯不保温", ReasonCategories.NotWorking)]
    [InlineData("有污渍", ReasonCategories.StainSmellPilling)]
    [InlineData("一股异味", ReasonCategories.StainSmellPilling)]
    [InlineData("洗了一次就起球了", ReasonCategories.StainSmellPilling)]
    [InlineData("掉色严重", ReasonCategories.StainSmellPilling)]
    [InlineData("拍错了", ReasonCategories.WrongItemOrdered)]
    [InlineData("买错尺码了", ReasonCategories.WrongItemOrdered)]
    [InlineData("重复下单了", ReasonCategories.WrongItemOrdered)]
    [InlineData("发货太慢了", ReasonCategories.SlowShipping)]
    [InlineData("等不及了", ReasonCategories.SlowShipping)]
    [InlineData("都三天了还没发", ReasonCategories.SlowShipping)]
    [InlineData("买了4天了一直没动静 等不起", ReasonCategories.SlowShipping)]
    [InlineData("说好48小时发货 都好几天了", ReasonCategories.SlowShipping)]
    [InlineData("不是色差 是发错颜色了", ReasonCategories.WrongItemSent)]
    [InlineData("别家更便宜", ReasonCategories.Price)]
    [InlineData("降价了", ReasonCategories.Price)]
    [InlineData("不想要了", ReasonCategories.ChangedMind)]
    [InlineData("家里有了，用不上", ReasonCategories.ChangedMind)]
    [InlineData("没有破损，就是不想要了", ReasonCategories.ChangedMind)]
    public void A_reason_is_given_as_a_category_id(string text, string category)
    {
        Assert.Equal(category, Analysis.Analyze(text).Reason);
    }

    [Theory]
    [InlineData("退我50元", 50)]
    [InlineData("差价30块", 30)]
    [InlineData("¥12.5", 12.5)]
    [InlineData("￥１２.５", 12.5)]
    [InlineData("五十块", 50)]
    [InlineData("一百元", 100)]
    [InlineData("两百块", 200)]
    [InlineData("补偿20块钱就行", 20)]
    [InlineData("3615280417723305921 退50元", 50)]
    [InlineData("RMB 88", 88)]
    public void An_amount_of_money_is_read(string text, double amount)
    {
        Assert.Equal([(decimal)amount], Analysis.Analyze(text).Amounts);
    }

    [Theory]
    [InlineData("新裙子上有污渍，一块黄印子")]
    [InlineData("手表收到就不走了，能换一块吗")]
    [InlineData("铁艺置物架掉漆，一碰就掉一块")]
    public void One_piece_of_something_is_no_yuan(string text)
    {
        Assert.Empty(Analysis.Analyze(text).Amounts);
    }

    [Fact]
    public void Money_short_in_a_refund_is_no_missing_part()
    {
        var facts = Analysis.Analyze("退回来的钱不对 少了10块");

        Assert.Null(facts.Reason);
        Assert.Equal([10m], facts.Amounts);
    }

    [Fact]
    public void The_price_that_picks_an_order_is_not_an_amount()
    {
        var facts = Analysis.Analyze("89块的那个退30元");

        Assert.Equal([30m], facts.Amounts);
        Assert.Equal(OrderEvidence.Price, Assert.Single(facts.OrderReferences).Evidence);
    }
}
