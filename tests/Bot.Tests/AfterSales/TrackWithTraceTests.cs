using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.AfterSales;
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
        var settings = _stub.Settings();
        settings["Logistics:CacheLifetime"] = "00:00:01";
        // Shorter than the stub's slow answer (20 s), longer than a loaded machine's quick one.
        settings["Logistics:Timeout"] = "00:00:05";
        _host = new AfterSalesHost(settings);
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
        await buyer.SayAsync("你好");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var answer = await buyer.SayAsync("我的快递到哪了");

        Assert.Contains("SF1428566013728", answer, StringComparison.Ordinal);
        Assert.Contains("暂时", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("杭州西湖集散中心", answer, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"the buyer waited {watch.Elapsed}");
    }

    [Fact]
    public async Task A_buyer_who_asked_about_a_stalled_parcel_is_told_once_in_the_same_conversation_when_it_is_signed()
    {
        var now = DateTimeOffset.UtcNow;
        _stub.Trace("SF1428566013728", "0", new StubScan(now.AddHours(-60), "快件到达【北京顺义集散中心】", "北京市"));
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");
        var followUp = _host.Services.GetRequiredService<ParcelFollowUp>();

        Assert.Contains("抱歉", await buyer.SayAsync("我的快递到哪了"), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(0, await followUp.RunOnceAsync());
        _stub.Trace("SF1428566013728", "3",
            new StubScan(now.AddHours(-60), "快件到达【北京顺义集散中心】", "北京市"),
            new StubScan(now.AddMinutes(-10), "快件已放入丰巢智能快递柜，凭取件码取件", "北京市朝阳区望京西路丰巢柜"));
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        Assert.Equal(1, await followUp.RunOnceAsync());
        var told = await buyer.ReadAsync();
        Assert.Contains("签收", told, StringComparison.Ordinal);
        Assert.Contains("望京西路丰巢柜", told, StringComparison.Ordinal);
        Assert.Contains("3614900233781205627", told, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(0, await followUp.RunOnceAsync());
    }

    [Fact]
    public async Task A_follow_up_the_reply_screen_blocks_is_dropped_not_rewritten_nor_handed_over_and_not_tried_again()
    {
        var now = DateTimeOffset.UtcNow;
        _stub.Trace("SF1428566013728", "0", new StubScan(now.AddHours(-60), "快件到达【北京顺义集散中心】", "北京市"));
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");
        var followUp = _host.Services.GetRequiredService<ParcelFollowUp>();
        Assert.Contains("抱歉", await buyer.SayAsync("我的快递到哪了"), StringComparison.Ordinal);

        // The carrier's scan text lands in the follow-up's template; a superlative in it fails the reply screen.
        _stub.Trace("SF1428566013728", "0",
            new StubScan(now.AddHours(-60), "快件到达【北京顺义集散中心】", "北京市"),
            new StubScan(now.AddMinutes(-10), "全网最快的派送，快件正在派送中", "北京市朝阳区"));
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        Assert.Equal(0, await followUp.RunOnceAsync());
        Assert.Equal(string.Empty, await buyer.ReadAsync());
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(0, await followUp.RunOnceAsync());
        Assert.Equal(string.Empty, await buyer.ReadAsync());
    }
}
