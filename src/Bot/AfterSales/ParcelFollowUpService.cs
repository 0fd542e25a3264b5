using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Logistics;

namespace ShopBot.Bot.AfterSales;

/// <summary>Runs <see cref="ParcelFollowUp"/> every <see cref="LogisticsOptions.FollowUpInterval"/> when <see cref="LogisticsOptions.FollowUpEnabled"/> and a provider are set.</summary>
public sealed partial class ParcelFollowUpService(ParcelFollowUp followUp, ILogisticsTraces traces, IOptions<LogisticsOptions> options, TimeProvider time, ILogger<ParcelFollowUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.FollowUpEnabled || !traces.IsConfigured)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.FollowUpInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await followUp.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            // One failed round (storage or provider down) must not end the job; the next tick tries again.
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Parcel follow-up round failed; trying again at the next interval")]
    private partial void LogFailed(Exception exception);
}
