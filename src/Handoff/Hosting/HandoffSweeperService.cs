using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ShopBot.Handoff.Hosting;

/// <summary>Runs <see cref="HandoffSweeper"/> every <see cref="HandoffOptions.SweepInterval"/>; a failed sweep is logged and retried next time.</summary>
internal sealed partial class HandoffSweeperService(HandoffSweeper sweeper, IOptions<HandoffOptions> options, TimeProvider time, ILogger<HandoffSweeperService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var report = await sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
                if (report.AgentsTakenOffline > 0 || report.ChatsReleased > 0)
                {
                    LogSwept(report.AgentsTakenOffline, report.ChatsReleased);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff sweep: {AgentsOffline} silent agents taken offline, {ChatsReleased} chats back in the queue")]
    private partial void LogSwept(int agentsOffline, int chatsReleased);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handoff sweep failed")]
    private partial void LogSweepFailed(Exception exception);
}
