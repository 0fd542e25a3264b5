using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Orders.Sync;
using ShopBot.Knowledge.Tests.Kernel;
using ShopBot.TestSupport.Orders;

namespace ShopBot.Knowledge.Tests.Orders.Sync;

/// <summary>The Taobao order sync against a local TOP stub: new, changed and refunded orders, paging, a failed page, rate limits.</summary>
public sealed class OrderSyncTests : IAsyncLifetime
{
    private readonly FixedTimeProvider _clock = new(FixedTimeProvider.SampleNow);
    private TopStub _stub = null!;

    private DateTimeOffset Now => _clock.Now;

    public async Task InitializeAsync() => _stub = await TopStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Theory]
    [InlineData("md5")]
    [InlineData("hmac")]
    [InlineData("hmac-sha256")]
    public async Task New_orders_are_read_with_every_field_mapped_under_each_sign_method(string signMethod)
    {
        using var sync = Compose(_stub.Settings(signMethod));
        _stub.Put(TopStub.Trade("4000000000000000001", "tb_new", "WAIT_BUYER_CONFIRM_GOODS", Now.AddHours(-2), carrier: "圆通速递", trackingNumber: "YT9000000000001", consigned: Now.AddHours(-3)));

        var merge = await sync.Sync.RunAsync();

        Assert.Equal(new SyncMerge(1, 0), merge);
        var order = Assert.Single(sync.Lookup.OrdersOf("tb_new"));
        Assert.Equal("4000000000000000001", order.OrderNumber);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(RefundStatus.None, order.Refund);
        Assert.Equal(118.00m, order.AmountPaid);
        Assert.Equal("圆通速递", order.Carrier);
        Assert.Equal("YT9000000000001", order.TrackingNumber);
        Assert.Equal(Now.AddHours(-3), order.ShippedAt);
        Assert.Equal(2, order.Quantity);
        Assert.Equal("浙江省 杭州市 西湖区 文三路 88号", order.Address);
        Assert.Equal("纯棉圆领短袖T恤 男款 白色 XL", order.Title);
        Assert.Equal(["page 1: ok"], _stub.Calls);
    }

    [Fact]
    public async Task A_changed_and_a_refunded_order_replace_the_copies_held_and_csv_orders_stay()
    {
        using var sync = Compose(_stub.Settings());
        _stub.Put(TopStub.Trade("4000000000000000002", "tb_change", "WAIT_SELLER_SEND_GOODS", Now.AddHours(-5)));
        _stub.Put(TopStub.Trade("4000000000000000003", "tb_change", "WAIT_BUYER_CONFIRM_GOODS", Now.AddHours(-4)));
        await sync.Sync.RunAsync();

        _clock.Advance(TimeSpan.FromMinutes(5));
        _stub.Put(TopStub.Trade("4000000000000000002", "tb_change", "WAIT_BUYER_CONFIRM_GOODS", Now.AddMinutes(-1), carrier: "中通快递", trackingNumber: "ZT7000000001"));
        _stub.Put(TopStub.Trade("4000000000000000003", "tb_change", "WAIT_BUYER_CONFIRM_GOODS", Now.AddMinutes(-1), refundStatus: "WAIT_SELLER_AGREE"));
        var merge = await sync.Sync.RunAsync();

        Assert.Equal(new SyncMerge(0, 2), merge);
        var orders = sync.Lookup.OrdersOf("tb_change").ToDictionary(o => o.OrderNumber);
        Assert.Equal(OrderStatus.Shipped, orders["4000000000000000002"].Status);
        Assert.Equal("ZT7000000001", orders["4000000000000000002"].TrackingNumber);
        Assert.True(orders["4000000000000000003"].HasRefundUnderWay);
        Assert.NotEmpty(sync.Lookup.OrdersOf("tb_lily88"));
    }

    [Fact]
    public async Task Pages_are_read_from_the_last_and_a_failed_or_rate_limited_page_is_tried_again_without_loss_or_duplicates()
    {
        var settings = _stub.Settings();
        settings["Orders:Taobao:PageSize"] = "2";
        settings["Orders:Taobao:RetryDelay"] = "00:00:00";
        using var sync = Compose(settings);
        for (var i = 0; i < 5; i++)
        {
            _stub.Put(TopStub.Trade($"40000000000000001{i:00}", "tb_pages", "WAIT_SELLER_SEND_GOODS", Now.AddMinutes(-10 - i)));
        }

        _stub.FailOnce(3, 7, "accesscontrol.limited-by-app-access-count", "App Call Limited");
        _stub.FailOnce(2, 15, "isp.remote-service-error", "Remote service error");
        var merge = await sync.Sync.RunAsync();

        Assert.Equal(new SyncMerge(5, 0), merge);
        Assert.Equal(5, sync.Lookup.OrdersOf("tb_pages").Count);
        Assert.Equal(["page 1: ok", "page 3: error 7", "page 3: ok", "page 2: error 15", "page 2: ok"], _stub.Calls);
        Assert.Equal(new SyncMerge(0, 0), await sync.Sync.RunAsync());
    }

    [Fact]
    public async Task A_window_that_keeps_failing_is_left_for_the_next_sync_and_then_read()
    {
        var settings = _stub.Settings();
        settings["Orders:Taobao:MaxAttempts"] = "1";
        settings["Orders:Taobao:RetryDelay"] = "00:00:00";
        using var sync = Compose(settings);
        _stub.Put(TopStub.Trade("4000000000000000201", "tb_retry", "WAIT_SELLER_SEND_GOODS", Now.AddMinutes(-30)));
        _stub.FailOnce(1, 7, "accesscontrol.limited-by-app-access-count", "App Call Limited");

        var failed = await sync.Sync.RunAsync();
        Assert.Null(await sync.Services.GetRequiredService<ISyncedOrderStore>().GetSyncedUntilAsync());
        _clock.Advance(TimeSpan.FromMinutes(5));
        var retried = await sync.Sync.RunAsync();

        Assert.Equal(new SyncMerge(0, 0), failed);
        Assert.Equal(new SyncMerge(1, 0), retried);
        Assert.Single(sync.Lookup.OrdersOf("tb_retry"));
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_by_the_signature_check_and_the_secret_and_session_are_never_logged()
    {
        var settings = _stub.Settings();
        settings["Orders:Taobao:AppSecret"] = "wrong-secret-value";
        settings["Orders:Taobao:MaxAttempts"] = "1";
        using var sync = Compose(settings);
        _stub.Put(TopStub.Trade("4000000000000000301", "tb_sign", "WAIT_SELLER_SEND_GOODS", Now.AddMinutes(-30)));

        await sync.Sync.RunAsync();

        Assert.Equal(["bad sign"], _stub.Calls);
        Assert.Empty(sync.Lookup.OrdersOf("tb_sign"));
        Assert.Contains(sync.Logs.Lines, l => l.Contains("TOP error 25", StringComparison.Ordinal));
        Assert.DoesNotContain(sync.Logs.Lines, l => l.Contains("wrong-secret-value", StringComparison.Ordinal) || l.Contains(TopStub.Session, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sync_failing_as_a_whole_is_logged_and_the_polling_service_keeps_running()
    {
        using var sync = Compose(_stub.Settings(), services => services.AddSingleton<ISyncedOrderStore, UnreachableStore>());
        var service = (BackgroundService)Assert.Single(sync.Services.GetServices<IHostedService>());

        await service.StartAsync(CancellationToken.None);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (!sync.Logs.Lines.Any(l => l.Contains("Order sync failed", StringComparison.Ordinal)) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.False(service.ExecuteTask!.IsCompleted);
        Assert.Contains(sync.Logs.Lines, l => l.Contains("Order sync failed (InvalidOperationException: store unreachable)", StringComparison.Ordinal));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void Without_settings_no_sync_is_registered()
    {
        using var sync = Compose(new Dictionary<string, string?>());

        Assert.Null(sync.Services.GetService<OrderSync>());
        Assert.Empty(sync.Services.GetServices<IHostedService>());
    }

    private Composition Compose(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? replace = null) => new(settings, _clock, replace);

    private sealed class UnreachableStore : ISyncedOrderStore
    {
        public long Version => 0;

        public IReadOnlyCollection<Order> All => [];

        public Task<SyncMerge> MergeAsync(IReadOnlyCollection<SyncedOrder> orders, CancellationToken cancellationToken = default) => throw new InvalidOperationException("store unreachable");

        public Task<DateTimeOffset?> GetSyncedUntilAsync(CancellationToken cancellationToken = default) => throw new InvalidOperationException("store unreachable");

        public Task SetSyncedUntilAsync(DateTimeOffset syncedUntil, CancellationToken cancellationToken = default) => throw new InvalidOperationException("store unreachable");
    }

    private sealed class Composition : IDisposable
    {
        public Composition(IReadOnlyDictionary<string, string?> settings, FixedTimeProvider clock, Action<IServiceCollection>? replace)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            foreach (var (key, value) in settings)
            {
                builder.Configuration[key] = value;
            }

            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddLogging(logging => logging.AddProvider(Logs));
            builder.AddOrderSync();
            replace?.Invoke(builder.Services);
            Services = builder.Services.BuildServiceProvider();
            var options = Options.Create(new OrdersOptions { SampleAnchorTime = FixedTimeProvider.SampleNow });
            var store = new OrderStore(SampleOrders.Paths, options, clock, NullLogger<OrderStore>.Instance, Services.GetRequiredService<ISyncedOrderStore>());
            Lookup = new OrderLookup(store, new OrderNumberExtractor(SampleOrders.Normalizer), options, clock);
        }

        public CapturedLogs Logs { get; } = new();

        public ServiceProvider Services { get; }

        public OrderSync Sync => Services.GetRequiredService<OrderSync>();

        public OrderLookup Lookup { get; }

        public void Dispose() => Services.Dispose();
    }
}
