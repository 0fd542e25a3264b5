using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// One sync: the trades modified since the last complete one, in windows of at most a day (TOP's limit), each read
/// from its last page to its first (TOP sorts by modified time, newest first, so a trade modified during the read
/// moves to page 1 and is still read). A page that fails is tried again; a window that still fails is left whole for
/// the next sync, so nothing is lost, and merging by order number and modified time means nothing is duplicated.
/// </summary>
public sealed partial class OrderSync(TopClient client, ISyncedOrderStore orders, IOrderSyncLock syncLock, IOptions<TaobaoOptions> options, TimeProvider time, ILogger<OrderSync> logger)
{
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    /// <summary>
    /// Polls the platform unless another sync holds the lock (then nothing is called). With
    /// <paramref name="unlessSyncedWithin"/>, a sync that finds the shared cursor that recent also calls nothing, so
    /// several hosts polling on their own timers call TOP about once per interval between them.
    /// </summary>
    public async Task<SyncMerge> RunAsync(TimeSpan? unlessSyncedWithin = null, CancellationToken cancellationToken = default)
    {
        await using var lease = await syncLock.TryAcquireAsync(cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            LogLocked();
            return new SyncMerge(0, 0);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        int added = 0, changed = 0;
        DateTimeOffset? syncedUntil = null;
        try
        {
            var settings = options.Value;
            var now = time.GetUtcNow();
            syncedUntil = await orders.GetSyncedUntilAsync(linked.Token).ConfigureAwait(false);
            if (syncedUntil is { } recent && unlessSyncedWithin is { } within && now - recent < within)
            {
                return new SyncMerge(0, 0);
            }

            var start = syncedUntil is { } until ? until - settings.Overlap : now - settings.FirstLookBack;
            while (start < now)
            {
                var end = start + MaxWindow < now ? start + MaxWindow : now;
                var read = await ReadWindowAsync(start, end, settings, linked.Token).ConfigureAwait(false);
                if (read is null)
                {
                    break;
                }

                var merge = await orders.MergeAsync(read, linked.Token).ConfigureAwait(false);
                added += merge.Added;
                changed += merge.Changed;
                await orders.SetSyncedUntilAsync(end, linked.Token).ConfigureAwait(false);
                syncedUntil = end;
                start = end;
            }
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogLockLost();
        }

        LogSynced(added, changed, syncedUntil);
        return new SyncMerge(added, changed);
    }

    private async Task<List<SyncedOrder>?> ReadWindowAsync(DateTimeOffset start, DateTimeOffset end, TaobaoOptions settings, CancellationToken cancellationToken)
    {
        var first = await PageAsync(start, end, 1, settings, cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return null;
        }

        var read = new List<SyncedOrder>(first.Orders);
        var pages = (first.TotalResults + settings.PageSize - 1) / settings.PageSize;
        for (var page = pages; page >= 2; page--)
        {
            if (await PageAsync(start, end, page, settings, cancellationToken).ConfigureAwait(false) is not { } next)
            {
                return null;
            }

            read.AddRange(next.Orders);
        }

        return read;
    }

    private async Task<TopTradePage?> PageAsync(DateTimeOffset start, DateTimeOffset end, int page, TaobaoOptions settings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await client.SoldIncrementAsync(start, end, page, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is TopApiException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                var limited = exception is TopApiException { IsRateLimited: true };
                LogPageFailed(page, attempt, settings.MaxAttempts, exception.Message);
                if (attempt >= settings.MaxAttempts)
                {
                    return null;
                }

                await Task.Delay(limited ? settings.RetryDelay * 2 : settings.RetryDelay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order sync: {Added} new and {Changed} changed orders; synced until {SyncedUntil}")]
    private partial void LogSynced(int added, int changed, DateTimeOffset? syncedUntil);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order sync skipped: another sync holds the lock")]
    private partial void LogLocked();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order sync stopped: its lock lapsed and another host may poll now")]
    private partial void LogLockLost();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order sync page {Page} failed (try {Attempt} of {MaxAttempts}): {Reason}")]
    private partial void LogPageFailed(int page, int attempt, int maxAttempts, string reason);
}
