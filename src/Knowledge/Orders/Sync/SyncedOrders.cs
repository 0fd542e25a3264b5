namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// The orders read from the platform, in this host's memory (the default without Redis): merging the same trade
/// twice, or an older copy after a newer one, changes nothing. <see cref="OrderStore"/> lays them over the CSV export.
/// </summary>
public sealed class SyncedOrders : ISyncedOrderStore
{
    private readonly Lock _gate = new();
    private Dictionary<string, SyncedOrder> _orders = new(StringComparer.Ordinal);
    private DateTimeOffset? _syncedUntil;

    public long Version { get; private set; }

    public IReadOnlyCollection<Order> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _orders.Values.Select(o => o.Order)];
            }
        }
    }

    public Task<DateTimeOffset?> GetSyncedUntilAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_syncedUntil);
        }
    }

    public Task SetSyncedUntilAsync(DateTimeOffset syncedUntil, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _syncedUntil = syncedUntil;
        }

        return Task.CompletedTask;
    }

    public Task<SyncMerge> MergeAsync(IReadOnlyCollection<SyncedOrder> orders, CancellationToken cancellationToken = default) => Task.FromResult(Merge(orders));

    private SyncMerge Merge(IEnumerable<SyncedOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        lock (_gate)
        {
            var next = new Dictionary<string, SyncedOrder>(_orders, StringComparer.Ordinal);
            int added = 0, changed = 0;
            foreach (var synced in orders)
            {
                if (!next.TryGetValue(synced.Order.OrderNumber, out var known))
                {
                    next[synced.Order.OrderNumber] = synced;
                    added++;
                }
                else if (synced.Modified > known.Modified || (synced.Modified == known.Modified && synced.Order != known.Order))
                {
                    next[synced.Order.OrderNumber] = synced;
                    changed++;
                }
            }

            if (added + changed > 0)
            {
                _orders = next;
                Version++;
            }

            return new SyncMerge(added, changed);
        }
    }
}
