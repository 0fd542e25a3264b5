using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>After the goods arrive (or should have): settlement wishes, faults after the return window, parcels left and not found.</summary>
public sealed class ReceiptSituationsTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("算了不退了 给我部分退款吧", true)]
    [InlineData("衣服我留着穿吧 退点钱就行", true)]
    [InlineData("退一部分差价可以吗", true)]
    [InlineData("我要退款", false)]
    [InlineData("退货退款", false)]
    public void A_partial_refund_is_told_from_a_whole_refund(string text, bool partial) =>
        Assert.Equal(partial, QualitySettlements.WantsPartialRefund(text));

    [Theory]
    [InlineData("能换个颜色吗 换黑色", true)]
    [InlineData("那给我换一个吧", true)]
    [InlineData("灯管我也换过了 还是闪", false)]
    [InlineData("不换了 直接退", false)]
    public void An_exchange_is_asked_for_only_in_so_many_words(string text, bool exchange) =>
        Assert.Equal(exchange, QualitySettlements.WantsExchange(text));

    [Theory]
    [InlineData("快递显示放门口了 我回家没看到", true)]
    [InlineData("浴巾说放快递柜了 我去了柜子里没有啊", true)]
    [InlineData("显示放驿站了 我去了找不到", true)]
    [InlineData("快递放门口就行", false)]
    [InlineData("我的快递到哪了", false)]
    public void A_parcel_left_somewhere_and_not_found_is_not_received(string text, bool notFound)
    {
        Assert.Equal(notFound, TrackSituations.SaysLeftButNotFound(text));
        Assert.Equal(notFound, TrackSituations.Of(text, MessageCues.None) == TrackSituation.NotReceived);
    }

    [Fact]
    public async Task A_lamp_switch_failing_after_three_weeks_is_recorded_as_a_repair_never_a_return()
    {
        var buyer = harness.Start("阿福的杂货铺");

        await buyer.SayAsync("台灯开关坏了 按了没反应 买了三周了");
        Assert.Equal("quality_return.ask_repair_photo", buyer.Last.Replies.Single().TemplateId);
        await buyer.SayAsync("晚点拍视频给你");

        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.Repair, opened.Kind);
    }

    [Fact]
    public async Task Keeping_the_goods_for_part_of_the_money_asks_the_sum_then_converts_the_report_and_asks_a_person()
    {
        var buyer = harness.Start("江南烟雨x");

        await buyer.SayAsync("T恤领口开线了");
        await buyer.SayAsync("今天拍不了");
        await buyer.SayAsync("衣服我留着穿吧 退点钱就行");
        Assert.DoesNotContain(await buyer.CasesAsync(), c => c.Kind == CaseKind.Compensation);
        var outcome = await buyer.SayAsync("20块吧");

        var cases = await buyer.CasesAsync();
        Assert.Equal(CaseStatus.Cancelled, Assert.Single(cases, c => c.Kind == CaseKind.QualityReport).Status);
        Assert.Equal(CaseStatus.Open, Assert.Single(cases, c => c.Kind == CaseKind.Compensation).Status);
        Assert.Equal(QualityReturnFlow.Compensation, outcome.FlowNeedsPerson);
    }

    [Fact]
    public async Task A_broken_piece_sent_again_is_called_the_damaged_part_not_the_missing_one()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("餐具拆开有个盘子碎了 补一个盘子给我就行");
        await buyer.SayAsync("等会拍");

        Assert.Equal(CaseKind.Reship, Assert.Single(await buyer.CasesAsync()).Kind);
        Assert.Equal("quality_return.reship_damaged_opened_photos_later", buyer.Last.Replies.Single().TemplateId);
        Assert.DoesNotContain("少发", buyer.LastText, StringComparison.Ordinal);
    }
}
