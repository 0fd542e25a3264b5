using System.Collections.Concurrent;

namespace ShopBot.Knowledge.Logistics;

/// <summary>Watched parcels in this process.</summary>
public sealed class InMemoryParcelWatchList : IParcelWatchList
{
    private readonly ConcurrentDictionary<(string Conversation, string Order), WatchedParcel> _parcels = new();

    public Task WatchAsync(WatchedParcel parcel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        _parcels[(parcel.ConversationId, parcel.OrderNumber)] = parcel;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WatchedParcel>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WatchedParcel>>([.. _parcels.Values.OrderBy(p => p.Since)]);

    public Task<bool> RemoveAsync(string conversationId, string orderNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(_parcels.TryRemove((conversationId, orderNumber), out _));
}
