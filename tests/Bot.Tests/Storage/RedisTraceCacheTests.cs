using Microsoft.Extensions.Options;
using ShopBot.Bot.Storage;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Logistics;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Storage;

/// <summary>Traces in a real redis-server: one host's fetched trace is the other's cache hit, and it expires.</summary>
public sealed class RedisTraceCacheTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string _prefix = "tracetest-" + Guid.NewGuid().ToString("N")[..8];
    private ConnectionMultiplexer? _connection;

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        await RedisServerFixture.DeleteKeysAsync(_connection!, _prefix);
        await _connection!.DisposeAsync();
    }

    [Fact]
    public async Task A_trace_one_host_stored_is_read_by_another_until_its_lifetime_ends()
    {
        var options = Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix });
        var first = new RedisTraceCache(_connection!, options);
        var second = new RedisTraceCache(_connection!, options);
        var trace = new LogisticsTrace("shunfeng", "SF1428566013728", TraceState.OutForDelivery,
            [new TraceScan(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8)), "北京市朝阳区", "【望京营业部】正在派件")]);

        // A lifetime long enough for a loaded machine to read it back, and its end awaited rather than guessed.
        await first.SetAsync(trace, TimeSpan.FromSeconds(3));
        var read = await second.GetAsync("shunfeng", "SF1428566013728");
        var lifetime = await _connection!.GetDatabase().KeyTimeToLiveAsync(first.Key("shunfeng", "SF1428566013728"));
        var expired = await ReadUntilGoneAsync(second, TimeSpan.FromSeconds(20));

        Assert.NotNull(read);
        Assert.Equal(trace.State, read.State);
        Assert.Equal(trace.Scans, read.Scans);
        Assert.InRange(lifetime!.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(3));
        Assert.True(expired);
        Assert.StartsWith("{" + _prefix + "}:traces:", first.Key("shunfeng", "SF1").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watched_parcel_is_listed_by_every_host_and_removed_by_only_one()
    {
        var options = Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix });
        var first = new RedisParcelWatchList(_connection!, options);
        var second = new RedisParcelWatchList(_connection!, options);
        var parcel = new WatchedParcel("conv-1", "一只小兔叽", "3614900233781205627",
            new DateTimeOffset(2026, 11, 19, 22, 0, 0, TimeSpan.FromHours(8)), TraceState.InTransit, new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));

        await first.WatchAsync(parcel);
        var listed = await second.ListAsync();
        var removals = await Task.WhenAll(first.RemoveAsync("conv-1", "3614900233781205627"), second.RemoveAsync("conv-1", "3614900233781205627"));

        Assert.Equal(parcel, Assert.Single(listed));
        Assert.Equal(1, removals.Count(r => r));
        Assert.Empty(await first.ListAsync());
    }

    private static async Task<bool> ReadUntilGoneAsync(RedisTraceCache cache, TimeSpan patience)
    {
        var until = DateTimeOffset.UtcNow + patience;
        while (await cache.GetAsync("shunfeng", "SF1428566013728") is not null)
        {
            if (DateTimeOffset.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return true;
    }
}
