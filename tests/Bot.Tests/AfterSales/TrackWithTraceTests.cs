using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.TestSupport.Logistics;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>The shipped bot over Direct Line with Kuaidi100 pointed at a local stub speaking its wire format.</summary>
public sealed class TrackWithTraceTests : IAsyncLifetime
{
    private Kuaidi100Stub _stub = null!;
    private AfterSalesHost _host = null!;

    public async Task InitializeAsync()
    {
        _stub = await Kuaidi100Stub.StartAsync();
        _host = new AfterSalesHost(_stub.Settings());
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _stub.DisposeAsync();
    }

    [Fact]
    public async Task Where_is_my_parcel_gets_the_latest_scans_time_and_place()
    {
        var latest = DateTimeOffset.UtcNow.AddHours(-5);
        _stub.Trace("SF1428566013728", "0",
            new StubScan(latest.AddHours(-30), "顺丰速运 已收取快件", "北京市朝阳区"),
            new StubScan(latest, "快件到达【杭州西湖集散中心】", "杭州市"));
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");

        var answer = await buyer.SayAsync("我的快递到哪了");

        Assert.Contains(TraceAnswers.Format(latest), answer, StringComparison.Ordinal);
        Assert.Contains("杭州市", answer, StringComparison.Ordinal);
        Assert.Contains("快件到达【杭州西湖集散中心】", answer, StringComparison.Ordinal);
        var query = Assert.Single(_stub.Queries);
        Assert.True(query.SignedRight);
        Assert.Equal("shunfeng", query.Company);
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_in_time_leaves_carrier_and_number_and_an_apology_for_the_trace()
    {
        _stub.Trace("SF1428566013728", "0", new StubScan(DateTimeOffset.UtcNow.AddHours(-1), "快件到达【杭州西湖集散中心】", "杭州市"));
        _stub.Slow("SF1428566013728", TimeSpan.FromSeconds(20));
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var answer = await buyer.SayAsync("我的快递到哪了");

        Assert.Contains("SF1428566013728", answer, StringComparison.Ordinal);
        Assert.Contains("暂时", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("杭州西湖集散中心", answer, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"the buyer waited {watch.Elapsed}");
    }
}
