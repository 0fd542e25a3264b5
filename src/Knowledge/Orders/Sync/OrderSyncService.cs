using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>Runs <see cref="OrderSync"/> at start and then every <see cref="TaobaoOptions.PollInterval"/>.</summary>
public sealed class OrderSyncService(OrderSync sync, IOptions<TaobaoOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            await sync.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
