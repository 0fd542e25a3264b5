using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>Reads a Direct Line stream as a client does: activity sets, and empty messages (heartbeats) counted apart.</summary>
internal sealed class DirectLineStreamReader(WebSocket socket)
{
    public int Heartbeats { get; private set; }

    /// <summary>The next activity set, skipping heartbeats; null when the server closed the socket.</summary>
    public async Task<ActivitySetMessage?> NextSetAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var text = await ReceiveAsync(cancel.Token);
            if (text is null)
            {
                return null;
            }

            if (text.Length == 0)
            {
                Heartbeats++;
                continue;
            }

            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var activities = root.GetProperty("activities").EnumerateArray()
                .Select(a => JsonSerializer.Deserialize(a.GetRawText(), BotJsonContext.Default.Activity)!)
                .ToList();
            return new ActivitySetMessage(activities, root.TryGetProperty("watermark", out var w) ? w.GetString() : null);
        }
    }

    /// <summary>Sets until one holds an activity matching <paramref name="predicate"/>; all activities read on the way.</summary>
    public async Task<List<Activity>> UntilAsync(Func<Activity, bool> predicate, TimeSpan? timeout = null)
    {
        var read = new List<Activity>();
        while (await NextSetAsync(timeout) is { } set)
        {
            read.AddRange(set.Activities);
            if (set.Activities.Any(predicate))
            {
                return read;
            }
        }

        throw new InvalidOperationException("The stream closed before the expected activity: " + string.Join(" | ", read.Select(a => a.Type + ":" + a.Text)));
    }

    /// <summary>The next whole message's text ("" for a heartbeat); null when the server closed the socket.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
