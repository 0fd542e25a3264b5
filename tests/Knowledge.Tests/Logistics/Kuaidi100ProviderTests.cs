using ShopBot.Knowledge.Logistics;
using ShopBot.TestSupport.Logistics;

namespace ShopBot.Knowledge.Tests.Logistics;

/// <summary>Kuaidi100's real-time query against a local stub speaking its wire format.</summary>
public sealed class Kuaidi100ProviderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = FixedTimeProvider.SampleNow;
    private Kuaidi100Stub _stub = null!;

    public async Task InitializeAsync() => _stub = await Kuaidi100Stub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public void The_signature_is_the_upper_case_md5_of_param_key_and_customer()
    {
        // printf '%s' '{"com":"yuantong","num":"12345678"}keycustomer' | md5sum, upper-cased.
        Assert.Equal("C4306C94B52FB4C5E1721B8D25F3C431", Kuaidi100Provider.Sign("{\"com\":\"yuantong\",\"num\":\"12345678\"}", "key", "customer"));
    }

    [Theory]
    [InlineData("0", TraceState.InTransit)]
    [InlineData("1", TraceState.Collected)]
    [InlineData("2", TraceState.Problem)]
    [InlineData("3", TraceState.Signed)]
    [InlineData("4", TraceState.ReturnedToShop)]
    [InlineData("5", TraceState.OutForDelivery)]
    [InlineData("6", TraceState.Returning)]
    [InlineData("14", TraceState.Refused)]
    [InlineData("304", TraceState.Signed)]
    [InlineData("501", TraceState.OutForDelivery)]
    [InlineData("1002", TraceState.InTransit)]
    public async Task Every_state_is_read_with_the_scans_newest_first(string state, TraceState expected)
    {
        using var harness = new LogisticsHarness(_stub.Settings());
        _stub.Trace("YT7510398820461", state,
            new StubScan(Now.AddHours(-30), "您的快件已由【杭州西湖区文三路网点】揽收", "浙江省杭州市"),
            new StubScan(Now.AddHours(-3), "快件已到达【北京转运中心】，准备发往【北京朝阳望京营业部】", "北京市"),
            new StubScan(Now.AddHours(-12), "快件已发往【北京转运中心】", "浙江省杭州市"));

        var lookup = await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT7510398820461"));

        Assert.Equal(TraceLookupStatus.Found, lookup.Status);
        Assert.Equal(expected, lookup.Trace!.State);
        Assert.Equal(Now.AddHours(-3), lookup.Trace.Latest!.Time);
        Assert.Equal("北京市", lookup.Trace.Latest.Place);
        Assert.Equal(["北京市", "浙江省杭州市", "浙江省杭州市"], lookup.Trace.Scans.Select(s => s.Place));
        var query = Assert.Single(_stub.Queries);
        Assert.True(query.SignedRight);
        Assert.Equal("yuantong", query.Company);
        Assert.StartsWith("application/x-www-form-urlencoded", query.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_without_location_takes_the_area_name_or_the_place_the_carrier_names_in_brackets()
    {
        using var harness = new LogisticsHarness(_stub.Settings());
        _stub.Trace("ZT7731208129", "0",
            new StubScan(Now.AddHours(-2), "快件已到达【上海浦东集散中心】"),
            new StubScan(Now.AddHours(-5), "快件已发出", AreaName: "江苏省,苏州市"));

        var trace = (await harness.Traces.TraceAsync(LogisticsHarness.Shipped("ZT7731208129", "中通快递"))).Trace!;

        Assert.Equal(["上海浦东集散中心", "江苏省苏州市"], trace.Scans.Select(s => s.Place));
    }

    [Fact]
    public async Task A_courier_phone_in_a_scan_is_hidden()
    {
        using var harness = new LogisticsHarness(_stub.Settings());
        _stub.Trace("YT7510398820462", "5", new StubScan(Now.AddHours(-1), "【望京营业部】派件员：王师傅 13912345678 正在为您派件"));

        var trace = (await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT7510398820462"))).Trace!;

        Assert.DoesNotContain("13912345678", trace.Latest!.Text, StringComparison.Ordinal);
        Assert.Contains("正在为您派件", trace.Latest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SF_is_asked_with_the_receivers_phone_digits_and_an_unknown_carrier_is_not_asked()
    {
        using var harness = new LogisticsHarness(_stub.Settings());
        _stub.Trace("SF1428573690214", "0", new StubScan(Now.AddHours(-1), "顺丰速运 已收取快件"));

        var sf = await harness.Traces.TraceAsync(LogisticsHarness.Shipped("SF1428573690214", "顺丰速运", "138-0000-1111"));
        var unknown = await harness.Traces.TraceAsync(LogisticsHarness.Shipped("XY123456789", "某某物流"));

        Assert.Equal(TraceLookupStatus.Found, sf.Status);
        Assert.Equal("13800001111", Assert.Single(_stub.Queries).Phone);
        Assert.Equal(TraceLookupStatus.NotAsked, unknown.Status);
    }

    [Fact]
    public async Task No_scans_yet_is_no_record_and_refusals_are_unavailable()
    {
        using var harness = new LogisticsHarness(_stub.Settings());
        _stub.Refuse("YT0000000001", "601", "POLL:KEY已过期");
        _stub.Refuse("YT0000000002", "502", "服务器繁忙");
        _stub.HttpError("YT0000000003", 502);

        Assert.Equal(TraceLookupStatus.NoRecord, (await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT0000000000"))).Status);
        Assert.Equal(TraceLookupStatus.Unavailable, (await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT0000000001"))).Status);
        Assert.Equal(TraceLookupStatus.Unavailable, (await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT0000000002"))).Status);
        Assert.Equal(TraceLookupStatus.Unavailable, (await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT0000000003"))).Status);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("601", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_by_the_signature_check_and_the_phone_never_reaches_the_log()
    {
        var settings = _stub.Settings();
        settings["Logistics:Kuaidi100:Key"] = "not-the-key";
        using var harness = new LogisticsHarness(settings);
        _stub.Trace("SF1428573690214", "0", new StubScan(Now.AddHours(-1), "顺丰速运 已收取快件"));

        var lookup = await harness.Traces.TraceAsync(LogisticsHarness.Shipped("SF1428573690214", "顺丰速运"));

        Assert.Equal(TraceLookupStatus.Unavailable, lookup.Status);
        Assert.False(Assert.Single(_stub.Queries).SignedRight);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("503", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("13800001111", StringComparison.Ordinal) || l.Contains("not-the-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_provider_is_given_up_within_the_time_limit()
    {
        var settings = _stub.Settings();
        settings["Logistics:Timeout"] = "00:00:00.500";
        using var harness = new LogisticsHarness(settings);
        _stub.Trace("YT7510398820463", "0", new StubScan(Now.AddHours(-1), "快件已发出"));
        _stub.Slow("YT7510398820463", TimeSpan.FromSeconds(10));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var lookup = await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT7510398820463"));

        Assert.Equal(TraceLookupStatus.Unavailable, lookup.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"waited {watch.Elapsed}");
    }

    [Fact]
    public async Task Without_settings_nothing_is_called()
    {
        using var harness = new LogisticsHarness(new Dictionary<string, string?>());
        _stub.Trace("YT7510398820461", "0", new StubScan(Now.AddHours(-1), "快件已发出"));

        var lookup = await harness.Traces.TraceAsync(LogisticsHarness.Shipped("YT7510398820461"));

        Assert.False(harness.Traces.IsConfigured);
        Assert.Equal(TraceLookupStatus.NotAsked, lookup.Status);
        Assert.Empty(_stub.Queries);
    }
}
