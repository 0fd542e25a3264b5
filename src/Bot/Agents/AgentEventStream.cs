using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Handoff;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Agents;

/// <summary>
/// <c>GET /api/agent/events</c>: a server-sent event stream of <c>queue</c> (the whole queue, when it changed),
/// <c>agent</c> (the agent's presence and chats, when they changed) and <c>conversation</c> (a chat the agent holds
/// got a new message). It reads the shared stores on every tick, so it sees changes made on any host; while it is
/// open it also serves as the console's heartbeat.
/// </summary>
public sealed partial class AgentEventStream(
    HandoffService handoff,
    AgentViews views,
    ITranscriptStore transcripts,
    IOptions<AgentConsoleOptions> options,
    TimeProvider time,
    ILogger<AgentEventStream> logger)
{
    private const int TranscriptPage = 200;

    public async Task RunAsync(HttpContext http, AgentIdentity agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(agent);
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);

        var settings = options.Value;
        string? lastQueue = null;
        string? lastProfile = null;
        var transcriptNext = new Dictionary<string, long>(StringComparer.Ordinal);
        var lastBeat = DateTimeOffset.MinValue;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (time.GetUtcNow() - lastBeat >= settings.EventHeartbeatInterval)
                {
                    await handoff.HeartbeatAsync(agent.AgentId, cancellationToken).ConfigureAwait(false);
                    await WriteAsync(response, ": keep-alive\n\n", cancellationToken).ConfigureAwait(false);
                    lastBeat = time.GetUtcNow();
                }

                var queue = JsonSerializer.Serialize(await views.QueueAsync(cancellationToken).ConfigureAwait(false), AgentJsonContext.Default.QueueView);
                if (queue != lastQueue)
                {
                    await WriteAsync(response, Event("queue", queue), cancellationToken).ConfigureAwait(false);
                    lastQueue = queue;
                }

                var profile = await views.ProfileAsync(agent, cancellationToken).ConfigureAwait(false);
                var profileJson = JsonSerializer.Serialize(profile, AgentJsonContext.Default.AgentProfile);
                if (profileJson != lastProfile)
                {
                    await WriteAsync(response, Event("agent", profileJson), cancellationToken).ConfigureAwait(false);
                    lastProfile = profileJson;
                }

                foreach (var conversationId in profile.Conversations)
                {
                    if (await GrewAsync(conversationId, transcriptNext, cancellationToken).ConfigureAwait(false))
                    {
                        var payload = JsonSerializer.Serialize(new RoutingView(conversationId, "with_agent", agent.AgentId, true), AgentJsonContext.Default.RoutingView);
                        await WriteAsync(response, Event("conversation", payload), cancellationToken).ConfigureAwait(false);
                    }
                }

                await Task.Delay(settings.EventPollInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The console closed the stream.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The console reconnects; a store that is briefly down must not keep a broken stream open.
            LogStreamFailed(exception, agent.AgentId);
        }
    }

    private async Task<bool> GrewAsync(string conversationId, Dictionary<string, long> next, CancellationToken cancellationToken)
    {
        var from = next.GetValueOrDefault(conversationId);
        var grew = false;
        while (true)
        {
            var entries = await transcripts.ReadAsync(conversationId, from, TranscriptPage, cancellationToken).ConfigureAwait(false);
            if (entries.Count == 0)
            {
                break;
            }

            grew = true;
            from = entries[^1].Index + 1;
            if (entries.Count < TranscriptPage)
            {
                break;
            }
        }

        next[conversationId] = from;
        return grew;
    }

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event stream of agent {AgentId} ended on an error; the console will reconnect")]
    private partial void LogStreamFailed(Exception exception, string agentId);
}
