using Microsoft.Extensions.DependencyInjection;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Logistics;
using ShopBot.TestSupport.Logistics;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>
/// "Where is my parcel" with Kuaidi100 configured (a local stub): 一只小兔叽's one shipped order goes by SF,
/// SF1428566013728. Each test scripts the trace, and cases are read for its own conversation only; cases an earlier
/// test left open are closed first (one open courier follow-up per order would otherwise be the earlier test's).
/// </summary>
public sealed class TrackFlowTraceTests(TracedDialogHarness traced) : IClassFixture<TracedDialogHarness>, IAsyncLifetime
{
    public Task InitializeAsync() => traced.Dialogs.CloseOpenCasesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Buyer = "一只小兔叽";
    private const string Order = "3614900233781205627";
    private const string Number = "SF1428566013728";

    private DateTimeOffset Now => traced.Now;

    [Fact]
    public async Task The_latest_scan_is_told_with_its_time_place_and_what_happened()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, "0",
            new StubScan(Now.AddHours(-40), "顺丰速运 已收取快件", "北京市朝阳区"),
            new StubScan(Now.AddHours(-5), "快件到达【杭州西湖集散中心】", "杭州市"));

        var outcome = await buyer.SayAsync("我的快递到哪了");

        Assert.Equal("track", outcome.Intent);
        Assert.Contains(TraceAnswers.Format(Now.AddHours(-5)), buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("杭州市", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("快件到达【杭州西湖集散中心】", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("已收取快件", buyer.LastText, StringComparison.Ordinal);
        Assert.Null(outcome.FlowNeedsPerson);
        Assert.Empty(await buyer.CasesAsync());
        Assert.Equal("13100009999", traced.Stub.Queries[^1].Phone);
    }

    [Fact]
    public async Task The_whole_trace_is_given_on_request_newest_first()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, "0",
            new StubScan(Now.AddHours(-40), "顺丰速运 已收取快件", "北京市朝阳区"),
            new StubScan(Now.AddHours(-20), "快件在【北京顺义集散中心】完成分拣，准备发往下一站", "北京市"),
            new StubScan(Now.AddHours(-5), "快件到达【杭州西湖集散中心】", "杭州市"));

        await buyer.SayAsync("把完整的物流记录发我看看");

        var text = buyer.LastText;
        var newest = text.IndexOf("杭州西湖集散中心", StringComparison.Ordinal);
        var middle = text.IndexOf("北京顺义集散中心", StringComparison.Ordinal);
        var oldest = text.IndexOf("已收取快件", StringComparison.Ordinal);
        Assert.True(newest >= 0 && middle > newest && oldest > middle, text);
    }

    [Fact]
    public async Task A_signed_parcel_says_when_and_where_and_not_received_opens_a_case_and_calls_a_person()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, "3",
            new StubScan(Now.AddHours(-30), "快件交给王师傅，正在派送途中", "北京市朝阳区"),
            new StubScan(Now.AddHours(-26), "快件已放入丰巢智能快递柜，凭取件码取件", "北京市朝阳区望京西路丰巢柜"));

        var asked = await buyer.SayAsync("我的包裹到哪了");
        Assert.Contains("签收", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("望京西路丰巢柜", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(TraceAnswers.Format(Now.AddHours(-26)), buyer.LastText, StringComparison.Ordinal);
        Assert.Null(asked.FlowNeedsPerson);

        var missing = await buyer.SayAsync("可是我根本没收到啊");

        Assert.Equal(TrackFlow.NotReceived, missing.FlowNeedsPerson);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LostParcel && c.OrderNumber == Order);
    }

    [Fact]
    public async Task Out_for_delivery_is_told_as_such()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, "5", new StubScan(Now.AddHours(-1), "【望京营业部】快递员正在为您派件", "北京市朝阳区"));

        await buyer.SayAsync("快递到哪儿了呀");

        Assert.Contains("派送", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("正在为您派件", buyer.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stalled_parcel_gets_an_apology_a_follow_up_case_and_is_watched()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, "0", new StubScan(Now.AddHours(-60), "快件到达【北京顺义集散中心】", "北京市"));

        var outcome = await buyer.SayAsync("我的快递到哪了");

        Assert.Contains("抱歉", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(TraceAnswers.Format(Now.AddHours(-60)), buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp && c.OrderNumber == Order);
        var watched = await traced.Dialogs.Services.GetRequiredService<IParcelWatchList>().ListAsync();
        Assert.Contains(watched, p => p.ConversationId == buyer.ConversationId && p.OrderNumber == Order && p.LastScanAt == Now.AddHours(-60));
        Assert.Null(outcome.FlowNeedsPerson);
    }

    [Fact]
    public async Task A_buyer_who_says_it_is_stuck_while_it_moved_today_is_told_the_latest_scan()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, "0", new StubScan(Now.AddHours(-3), "快件到达【杭州西湖集散中心】", "杭州市"));

        await buyer.SayAsync("物流好几天都没动了");

        Assert.Contains("杭州西湖集散中心", buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp);
    }

    [Theory]
    [InlineData("6", "快件退回中，原因：收件人地址不详")]
    [InlineData("4", "快件已退回寄件人，已签收")]
    [InlineData("14", "收件人拒收")]
    public async Task A_returned_or_refused_parcel_gets_a_case_and_a_person(string state, string scan)
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, state, new StubScan(Now.AddHours(-4), scan, "北京市"));

        var outcome = await buyer.SayAsync("我的快递到哪了");

        Assert.Equal(TraceAnswers.ParcelReturned, outcome.FlowNeedsPerson);
        Assert.Contains(scan, buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp);
    }

    [Fact]
    public async Task A_problem_parcel_gets_a_case_and_a_person()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Trace(Number, "2", new StubScan(Now.AddHours(-6), "收件人电话无人接听，快件滞留在【望京营业部】", "北京市朝阳区"));

        var outcome = await buyer.SayAsync("我的快递到哪了");

        Assert.Equal(TraceAnswers.ParcelProblem, outcome.FlowNeedsPerson);
        Assert.Contains("疑难件", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains(await buyer.CasesAsync(), c => c.Kind == CaseKind.LogisticsFollowUp);
    }

    [Fact]
    public async Task A_failing_provider_falls_back_to_carrier_and_number_and_says_the_trace_is_unavailable()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.HttpError(Number, 502);

        var outcome = await buyer.SayAsync("我的快递到哪了");

        Assert.Contains(Number, buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("顺丰速运", buyer.LastText, StringComparison.Ordinal);
        Assert.Contains("暂时", buyer.LastText, StringComparison.Ordinal);
        Assert.Null(outcome.FlowNeedsPerson);
    }

    [Fact]
    public async Task A_parcel_the_provider_has_no_scans_for_is_answered_as_without_a_provider()
    {
        var buyer = traced.Start(Buyer);
        traced.Stub.Refuse(Number, "500", "查询无结果，请隔段时间再查");

        await buyer.SayAsync("我的快递到哪了");

        Assert.Contains(Number, buyer.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("暂时", buyer.LastText, StringComparison.Ordinal);
    }
}
