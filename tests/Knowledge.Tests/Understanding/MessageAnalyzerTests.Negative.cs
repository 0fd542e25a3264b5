using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Theory]
    [InlineData("那个")]
    [InlineData("刚说了呀")]
    [InlineData("你们怎么这样")]
    [InlineData("我第一句就发了 你往上翻")]
    [InlineData("好的")]
    [InlineData("在吗")]
    [InlineData("？？？")]
    [InlineData("单号 773112345678901 查一下")]
    [InlineData("你们公司怎么这样")]
    [InlineData("你们这什么破店")]
    [InlineData("谢谢")]
    [InlineData("嗯嗯")]
    [InlineData("这个怎么用")]
    [InlineData("祝您安康")]
    [InlineData("大同小异吧")]
    [InlineData("哈哈哈")]
    [InlineData("人工客服")]
    [InlineData("我要投诉")]
    [InlineData("为什么还不回复")]
    [InlineData("你是机器人吗")]
    [InlineData("100")]
    [InlineData("12345")]
    [InlineData("啊啊啊啊")]
    [InlineData("我等会再说")]
    [InlineData("收到了吗")]
    [InlineData("今天天气不错")]
    [InlineData("第一次在你们家买")]
    [InlineData("我在你们店买的")]
    [InlineData("订单编号是什么")]
    [InlineData("你们客服中心电话多少")]
    [InlineData("開心")]
    [InlineData("一个都没有")]
    [InlineData("地址没问题")]
    [InlineData("抬头刚说了呀")]
    [InlineData("换个人跟我说")]
    [InlineData("肿么还木有发货，急死个人")]
    [InlineData("电饭煲适合几个人用")]
    [InlineData("能不能来个人工")]
    [InlineData("天猫还有这种店")]
    [InlineData("物流一直停在轉運中心")]
    [InlineData("打电话给市场监管局")]
    [InlineData("沒事了，謝啦")]
    [InlineData("辛苦啦")]
    [InlineData("物流咋不动了 查查")]
    [InlineData("收货地址少写了楼号")]
    [InlineData("我妈说那个快递一直没送到你帮我看看单号是多少我去网点问")]
    [InlineData("快递改送到我上班的写字楼吧，地址我发你")]
    public void A_message_without_details_gives_no_entities(string text)
    {
        var facts = Analysis.Analyze(text);

        Assert.Empty(facts.OrderReferences);
        Assert.Empty(facts.MatchedOrderNumbers);
        Assert.Null(facts.Address);
        Assert.Null(facts.Invoice);
        Assert.Empty(facts.Amounts);
        Assert.Null(facts.Reason);
        Assert.Empty(facts.PersonNames);
    }

    [Theory]
    [InlineData("SF1428573690214")]
    [InlineData("顺丰13912345678901")]
    [InlineData("运单号 YT7510398820461 一直没更新")]
    [InlineData("3615280417723305921")]
    [InlineData("税号 SF1428573690214")]
    public void A_tracking_or_order_number_is_taken_for_no_phone_and_no_tax_number(string text)
    {
        var facts = Analysis.Analyze(text);

        Assert.Null(facts.Address?.Mobile);
        Assert.Null(facts.Invoice?.TaxNumber);
        Assert.Empty(facts.Amounts);
    }

    [Theory]
    [InlineData("3615280417723305921的那个")]
    [InlineData("3615280417723305921块")]
    [InlineData("3615280417723305921元的")]
    public void An_order_number_is_not_taken_for_a_price(string text)
    {
        var facts = Analysis.Analyze(text);

        Assert.Empty(facts.Amounts);
        var reference = Assert.Single(facts.OrderReferences);
        Assert.Equal(OrderEvidence.OrderNumber, reference.Evidence);
    }
}
