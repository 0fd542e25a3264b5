using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>Deletes uploaded images older than <see cref="RetentionOptions.Uploads"/>, at start-up and every <see cref="RetentionOptions.SweepInterval"/>.</summary>
internal sealed partial class UploadRetentionService(AttachmentStore store, IOptions<RetentionOptions> options, TimeProvider time, ILogger<UploadRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                var deleted = store.DeleteOlderThan(time.GetUtcNow() - options.Value.Uploads);
                if (deleted > 0)
                {
                    LogDeleted(deleted);
                }
            }
            catch (IOException exception)
            {
                LogSweepFailed(exception);
            }
            catch (UnauthorizedAccessException exception)
            {
                LogSweepFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} uploads past their retention")]
    private partial void LogDeleted(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweep of old uploads failed")]
    private partial void LogSweepFailed(Exception exception);
}
