namespace ShopBot.Knowledge.Logistics;

/// <summary>The stalled parcels buyers asked about (in Redis when configured, so any host's follow-up job sees them).</summary>
public interface IParcelWatchList
{
    /// <summary>Watches the parcel for this conversation; watching it again replaces what was told.</summary>
    Task WatchAsync(WatchedParcel parcel, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WatchedParcel>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops watching; true when this call removed it (so only one host tells the buyer).</summary>
    Task<bool> RemoveAsync(string conversationId, string orderNumber, CancellationToken cancellationToken = default);
}
