using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using Order = ShopBot.Knowledge.Orders.Order;
using ShopBot.Knowledge.Orders.Sync;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

/// <summary>
/// Synced orders shared by every host: one Redis hash of the orders (<c>{shopbot}:orders:synced</c>, field the order
/// number, value JSON), one of their <c>modified</c> times, a version counter and the cursor. A merge is one script,
/// so two merges never interleave and a copy replaces the stored one only when its <c>modified</c> is later (or the
/// same with other content). Each host keeps a snapshot and reloads it when the version moved, looking at most every
/// <see cref="TaobaoOptions.SharedRefresh"/>; while Redis cannot be reached the snapshot held stays in use.
/// </summary>
public sealed partial class RedisSyncedOrders(IConnectionMultiplexer redis, IOptions<HandoffOptions> handoff, IOptions<TaobaoOptions> options, TimeProvider time, ILogger<RedisSyncedOrders> logger) : ISyncedOrderStore
{
    private const string MergeScript = """
        local added, changed = 0, 0
        for i = 1, #ARGV, 3 do
          local number, modified, json = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
          local known = redis.call('HGET', KEYS[2], number)
          local replace = false
          if not known then
            added = added + 1
            replace = true
          elseif modified > tonumber(known) or (modified == tonumber(known) and redis.call('HGET', KEYS[1], number) ~= json) then
            changed = changed + 1
            replace = true
          end
          if replace then
            redis.call('HSET', KEYS[1], number, json)
            redis.call('HSET', KEYS[2], number, modified)
          end
        end
        if added + changed > 0 then redis.call('INCR', KEYS[3]) end
        return { added, changed }
        """;

    private readonly string _root = "{" + handoff.Value.RedisKeyPrefix + "}:orders:";
    private readonly Lock _gate = new();
    private Snapshot _snapshot = new(0, []);
    private long _nextCheckTicks;

    public long Version => Refreshed().Version;

    public IReadOnlyCollection<Order> All => Refreshed().Orders;

    public async Task<SyncMerge> MergeAsync(IReadOnlyCollection<SyncedOrder> orders, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        if (orders.Count == 0)
        {
            return new SyncMerge(0, 0);
        }

        var args = orders.SelectMany(o => new RedisValue[]
        {
            o.Order.OrderNumber, o.Modified.ToUnixTimeMilliseconds(), JsonSerializer.Serialize(o, OrdersJsonContext.Default.SyncedOrder),
        }).ToArray();
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(MergeScript, [Key("synced"), Key("modified"), Key("version")], args).ConfigureAwait(false))!;
        Volatile.Write(ref _nextCheckTicks, 0);
        return new SyncMerge((int)result[0], (int)result[1]);
    }

    public async Task<DateTimeOffset?> GetSyncedUntilAsync(CancellationToken cancellationToken = default)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key("synced-until")).ConfigureAwait(false);
        return value.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds((long)value) : null;
    }

    public Task SetSyncedUntilAsync(DateTimeOffset syncedUntil, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().StringSetAsync(Key("synced-until"), syncedUntil.ToUnixTimeMilliseconds());

    internal RedisKey Key(string name) => _root + name;

    private Snapshot Refreshed()
    {
        var now = time.GetUtcNow().UtcTicks;
        if (now < Volatile.Read(ref _nextCheckTicks))
        {
            return Volatile.Read(ref _snapshot);
        }

        lock (_gate)
        {
            Volatile.Write(ref _nextCheckTicks, now + options.Value.SharedRefresh.Ticks);
            try
            {
                var database = redis.GetDatabase();
                var version = (long?)database.StringGet(Key("version")) ?? 0;
                if (version != _snapshot.Version)
                {
                    var entries = database.HashGetAll(Key("synced"));
                    var orders = entries.Select(e => JsonSerializer.Deserialize((string)e.Value!, OrdersJsonContext.Default.SyncedOrder)!.Order).ToList();
                    Volatile.Write(ref _snapshot, new Snapshot(version, orders));
                }
            }
            catch (RedisException exception)
            {
                LogRefreshFailed(_snapshot.Orders.Count, exception.Message);
            }

            return _snapshot;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synced orders not reloaded from Redis, keeping {Orders} orders: {Reason}")]
    private partial void LogRefreshFailed(int orders, string reason);

    private sealed record Snapshot(long Version, IReadOnlyCollection<Order> Orders);
}
