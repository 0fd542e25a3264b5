extern alias bot;

using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using BotTurns = bot::ShopBot.Bot.Turns;

namespace ShopBot.Bench;

/// <summary>
/// The channel floor of the <c>turns</c> benchmark: the shipped host with the same Direct Line endpoints (token, post,
/// poll, WebSocket), transcript and delivery, but the bot replaced by <see cref="EchoBot"/> and the turn middleware
/// (logging, screening, recording, typing) removed, so a turn costs only the protocol. Installed through the startup
/// hook into a host started with <see cref="Variable"/> set: it listens for the generic host's <c>HostBuilding</c>
/// event (the seam <c>WebApplicationFactory</c> uses) and changes the service collection after <c>Program.cs</c> built
/// it. Bench only: the shipped host knows nothing of it.
/// </summary>
internal static class ChannelFloor
{
    public const string Variable = "SHOPBOT_BENCH_CHANNEL_FLOOR";

    public static void InstallIfAsked()
    {
        if (Environment.GetEnvironmentVariable(Variable) == "1")
        {
            DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());
        }
    }

    private static void Replace(IServiceCollection services)
    {
        services.RemoveAll<BotTurns.IMiddleware>();
        services.RemoveAll<BotTurns.IBot>();
        services.AddSingleton<BotTurns.IBot, EchoBot>();
    }

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                value.Subscribe(new HostingObserver());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class HostingObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key != "HostBuilding")
            {
                return;
            }

            switch (value.Value)
            {
                case HostApplicationBuilder builder:
                    Replace(builder.Services);
                    break;
                case IHostBuilder builder:
                    builder.ConfigureServices((_, services) => Replace(services));
                    break;
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    /// <summary>Answers every message with a fixed line: no understanding, flows, screen or dialog state.</summary>
    private sealed class EchoBot : BotTurns.IBot
    {
        public Task OnTurnAsync(BotTurns.ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Type == bot::ShopBot.Bot.Schema.ActivityTypes.Message
                ? turnContext.SendActivityAsync("收到：" + turnContext.Activity.Text, cancellationToken)
                : Task.CompletedTask;
    }
}
