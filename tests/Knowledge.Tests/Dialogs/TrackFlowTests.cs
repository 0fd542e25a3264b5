using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class TrackFlowTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_buyer_with_one_shipped_order_gets_its_carrier_and_tracking_number()
    {
        var buyer = harness.Start("一只小兔叽");

        var outcome = await buyer.SayAsync("你好，我的快递到哪了？");

        Assert.Equal("track", outcome.Intent);
        Assert.Contains("SF1428566013728", buyer.LastText);
        Assert.Contains("顺丰速运", buyer.LastText);
        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Null(buyer.State.ActiveFlow);
    }

    [Fact]
    public async Task Several_shipped_orders_are_listed_and_the_chosen_one_is_answered()
    {
        var buyer = harness.Start("快乐的胖虎");

        await buyer.SayAsync("物流怎么查");
        Assert.Contains("3612271130485560917", buyer.LastText);
        Assert.Contains("3600982367712290435", buyer.LastText);
        Assert.Contains("第1个", buyer.Last.SuggestedReplies);

        await buyer.SayAsync("第一个");

        Assert.Contains("YT7510411873062", buyer.LastText);
        Assert.DoesNotContain("YT7510301458826", buyer.LastText);
    }

    [Fact]
    public async Task A_parcel_shipped_long_ago_and_not_confirmed_is_recorded_as_possibly_lost_and_escalated()
    {
        var buyer = harness.Start("快乐的胖虎");

        var outcome = await buyer.SayAsync("订单3600982367712290435怎么还没到");

        Assert.Equal(ShipmentAnswers.LostParcel, outcome.FlowNeedsPerson);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LostParcel && c.OrderNumber == "3600982367712290435");
    }

    [Fact]
    public async Task A_parcel_shipped_a_day_or_two_ago_without_a_tracking_number_is_normal_timing_and_no_lost_parcel()
    {
        var buyer = harness.Start("江南烟雨x");

        var outcome = await buyer.SayAsync("3613007825516479930 这单的物流单号是多少");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Contains("正常", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(await buyer.CasesAsync(), c => c.Kind == CaseKind.LostParcel);
    }

    [Fact]
    public async Task A_parcel_shipped_hours_ago_without_a_tracking_number_is_not_called_lost()
    {
        var buyer = harness.Start("tb_chen_77");

        var outcome = await buyer.SayAsync("3616605521893307714 这单的物流单号是多少");

        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Contains("几个小时", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());
    }

    [Fact]
    public async Task Another_buyers_order_number_gets_exactly_the_answer_an_unknown_number_gets()
    {
        var asksForOthers = harness.Start("tb_lily88", "same-conversation-id");
        var asksForUnknown = harness.Start("tb_lily88", "same-conversation-id");

        await asksForOthers.SayAsync("帮我查下3614900233781205627的物流");
        await asksForUnknown.SayAsync("帮我查下3614900233781205999的物流");

        Assert.Equal(asksForUnknown.LastText, asksForOthers.LastText);
        Assert.DoesNotContain("SF1428566013728", asksForOthers.LastText);
        Assert.Equal(1, asksForOthers.Last.ConsecutiveFailedTurns);
    }

    [Fact]
    public async Task A_buyer_without_orders_is_told_so_and_asked_for_a_number()
    {
        var buyer = harness.Start("nobody_here");

        await buyer.SayAsync("我的包裹到哪了");

        Assert.Contains("没有", buyer.LastText);
        Assert.Equal(ShopBot.Knowledge.Dialogs.DialogSteps.AskOrder, buyer.State.Step);
    }
}
