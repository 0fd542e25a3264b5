using ShopBot.Knowledge.Logistics;
using ShopBot.TestSupport.Logistics;

namespace ShopBot.Knowledge.Tests.Logistics;

/// <summary>The cache in front of the provider: fresh traces are reused, stale ones fetched again, failures retried after a pause.</summary>
public sealed class CachedLogisticsTracesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = FixedTimeProvider.SampleNow;
    private Kuaidi100Stub _stub = null!;

    public async Task InitializeAsync() => _stub = await Kuaidi100Stub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task A_trace_is_reused_for_its_lifetime_and_fetched_again_after()
    {
        var settings = _stub.Settings();
        settings["Logistics:CacheLifetime"] = "00:10:00";
        using var harness = new LogisticsHarness(settings);
        var order = LogisticsHarness.Shipped("YT7510398820461");
        _stub.Trace("YT7510398820461", "0", new StubScan(Now.AddHours(-3), "快件已发往【北京转运中心】"));

        await harness.Traces.TraceAsync(order);
        harness.Clock.Advance(TimeSpan.FromMinutes(9));
        _stub.Trace("YT7510398820461", "5", new StubScan(Now.AddMinutes(5), "【望京营业部】正在派件"));
        var cached = await harness.Traces.TraceAsync(order);
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var fresh = await harness.Traces.TraceAsync(order);

        Assert.Equal(TraceState.InTransit, cached.Trace!.State);
        Assert.Equal(TraceState.OutForDelivery, fresh.Trace!.State);
        Assert.Equal(2, _stub.Queries.Count);
    }

    [Fact]
    public async Task A_failed_parcel_is_not_asked_again_until_the_pause_is_over()
    {
        var settings = _stub.Settings();
        settings["Logistics:RetryAfterFailure"] = "00:01:00";
        using var harness = new LogisticsHarness(settings);
        var order = LogisticsHarness.Shipped("YT7510398820461");
        _stub.HttpError("YT7510398820461", 503);

        var first = await harness.Traces.TraceAsync(order);
        var during = await harness.Traces.TraceAsync(order);
        _stub.Trace("YT7510398820461", "0", new StubScan(Now.AddHours(-3), "快件已发往【北京转运中心】"));
        harness.Clock.Advance(TimeSpan.FromSeconds(61));
        var after = await harness.Traces.TraceAsync(order);

        Assert.Equal(TraceLookupStatus.Unavailable, first.Status);
        Assert.Equal(TraceLookupStatus.Unavailable, during.Status);
        Assert.Equal(TraceLookupStatus.Found, after.Status);
        Assert.Equal(2, _stub.Queries.Count);
    }

    [Fact]
    public async Task The_trace_state_tells_stalled_finished_and_moved()
    {
        var trace = new LogisticsTrace("yuantong", "YT1", TraceState.InTransit, [new TraceScan(Now.AddHours(-49), "北京", "快件已到达【北京转运中心】")]);

        Assert.True(trace.IsStalled(Now, TimeSpan.FromHours(48)));
        Assert.False(trace.IsStalled(Now, TimeSpan.FromHours(50)));
        Assert.False((trace with { State = TraceState.Signed }).IsStalled(Now, TimeSpan.FromHours(48)));
        Assert.False(trace.MovedSince(Now.AddHours(-49), TraceState.InTransit));
        Assert.True(trace.MovedSince(Now.AddHours(-50), TraceState.InTransit));
        Assert.True((trace with { State = TraceState.Signed }).MovedSince(Now.AddHours(-49), TraceState.InTransit));
    }
}
