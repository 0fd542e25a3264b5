using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Retention;

namespace ShopBot.Handoff.Hosting;

/// <summary>Runs <see cref="InMemoryRetentionSweeper"/> every <see cref="RetentionOptions.SweepInterval"/>; a failed sweep is logged and retried next time.</summary>
internal sealed partial class InMemoryRetentionService(InMemoryRetentionSweeper sweeper, IOptions<RetentionOptions> options, TimeProvider time, ILogger<InMemoryRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                sweeper.Sweep();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep of idle conversations failed")]
    private partial void LogSweepFailed(Exception exception);
}
