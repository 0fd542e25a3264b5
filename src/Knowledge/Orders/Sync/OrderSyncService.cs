using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// Runs <see cref="OrderSync"/> at start and then every <see cref="TaobaoOptions.PollInterval"/>; with several hosts
/// on one Redis, a tick finding the shared cursor less than half an interval old calls nothing. A sync that fails as
/// a whole (e.g. Redis unreachable) is logged and tried again at the next tick, never stopping the host.
/// </summary>
public sealed partial class OrderSyncService(OrderSync sync, IOptions<TaobaoOptions> options, TimeProvider time, ILogger<OrderSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await sync.RunAsync(options.Value.PollInterval / 2, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogSyncFailed(exception.GetType().Name, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Order sync failed ({Kind}: {Reason}); trying again at the next poll")]
    private partial void LogSyncFailed(string kind, string reason);
}
