using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.Streaming;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Transcripts;
using ShopBot.Handoff.Desk;

namespace ShopBot.Bot.Agents;

/// <summary>
/// <c>GET /api/agent/events</c>: a server-sent event stream of <c>queue</c> (the whole queue, when it changed),
/// <c>agent</c> (the agent's presence and chats, when they changed), <c>desk</c> (answer deadlines and transfer offers,
/// when they changed) and <c>conversation</c> (a chat the agent holds got new messages, with how many from the buyer;
/// the first look at a chat in a stream counts none) and <c>typing</c> (the buyer of a chat the agent holds is typing, heard
/// from the conversation feed on whichever host the buyer posted). It reads the shared stores on every tick, so it sees changes made on any host; while it is
/// open it also serves as the console's heartbeat.
/// </summary>
public sealed partial class AgentEventStream(
    AgentDesk handoff,
    AgentViews views,
    AgentDeskViews deskViews,
    ITranscriptStore transcripts,
    IConversationFeed feed,
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
        string? lastDesk = null;
        var transcriptNext = new Dictionary<string, long>(StringComparer.Ordinal);
        var lastBeat = DateTimeOffset.MinValue;
        var buyersTyping = new ConcurrentQueue<string>();
        var watched = new Dictionary<string, IDisposable>(StringComparer.Ordinal);
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
                // Before the console hears of a chat, so no typing in it is missed.
                await WatchTypingAsync(profile.Conversations, watched, buyersTyping, cancellationToken).ConfigureAwait(false);
                var profileJson = JsonSerializer.Serialize(profile, AgentJsonContext.Default.AgentProfile);
                if (profileJson != lastProfile)
                {
                    await WriteAsync(response, Event("agent", profileJson), cancellationToken).ConfigureAwait(false);
                    lastProfile = profileJson;
                }

                var desk = await deskViews.DeskAsync(agent.AgentId, profile.Conversations, cancellationToken).ConfigureAwait(false);
                var deskJson = JsonSerializer.Serialize(desk with { ServerTime = default }, AgentJsonContext.Default.DeskView);
                if (deskJson != lastDesk)
                {
                    await WriteAsync(response, Event("desk", JsonSerializer.Serialize(desk, AgentJsonContext.Default.DeskView)), cancellationToken).ConfigureAwait(false);
                    lastDesk = deskJson;
                }

                var typingNow = new HashSet<string>(StringComparer.Ordinal);
                while (buyersTyping.TryDequeue(out var typingIn))
                {
                    if (typingNow.Add(typingIn) && watched.ContainsKey(typingIn))
                    {
                        var payload = JsonSerializer.Serialize(new BuyerTyping(typingIn), AgentJsonContext.Default.BuyerTyping);
                        await WriteAsync(response, Event("typing", payload), cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var conversationId in profile.Conversations)
                {
                    if (await GrewAsync(conversationId, transcriptNext, cancellationToken).ConfigureAwait(false) is { } buyerMessages)
                    {
                        var payload = JsonSerializer.Serialize(new ConversationActivity(conversationId, buyerMessages), AgentJsonContext.Default.ConversationActivity);
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
        finally
        {
            foreach (var subscription in watched.Values)
            {
                subscription.Dispose();
            }
        }
    }

    /// <summary>Listens to the buyers' typing in exactly the chats the agent holds now.</summary>
    private async Task WatchTypingAsync(IReadOnlyList<string> conversations, Dictionary<string, IDisposable> watched, ConcurrentQueue<string> buyersTyping, CancellationToken cancellationToken)
    {
        foreach (var gone in watched.Keys.Except(conversations, StringComparer.Ordinal).ToList())
        {
            watched[gone].Dispose();
            watched.Remove(gone);
        }

        foreach (var conversationId in conversations.Where(c => !watched.ContainsKey(c)))
        {
            watched[conversationId] = await feed.SubscribeAsync(conversationId, activity =>
            {
                if (activity is { Type: ActivityTypes.Typing, From.Role: RoleTypes.User })
                {
                    buyersTyping.Enqueue(conversationId);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Null when the chat has no new messages; else how many of the new ones are the buyer's (none on the first look).</summary>
    private async Task<int?> GrewAsync(string conversationId, Dictionary<string, long> next, CancellationToken cancellationToken)
    {
        var first = !next.TryGetValue(conversationId, out var from);
        var grew = false;
        var buyerMessages = 0;
        while (true)
        {
            var entries = await transcripts.ReadAsync(conversationId, from, TranscriptPage, cancellationToken).ConfigureAwait(false);
            if (entries.Count == 0)
            {
                break;
            }

            grew = true;
            buyerMessages += first ? 0 : entries.Count(e => IsBuyerMessage(e.ActivityJson));
            from = entries[^1].Index + 1;
            if (entries.Count < TranscriptPage)
            {
                break;
            }
        }

        next[conversationId] = from;
        return grew ? buyerMessages : null;
    }

    private static bool IsBuyerMessage(string activityJson)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(activityJson, BotJsonContext.Default.Activity);
            return activity?.Type == ActivityTypes.Message && activity.From?.Role == RoleTypes.User;
        }
        catch (JsonException)
        {
            return false;
        }
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
