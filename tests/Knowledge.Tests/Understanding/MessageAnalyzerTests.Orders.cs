using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    // tb_lily88, newest first: 3348 托特包 79 (11-22), 5921 四件套 239 (11-21), 6845 台灯 139 (11-20),
    // 5922 T恤 118 (11-19), 1180 浴巾 69 (11-18), 6603 枕套 159 (11-01), 2517 保温杯 89 (10-26).
    [Theory]
    [InlineData("3615280417723305922 到哪了", OrderEvidence.OrderNumber, "5922")]
    [InlineData("订单号：３６１５２８０４１７７２３３０５９２２", OrderEvidence.OrderNumber, "5922")]
    [InlineData("尾号5921", OrderEvidence.LastDigits, "5921")]
    [InlineData("尾號5921的那單", OrderEvidence.LastDigits, "5921")]
    [InlineData("后四位 6845", OrderEvidence.LastDigits, "6845")]
    [InlineData("後四位是0093348", OrderEvidence.LastDigits, "3348")]
    [InlineData("尾号５９２２", OrderEvidence.LastDigits, "5922")]
    [InlineData("5922那个", OrderEvidence.LastDigits, "5922")]
    [InlineData("第二个", OrderEvidence.Ordinal, "5921")]
    [InlineData("第2单", OrderEvidence.Ordinal, "5921")]
    [InlineData("2", OrderEvidence.Ordinal, "5921")]
    [InlineData("第三個", OrderEvidence.Ordinal, "6845")]
    [InlineData("最后一个", OrderEvidence.Ordinal, "2517")]
    [InlineData("上面那个", OrderEvidence.Ordinal, "3348")]
    [InlineData("台灯那一单", OrderEvidence.Product, "6845")]
    [InlineData("檯燈那個", OrderEvidence.Product, "6845")]
    [InlineData("台登坏了", OrderEvidence.Product, "6845")]
    [InlineData("杯子", OrderEvidence.Product, "2517")]
    [InlineData("保温杯漏水", OrderEvidence.Product, "2517")]
    [InlineData("四件套", OrderEvidence.Product, "5921")]
    [InlineData("4件套什么时候发", OrderEvidence.Product, "5921")]
    [InlineData("被套", OrderEvidence.Product, "5921")]
    [InlineData("T恤", OrderEvidence.Product, "5922")]
    [InlineData("Ｔ恤那件", OrderEvidence.Product, "5922")]
    [InlineData("t血", OrderEvidence.Product, "5922")]
    [InlineData("短袖", OrderEvidence.Product, "5922")]
    [InlineData("枕头套", OrderEvidence.Product, "6603")]
    [InlineData("包包到哪了", OrderEvidence.Product, "3348")]
    [InlineData("毛巾", OrderEvidence.Product, "1180")]
    [InlineData("239那个", OrderEvidence.Price, "5921")]
    [InlineData("89块的", OrderEvidence.Price, "2517")]
    [InlineData("¥118的那件", OrderEvidence.Price, "5922")]
    [InlineData("139元的", OrderEvidence.Price, "6845")]
    [InlineData("11月19号买的", OrderEvidence.Date, "5922")]
    [InlineData("11.19号买的", OrderEvidence.Date, "5922")]
    [InlineData("昨天下的单", OrderEvidence.Date, "5921")]
    [InlineData("前天买的", OrderEvidence.Date, "6845")]
    [InlineData("今天拍的", OrderEvidence.Date, "3348")]
    [InlineData("10月26日买的", OrderEvidence.Date, "2517")]
    [InlineData("周五那单", OrderEvidence.Date, "6845")]
    [InlineData("十一月一号买的", OrderEvidence.Date, "6603")]
    public void An_order_reference_resolves_to_the_buyers_own_order(string text, OrderEvidence evidence, string tail)
    {
        var facts = Analysis.Analyze(text);

        var reference = Assert.Single(facts.OrderReferences, r => r.Evidence == evidence);
        Assert.Equal(Analysis.Full(Analysis.Lily, tail), reference.OrderNumbers[0]);
        Assert.Equal(Analysis.Full(Analysis.Lily, tail), facts.MatchedOrderNumbers[0]);
    }

    // 小王爱购物: 浴巾 138 (11-20), 保温杯 89 (11-20), 羽绒服 328 (11-18), 餐具 199 (11-05), 中筒袜 49.90 (10-12).
    [Theory]
    [InlineData("袜子破了个洞", OrderEvidence.Product, "1155")]
    [InlineData("襪子", OrderEvidence.Product, "1155")]
    [InlineData("羽绒服那单", OrderEvidence.Product, "7712")]
    [InlineData("孩子的衣服", OrderEvidence.Product, "7712")]
    [InlineData("碗碎了一个", OrderEvidence.Product, "1970")]
    [InlineData("49.9块的", OrderEvidence.Price, "1155")]
    [InlineData("杯子", OrderEvidence.Product, "3046")]
    [InlineData("328那个", OrderEvidence.Price, "7712")]
    [InlineData("最后一单", OrderEvidence.Ordinal, "1155")]
    public void Product_words_price_and_place_resolve_for_another_buyer(string text, OrderEvidence evidence, string tail)
    {
        var facts = Analysis.Analyze(text, Analysis.Wang);

        var reference = Assert.Single(facts.OrderReferences, r => r.Evidence == evidence);
        Assert.Equal(Analysis.Full(Analysis.Wang, tail), reference.OrderNumbers[0]);
    }

    [Fact]
    public void Last_week_friday_counts_from_the_monday_of_this_week()
    {
        var wednesday = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

        var facts = Analysis.Analyze("上周五那单", now: wednesday);

        Assert.Equal([Analysis.Full(Analysis.Lily, "6845")], facts.MatchedOrderNumbers);
    }

    [Theory]
    [InlineData("361102558843307712")]
    [InlineData("尾号7712")]
    [InlineData("后四位 0842")]
    [InlineData("第九个")]
    [InlineData("11月5号买的")]
    public void An_explicit_reference_that_fits_none_of_the_buyers_orders_is_kept_empty_and_never_matches_another_buyers(string text)
    {
        var facts = Analysis.Analyze(text);

        var reference = Assert.Single(facts.OrderReferences);
        Assert.Empty(reference.OrderNumbers);
        Assert.Empty(facts.MatchedOrderNumbers);
    }

    [Theory]
    [InlineData("袜子")]
    [InlineData("羽绒服")]
    [InlineData("328那个")]
    [InlineData("7712")]
    public void A_product_price_or_tail_only_another_buyer_has_gives_no_reference(string text)
    {
        Assert.Empty(Analysis.Analyze(text).OrderReferences);
    }

    [Fact]
    public void The_order_most_references_agree_on_ranks_first()
    {
        var facts = Analysis.Analyze("11月21号买的四件套，239那个");

        Assert.Equal(3, facts.OrderReferences.Count);
        Assert.Equal([Analysis.Full(Analysis.Lily, "5921")], facts.MatchedOrderNumbers);
    }

    [Fact]
    public void A_full_number_outweighs_a_product_word_that_names_another_order()
    {
        var facts = Analysis.Analyze("台灯 尾号5921");

        Assert.Equal(Analysis.Full(Analysis.Lily, "5921"), facts.MatchedOrderNumbers[0]);
        Assert.Equal(Analysis.Full(Analysis.Lily, "6845"), facts.MatchedOrderNumbers[1]);
    }

    [Fact]
    public void A_corrected_reference_keeps_only_what_the_buyer_asserts()
    {
        var facts = Analysis.Analyze("不是5921那单，是5922");

        Assert.Equal([Analysis.Full(Analysis.Lily, "5922")], facts.MatchedOrderNumbers);
        Assert.True(facts.Cues.IsCorrection);
    }

    [Fact]
    public void A_word_shared_by_several_orders_lists_them_all()
    {
        var facts = Analysis.Analyze("白色那个");

        var reference = Assert.Single(facts.OrderReferences);
        Assert.Equal(OrderEvidence.Product, reference.Evidence);
        Assert.Equal(
            [Analysis.Full(Analysis.Lily, "6845"), Analysis.Full(Analysis.Lily, "5922"), Analysis.Full(Analysis.Lily, "2517")],
            reference.OrderNumbers);
    }
}
