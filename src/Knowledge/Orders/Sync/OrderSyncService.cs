using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// Runs <see cref="OrderSync"/> at start and then every <see cref="TaobaoOptions.PollInterval"/>; with several hosts
/// on one Redis, a tick finding the shared cursor less than half an interval old calls nothing.
/// </summary>
public sealed class OrderSyncService(OrderSync sync, IOptions<TaobaoOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            await sync.RunAsync(options.Value.PollInterval / 2, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
