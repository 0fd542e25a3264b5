using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Questions a policy topic answers whatever the intent, specific to the buyer's order where it depends on it.</summary>
public sealed class PolicyTopicsTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("那个帆布包付款的时候花呗一直用不了 怎么回事")]
    [InlineData("银行卡一直支付失败")]
    [InlineData("為什麼我付款一直失敗")]
    public async Task A_failing_payment_is_told_why_and_what_to_try_not_the_card_or_instalment_blurb(string line)
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync(line);

        Assert.Contains("额度", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("选好期数", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Theory]
    [InlineData("有优惠券吗", "优惠券")]
    [InlineData("满减活动还有吗", "满减")]
    [InlineData("我再买两个保温杯 能不能便宜点", "标价")]
    [InlineData("老顾客了 少十块呗", "标价")]
    public async Task Coupons_and_bargaining_get_the_shops_answer_not_the_fallback(string line, string expected)
    {
        var buyer = harness.Start("阿福的杂货铺");

        var outcome = await buyer.SayAsync(line);

        Assert.Contains(expected, buyer.LastText, StringComparison.Ordinal);
        Assert.Equal(DialogOutcomeKind.Answered, outcome.Kind);
        Assert.Null(outcome.FlowNeedsPerson);
    }

    [Fact]
    public async Task A_courier_asking_for_a_delivery_fee_is_a_complaint_recorded_and_handed_over()
    {
        var buyer = harness.Start("一只小兔叽");

        var outcome = await buyer.SayAsync("顺丰打电话说我这个地址送货要加钱 不加就让我自己去拿");

        Assert.Contains("不用", buyer.LastText, StringComparison.Ordinal);
        Assert.Equal(PolicyTopics.CourierFeeReason, outcome.FlowNeedsPerson);
        var record = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.LogisticsFollowUp, record.Kind);
    }

    [Fact]
    public async Task An_unpaid_order_asked_to_go_together_is_paid_first_then_noted_as_a_combined_shipment()
    {
        var buyer = harness.Start("江南烟雨x");

        await buyer.SayAsync("袜子我还没付款 能不能跟餐具一起发 省得跑两趟");
        Assert.Equal("policy_topics.combine_unpaid", buyer.Last.Replies.Single().TemplateId);
        Assert.Empty(await buyer.CasesAsync());

        await buyer.SayAsync("付好了");
        var record = Assert.Single(await buyer.CasesAsync());
        Assert.Equal((CaseKind.CombineShipment, "3611996043318805527"), (record.Kind, record.OrderNumber));
        Assert.Contains("3617120346608812273", record.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_being_refunded_is_never_combined_and_the_buyer_hears_why()
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("两个订单能合并发货吗");

        Assert.Contains(buyer.Last.Replies, r => r.TemplateId == "policy_topics.combine_refunding");
        Assert.Contains(buyer.Last.Replies, r => r.TemplateId == "policy_topics.combine_unpaid");
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task Adding_an_item_is_told_to_pay_first_then_noted_when_the_buyer_agrees()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("刚买的袜子能不能再加一个台灯一起发");
        Assert.Contains("另拍一单", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());

        await buyer.SayAsync("那我再拍一单 你们一起发");
        Assert.Equal(CaseKind.CombineShipment, Assert.Single(await buyer.CasesAsync()).Kind);
    }

    [Fact]
    public async Task A_closed_order_never_paid_is_explained_as_a_payment_timeout()
    {
        var buyer = harness.Start("小王爱购物");

        await buyer.SayAsync("我那个北欧餐具的订单怎么关闭了 能恢复吗");

        Assert.Contains("没有", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("付款时限", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task Price_protection_names_the_buyers_own_order()
    {
        var buyer = harness.Start("小王爱购物");

        await buyer.SayAsync("我20号买的保温杯现在便宜了十块 能补个差价吗");

        Assert.Contains("不锈钢保温杯", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("89.00", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paper_or_electronic_asked_inside_the_invoice_flow_is_answered_and_nothing_is_chosen()
    {
        var buyer = harness.Start("tb_chen_77");
        await buyer.SayAsync("我要开发票");
        var step = buyer.State.Step;

        await buyer.SayAsync("电子还是纸质的？");

        Assert.Contains("默认开电子发票", buyer.LastText, StringComparison.Ordinal);
        Assert.Equal(step, buyer.State.Step);
        Assert.False(buyer.State.Values.ContainsKey("paper"));
    }

    [Fact]
    public async Task Not_what_I_asked_gets_another_answer_never_the_same_text()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("退货运费谁出");
        var first = buyer.LastText;

        await buyer.SayAsync("不是这个，我问的是退货地址在哪");

        Assert.Contains("退货地址", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(first, buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_topic_asked_again_after_its_answer_goes_to_a_person_with_the_reason()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("有优惠券吗");
        var first = buyer.LastText;

        var outcome = await buyer.SayAsync("我问的是有没有优惠券");

        Assert.Equal(DialogEngine.QuestionNotAnswered, outcome.FlowNeedsPerson);
        Assert.DoesNotContain(first, buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_the_point_after_a_one_turn_answer_tries_the_next_topic()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("发什么快递");
        var first = buyer.LastText;

        var outcome = await buyer.SayAsync("答非所问");

        Assert.NotEqual(first, buyer.LastText);
        Assert.All(outcome.Replies, r => Assert.DoesNotContain(r.Text, first, StringComparison.Ordinal));
    }
}
