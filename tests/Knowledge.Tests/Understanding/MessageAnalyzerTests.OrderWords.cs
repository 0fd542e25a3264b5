using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    // tb_lily88: 5922 T恤 顺丰 (shipped), 2517 保温杯 顺丰 (completed), 6603 枕套 圆通 (shipped), 5921 四件套 (unshipped).
    [Theory]
    [InlineData("圆通的那个", "6603")]
    [InlineData("圓通那單", "6603")]
    [InlineData("圆通速递的", "6603")]
    [InlineData("圆通快递打电话说要加钱", "6603")]
    [InlineData("圓通快遞員一直不送", "6603")]
    public void A_carrier_named_points_at_the_order_it_carries(string text, string tail)
    {
        var reference = Assert.Single(Analysis.Analyze(text).OrderReferences, r => r.Evidence == OrderEvidence.Carrier);

        Assert.Equal([Analysis.Full(Analysis.Lily, tail)], reference.OrderNumbers);
    }

    // The tracking numbers of 5922 (SF1428573690214) and 6603 (YT7510398820461).
    [Theory]
    [InlineData("顺丰那单 SF1428573690214", "5922")]
    [InlineData("SF1428573690214", "5922")]
    [InlineData("快递单号YT7510398820461", "6603")]
    [InlineData("yt7510398820461 这个到哪了", "6603")]
    public void A_tracking_number_of_the_buyer_points_at_that_order_first(string text, string tail)
    {
        var facts = Analysis.Analyze(text);

        var reference = Assert.Single(facts.OrderReferences, r => r.Evidence == OrderEvidence.TrackingNumber);
        Assert.Equal([Analysis.Full(Analysis.Lily, tail)], reference.OrderNumbers);
        Assert.Equal(Analysis.Full(Analysis.Lily, tail), facts.MatchedOrderNumbers[0]);
    }

    [Fact]
    public void A_carrier_of_several_orders_points_at_each_of_them()
    {
        var reference = Assert.Single(Analysis.Analyze("顺丰的那个").OrderReferences, r => r.Evidence == OrderEvidence.Carrier);

        Assert.Equal(
            new[] { Analysis.Full(Analysis.Lily, "5922"), Analysis.Full(Analysis.Lily, "2517") }.Order(StringComparer.Ordinal),
            reference.OrderNumbers.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("还没发的那个", "5921")]
    [InlineData("没发货的那单", "5921")]
    [InlineData("還沒發貨的那個", "5921")]
    [InlineData("待发货的", "5921")]
    public void The_unshipped_order_is_named_by_its_state(string text, string tail)
    {
        var reference = Assert.Single(Analysis.Analyze(text).OrderReferences, r => r.Evidence == OrderEvidence.State);

        Assert.Equal([Analysis.Full(Analysis.Lily, tail)], reference.OrderNumbers);
    }

    [Theory]
    [InlineData("已经发了的那个")]
    [InlineData("已发货的那单")]
    public void Shipped_orders_are_named_by_their_state(string text)
    {
        var reference = Assert.Single(Analysis.Analyze(text).OrderReferences, r => r.Evidence == OrderEvidence.State);

        Assert.Contains(Analysis.Full(Analysis.Lily, "5922"), reference.OrderNumbers);
        Assert.DoesNotContain(Analysis.Full(Analysis.Lily, "5921"), reference.OrderNumbers);
    }

    [Theory]
    [InlineData("还没发货的话帮我取消")]
    [InlineData("顺丰到付可以吗")]
    [InlineData("能发顺丰还是中通吗")]
    public void A_condition_or_a_courier_question_points_at_no_order_by_state_or_carrier(string text)
    {
        Assert.DoesNotContain(Analysis.Analyze(text).OrderReferences, r => r.Evidence is OrderEvidence.State or OrderEvidence.Carrier);
    }

    [Theory]
    [InlineData("马克杯那个", "2517")]
    [InlineData("馬克杯", "2517")]
    public void A_synonym_from_the_lexicon_points_at_the_order_its_title_words_name(string text, string tail)
    {
        Assert.Equal(Analysis.Full(Analysis.Lily, tail), Analysis.Analyze(text).MatchedOrderNumbers[0]);
    }

    [Fact]
    public void Bowls_and_plates_are_the_tableware_order()
    {
        var facts = Analysis.Analyze("碗盘那单", Analysis.Wang);

        Assert.Equal(Analysis.Full(Analysis.Wang, "1970"), facts.MatchedOrderNumbers[0]);
    }

    [Theory]
    [InlineData("哦不对 是餐具")]
    [InlineData("不对不对，是另一单")]
    [InlineData("哦不對 是杯子")]
    [InlineData("說錯了，是杯子那個")]
    [InlineData("看错了 是T恤")]
    [InlineData("不是 不是退款 是催你們快點發貨")]
    public void A_spoken_correction_is_a_correction_after_folding(string text)
    {
        Assert.True(Analysis.Analyze(text).Cues.IsCorrection);
    }

    [Theory]
    [InlineData("颜色不对")]
    [InlineData("尺码不对，我要换货")]
    public void A_wrong_colour_or_size_is_no_correction(string text)
    {
        Assert.False(Analysis.Analyze(text).Cues.IsCorrection);
    }

    [Fact]
    public void The_corrected_order_is_read_and_the_taken_back_one_is_not()
    {
        var facts = Analysis.Analyze("哦不对 是杯子那个");

        Assert.Equal(Analysis.Full(Analysis.Lily, "2517"), facts.MatchedOrderNumbers[0]);
    }

    [Fact]
    public void A_stuttered_not_takes_back_the_refund_and_keeps_the_hurry()
    {
        var cues = Analysis.Analyze("不是 不是退款 是催你們快點發貨").Cues;

        Assert.Contains(BuyerAction.Hurry, cues.Asserted);
        Assert.DoesNotContain(BuyerAction.Refund, cues.Asserted);
    }

    [Theory]
    [InlineData("20号发的那个", "5922")]
    [InlineData("11月3号发出的那单", "6603")]
    public void The_day_a_parcel_left_points_at_the_order_sent_that_day(string text, string tail)
    {
        var reference = Assert.Single(Analysis.Analyze(text).OrderReferences, r => r.Evidence == OrderEvidence.Date);

        Assert.Equal([Analysis.Full(Analysis.Lily, tail)], reference.OrderNumbers);
    }

    [Theory]
    [InlineData("中通的单号怎么查不到")]
    [InlineData("没有物流单号啊")]
    public void A_number_that_has_not_come_through_points_at_the_parcel_without_one(string text)
    {
        // 小王爱购物: 4463 浴巾 中通, shipped with no tracking number yet; 4106 保温杯 中通 with one.
        var reference = Assert.Single(Analysis.Analyze(text, Analysis.Wang).OrderReferences, r => r.Evidence == OrderEvidence.State);

        Assert.Equal([Analysis.Full(Analysis.Wang, "4463")], reference.OrderNumbers);
    }
}
