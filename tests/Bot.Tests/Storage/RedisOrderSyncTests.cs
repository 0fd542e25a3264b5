using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Storage;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Orders;
using Order = ShopBot.Knowledge.Orders.Order;
using ShopBot.Knowledge.Orders.Sync;
using ShopBot.TestSupport;
using ShopBot.TestSupport.Orders;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Storage;

/// <summary>
/// Two hosts' order syncs on one real redis-server and one TOP stub: what one syncs the other reads, one polls while
/// the lock is held (renewed past its lifetime), another takes over when it lapses, and a refund replaces the order.
/// </summary>
public sealed class RedisOrderSyncTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string _prefix = "ordersynctest-" + Guid.NewGuid().ToString("N")[..8];
    private readonly FixedTimeProvider _clock = new(FixedTimeProvider.SampleNow);
    private ConnectionMultiplexer _connection = null!;
    private TopStub _stub = null!;

    private DateTimeOffset Now => _clock.Now;

    public async Task InitializeAsync()
    {
        _connection = await redis.ConnectAsync();
        _stub = await TopStub.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        await RedisServerFixture.DeleteKeysAsync(_connection, _prefix);
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task An_order_one_host_synced_is_read_by_the_other_which_continues_the_shared_cursor()
    {
        using var first = Host();
        using var second = Host();
        _stub.Put(TopStub.Trade("4000000000000000401", "tb_shared", "WAIT_BUYER_CONFIRM_GOODS", Now.AddHours(-1), carrier: "中通快递", trackingNumber: "ZT7000000401"));

        var merge = await first.Sync.RunAsync();
        var seen = Assert.Single(second.Orders.Current.All, o => o.BuyerId == "tb_shared");
        var callsAfterFirst = _stub.Calls.Count;
        var skipped = await second.Sync.RunAsync(TimeSpan.FromMinutes(2.5));

        Assert.Equal(new SyncMerge(1, 0), merge);
        Assert.Equal("ZT7000000401", seen.TrackingNumber);
        Assert.Equal(OrderStatus.Shipped, seen.Status);
        Assert.Equal(Now, await second.Store.GetSyncedUntilAsync());
        Assert.Equal(new SyncMerge(0, 0), skipped);
        Assert.Equal(callsAfterFirst, _stub.Calls.Count);
    }

    [Fact]
    public async Task Only_the_lock_holder_polls_even_past_the_lock_lifetime_and_the_other_polls_once_it_is_released()
    {
        // A lifetime of 5 s renewed in the background: on a loaded machine a 1 s, then a 3 s lifetime once lapsed between
        // two renewals. The wait below stays over twice the lifetime.
        using var first = Host(lockLifetime: "00:00:05");
        using var second = Host(lockLifetime: "00:00:05");
        _stub.Put(TopStub.Trade("4000000000000000402", "tb_locked", "WAIT_SELLER_SEND_GOODS", Now.AddHours(-1)));

        var lease = await first.Lock.TryAcquireAsync();
        await Task.Delay(TimeSpan.FromSeconds(11));
        var whileHeld = await second.Sync.RunAsync();
        var callsWhileHeld = _stub.Calls.Count;
        var lost = lease!.Lost.IsCancellationRequested;
        await lease.DisposeAsync();
        var afterRelease = await second.Sync.RunAsync();

        Assert.Equal(new SyncMerge(0, 0), whileHeld);
        Assert.Equal(0, callsWhileHeld);
        Assert.False(lost);
        Assert.Equal(new SyncMerge(1, 0), afterRelease);
        Assert.Single(first.Orders.Current.All, o => o.BuyerId == "tb_locked");
    }

    [Fact]
    public async Task Another_host_takes_over_when_the_lock_of_a_host_that_stopped_lapses()
    {
        using var second = Host(lockLifetime: "00:00:01");
        _stub.Put(TopStub.Trade("4000000000000000403", "tb_takeover", "WAIT_SELLER_SEND_GOODS", Now.AddHours(-1)));
        var key = ((RedisOrderSyncLock)second.Lock).Key;
        await _connection.GetDatabase().StringSetAsync(key, "host-that-stopped", TimeSpan.FromSeconds(1));

        var whileHeld = await second.Sync.RunAsync();
        var callsWhileHeld = _stub.Calls.Count;
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var afterLapse = await second.Sync.RunAsync();

        Assert.Equal(new SyncMerge(0, 0), whileHeld);
        Assert.Equal(0, callsWhileHeld);
        Assert.Equal(new SyncMerge(1, 0), afterLapse);
        Assert.False(await _connection.GetDatabase().KeyExistsAsync(key));
    }

    [Fact]
    public async Task A_refunded_update_synced_by_one_host_replaces_the_order_the_other_synced_and_an_older_copy_changes_nothing()
    {
        using var first = Host();
        using var second = Host();
        _stub.Put(TopStub.Trade("4000000000000000404", "tb_refund", "WAIT_BUYER_CONFIRM_GOODS", Now.AddHours(-2)));
        await first.Sync.RunAsync();
        var before = Assert.Single(second.Orders.Current.All, o => o.BuyerId == "tb_refund");

        _clock.Advance(TimeSpan.FromMinutes(5));
        _stub.Put(TopStub.Trade("4000000000000000404", "tb_refund", "WAIT_BUYER_CONFIRM_GOODS", Now.AddMinutes(-1), refundStatus: "WAIT_SELLER_AGREE"));
        var merge = await second.Sync.RunAsync();
        var stale = await first.Store.MergeAsync([new SyncedOrder(before, Now.AddHours(-2))]);

        Assert.Equal(new SyncMerge(0, 1), merge);
        Assert.Equal(new SyncMerge(0, 0), stale);
        Assert.False(before.HasRefundUnderWay);
        Assert.True(Assert.Single(first.Orders.Current.All, o => o.BuyerId == "tb_refund").HasRefundUnderWay);
        Assert.Equal(1, await _connection.GetDatabase().HashLengthAsync(((RedisSyncedOrders)first.Store).Key("synced")));
    }

    [Fact]
    public async Task Two_bot_hosts_on_one_redis_call_TOP_once_at_start_and_both_answer_from_the_synced_order()
    {
        var settings = new Dictionary<string, string?>(_stub.Settings())
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = _prefix,
            // This test is about one TOP call shared by two hosts, not about timeouts: a second's stall of a loaded
            // machine (the suite runs beside other test hosts) must not fail its synchronous version read.
            ["Redis:OperationTimeout"] = "00:00:10",
        };
        _stub.Put(TopStub.Trade("4000000000000000405", "tb_two_hosts", "WAIT_BUYER_CONFIRM_GOODS", DateTimeOffset.Now.AddHours(-1), carrier: "圆通速递", trackingNumber: "YT9000000000405"));
        using var first = new AfterSalesHost(settings);
        using var second = new AfterSalesHost(settings);

        var firstOrders = first.Services.GetRequiredService<OrderStore>();
        var secondOrders = second.Services.GetRequiredService<OrderStore>();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while ((firstOrders.Current.ByNumber("4000000000000000405") is null || secondOrders.Current.ByNumber("4000000000000000405") is null) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.IsType<RedisSyncedOrders>(second.Services.GetRequiredService<ISyncedOrderStore>());
        Assert.Equal("YT9000000000405", firstOrders.Current.ByNumber("4000000000000000405")?.TrackingNumber);
        Assert.Equal("YT9000000000405", secondOrders.Current.ByNumber("4000000000000000405")?.TrackingNumber);
        Assert.Equal(["page 1: ok"], _stub.Calls);
    }

    private SyncHost Host(string lockLifetime = "00:01:00")
    {
        var settings = _stub.Settings();
        settings["Orders:Taobao:LockLifetime"] = lockLifetime;
        settings["Orders:Taobao:SharedRefresh"] = "00:00:00";
        return new SyncHost(settings, _clock, _connection, _prefix);
    }

    private sealed class SyncHost : IDisposable
    {
        private readonly ServiceProvider _services;

        public SyncHost(IReadOnlyDictionary<string, string?> settings, FixedTimeProvider clock, IConnectionMultiplexer connection, string prefix)
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            foreach (var (key, value) in settings)
            {
                builder.Configuration[key] = value;
            }

            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddLogging();
            builder.Services.AddSingleton(connection);
            builder.Services.AddSingleton(Options.Create(new HandoffOptions { RedisKeyPrefix = prefix }));
            builder.AddOrderSync();
            builder.Services.Replace(ServiceDescriptor.Singleton<ISyncedOrderStore, RedisSyncedOrders>());
            builder.Services.Replace(ServiceDescriptor.Singleton<IOrderSyncLock, RedisOrderSyncLock>());
            _services = builder.Services.BuildServiceProvider();
            var options = Options.Create(new OrdersOptions { SampleAnchorTime = FixedTimeProvider.SampleNow });
            Orders = new OrderStore(KnowledgeBasePaths.Locate(null), options, clock, NullLogger<OrderStore>.Instance, Store);
        }

        public OrderSync Sync => _services.GetRequiredService<OrderSync>();

        public ISyncedOrderStore Store => _services.GetRequiredService<ISyncedOrderStore>();

        public IOrderSyncLock Lock => _services.GetRequiredService<IOrderSyncLock>();

        public OrderStore Orders { get; }

        public void Dispose() => _services.Dispose();
    }
}
