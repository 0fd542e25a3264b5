using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>One remedy refused while the problem stands, a compensation settled at a sum, and the courier chased.</summary>
public sealed class RefusalHeardTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Fact]
    public async Task A_refused_return_offers_the_remedies_left_and_an_annoyed_repeat_records_what_was_refused()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("T恤洗了一次就破了个洞");

        await buyer.SayAsync("不想退");
        Assert.Equal("quality_return.refusal_heard_ask_remedy", buyer.Last.Replies.Single().TemplateId);
        Assert.DoesNotContain("退货退款", buyer.LastText, StringComparison.Ordinal);
        Assert.Empty(await buyer.CasesAsync());

        await buyer.SayAsync("说了不退！");
        var report = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.QualityReport, report.Kind);
        Assert.Contains("买家不要退货", report.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Putting_the_choice_off_after_a_refusal_records_the_problem()
    {
        var buyer = harness.Start("橙子不酸");
        await buyer.SayAsync("盘子边上有个缺口");
        await buyer.SayAsync("不用退");

        await buyer.SayAsync("我再想想");

        var report = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.QualityReport, report.Kind);
        Assert.Contains("其他处理方式买家还没定", report.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compensation_chosen_without_a_sum_is_asked_for_one_and_recorded_at_it()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("T恤破了个洞");
        await buyer.SayAsync("不退 补偿一下吧");
        Assert.Equal("quality_return.compensation_ask_sum", buyer.Last.Replies.Single().TemplateId);
        Assert.Empty(await buyer.CasesAsync());

        await buyer.SayAsync("5块就行");

        var compensation = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.Compensation, compensation.Kind);
        Assert.Equal(5m, compensation.Compensation);
    }

    [Fact]
    public async Task More_than_the_cap_after_the_sum_was_asked_goes_to_a_supervisor_with_the_sum_recorded()
    {
        // The question for the sum already told the cap: more asked is never met with the same offer again, and the
        // return turned down ("不想退") is not offered back beside the supervisor.
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("T恤破了个洞");
        await buyer.SayAsync("不想退 给点补偿");
        await buyer.SayAsync("至少20吧");
        Assert.Equal("quality_return.needs_supervisor_recorded_kept", buyer.Last.Replies.Single().TemplateId);

        Assert.Contains("要求补偿20元", Assert.Single(await buyer.CasesAsync()).Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("催一下顺丰", true)]
    [InlineData("帮我催下快递", true)]
    [InlineData("让顺丰快点送", true)]
    [InlineData("快递员能不能快点", true)]
    [InlineData("幫我催一下快遞", true)]
    [InlineData("顺丰快点发货", false)]
    [InlineData("快点发货", false)]
    [InlineData("快递到哪了", false)]
    public void A_chase_of_the_courier_is_told_from_a_hurry_or_a_question(string text, bool chases) =>
        Assert.Equal(chases, TrackSituations.AsksToChaseCourier(KnowledgeBase.Normalizer.Normalize(text)));

    [Fact]
    public async Task A_chase_after_the_parcel_was_told_records_a_follow_up_without_the_tracking_again()
    {
        var buyer = harness.Start("tb_lily88");
        await buyer.SayAsync("T恤到哪了");

        await buyer.SayAsync("催一下顺丰");

        Assert.Equal("track.follow_up_requested", buyer.Last.Replies.Single().TemplateId);
        Assert.DoesNotContain("SF1428573690214", buyer.LastText, StringComparison.Ordinal);
        Assert.Equal(CaseKind.LogisticsFollowUp, Assert.Single(await buyer.CasesAsync()).Kind);
    }
}
