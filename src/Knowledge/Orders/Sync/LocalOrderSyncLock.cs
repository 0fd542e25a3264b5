namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>The lock of a single host: one sync at a time within the process.</summary>
public sealed class LocalOrderSyncLock : IOrderSyncLock, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IOrderSyncLease?> TryAcquireAsync(CancellationToken cancellationToken = default) =>
        await _gate.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false) ? new Lease(_gate) : null;

    public void Dispose() => _gate.Dispose();

    private sealed class Lease(SemaphoreSlim gate) : IOrderSyncLease
    {
        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
