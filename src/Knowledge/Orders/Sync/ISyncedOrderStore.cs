namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// Where the orders read from the platform are kept, by number, each the copy with the latest <c>modified</c> time,
/// with the end of the last window read completely (the sync's cursor). In memory by default; in Redis when
/// <c>ConnectionStrings:Redis</c> is set, so every host reads the same orders and continues the same cursor.
/// </summary>
public interface ISyncedOrderStore
{
    /// <summary>Grows with every merge that changed something; the order store rebuilds its book when it moves.</summary>
    long Version { get; }

    IReadOnlyCollection<Order> All { get; }

    /// <summary>Adds new orders and replaces those held by a copy with a later <c>modified</c>; reading a trade twice changes nothing.</summary>
    Task<SyncMerge> MergeAsync(IReadOnlyCollection<SyncedOrder> orders, CancellationToken cancellationToken = default);

    Task<DateTimeOffset?> GetSyncedUntilAsync(CancellationToken cancellationToken = default);

    Task SetSyncedUntilAsync(DateTimeOffset syncedUntil, CancellationToken cancellationToken = default);
}
