using Microsoft.Extensions.Hosting;

namespace ShopBot.Knowledge.Intents;

/// <summary>
/// Loads the intent model (training it when missing or stale) as soon as the host starts, so the first buyer does
/// not wait for it; a turn that arrives meanwhile waits on the same load instead of starting another.
/// </summary>
public sealed class IntentModelWarmup(IntentModelHost models) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => models.Current, stoppingToken);
}
