namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>A held sync lock; disposing it releases the lock.</summary>
public interface IOrderSyncLease : IAsyncDisposable
{
    /// <summary>Cancelled when the lock was lost (it lapsed before it could be renewed), so the sync stops.</summary>
    CancellationToken Lost { get; }
}
