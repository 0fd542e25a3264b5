using ShopBot.Bot.Storage;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Promotion;
using ShopBot.Knowledge.Text;
using StackExchange.Redis;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Serves the promoted model: at start-up (so a restart never falls back to a model trained on unchecked examples
/// when one was promoted) and, on Redis, whenever any host promotes or rolls back.
/// </summary>
public sealed partial class PromotedModelSync(IIntentModelStore store, IntentModelHost host, TextNormalizer normalizer, ILogger<PromotedModelSync> logger) : BackgroundService
{
    private readonly SemaphoreSlim _syncing = new(1, 1);

    /// <summary>Loads the promoted model when this host serves another one.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _syncing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stamp = await store.CurrentStampAsync(cancellationToken).ConfigureAwait(false);
            if (stamp is null || stamp.Version == host.Stamp?.Version)
            {
                return;
            }

            if (await store.CurrentAsync(cancellationToken).ConfigureAwait(false) is { } promoted)
            {
                host.Serve(TrainedIntentModel.FromZip(promoted.Zip, normalizer), promoted.Stamp);
                LogServing(promoted.Stamp.Version, promoted.Stamp.PromotedBy);
            }
        }
        finally
        {
            _syncing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is RedisIntentModelStore redis)
        {
            try
            {
                await redis.SubscribeAsync(() => SyncQuietlyAsync(stoppingToken)).ConfigureAwait(false);
            }
            catch (RedisException exception)
            {
                // Redis is down at start-up: the model loaded locally serves until the next restart syncs.
                LogSubscribeFailed(exception);
            }
        }

        await SyncQuietlyAsync(stoppingToken).ConfigureAwait(false);
    }

    private async Task SyncQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SyncAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The model in use stays; the next announcement or restart tries again.
            LogSyncFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the promoted intent model {Version} (promoted by {Trainer})")]
    private partial void LogServing(string version, string trainer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to intent model promotions; this host serves its model until restarted")]
    private partial void LogSubscribeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The promoted intent model could not be loaded; the model in use stays")]
    private partial void LogSyncFailed(Exception exception);
}
