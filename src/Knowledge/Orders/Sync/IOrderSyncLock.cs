namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>Lets one sync poll the platform at a time: within a process by default, across hosts with Redis.</summary>
public interface IOrderSyncLock
{
    /// <summary>The lease when no other sync holds it, otherwise null.</summary>
    Task<IOrderSyncLease?> TryAcquireAsync(CancellationToken cancellationToken = default);
}
