using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ShopBot.Bench;

/// <summary>The virtual buyers of the <c>turns</c> benchmark: Direct Line 3.0 clients, polling or on the WebSocket.</summary>
internal sealed partial class TurnsBenchmark
{
    /// <summary>
    /// A buyer polling for replies. With <paramref name="conversationTurns"/> above 0 the buyer starts a new conversation
    /// after that many turns (timed with the turn that needs it), so every measured turn is one the bot answers itself:
    /// the same few messages sent over and over get a conversation handed to a person after about 17 turns, and from then
    /// on a turn is only "message kept for the agent".
    /// </summary>
    private static async Task<Func<Task>> PollingBuyerAsync(HttpClient http, string botUrl, int index, int conversationTurns = 0)
    {
        var (conversationId, token) = await StartConversationAsync(http, botUrl, index);
        var watermark = (await ReadAsync(http, botUrl, conversationId, token, "")).Watermark;
        var turn = 0;
        return async () =>
        {
            if (conversationTurns > 0 && turn > 0 && turn % conversationTurns == 0)
            {
                (conversationId, token) = await StartConversationAsync(http, botUrl, index);
                watermark = (await ReadAsync(http, botUrl, conversationId, token, "")).Watermark;
            }

            var id = await PostAsync(http, botUrl, conversationId, token, Messages[turn++ % Messages.Length]);
            while (true)
            {
                var (replied, next) = await ReadAsync(http, botUrl, conversationId, token, watermark, id);
                watermark = next;
                if (replied)
                {
                    return;
                }
            }
        };
    }

    /// <summary>A buyer waiting for replies on the stream; <paramref name="conversationTurns"/> as for <see cref="PollingBuyerAsync"/>.</summary>
    private static async Task<Func<Task>> StreamingBuyerAsync(HttpClient http, string botUrl, int index, int conversationTurns = 0)
    {
        var (conversationId, token) = await StartConversationAsync(http, botUrl, index);
        var socket = await ConnectAsync(botUrl, conversationId, token);
        var buffer = new byte[64 * 1024];
        var turn = 0;
        return async () =>
        {
            if (conversationTurns > 0 && turn > 0 && turn % conversationTurns == 0)
            {
                socket.Abort();
                socket.Dispose();
                (conversationId, token) = await StartConversationAsync(http, botUrl, index);
                socket = await ConnectAsync(botUrl, conversationId, token);
            }

            var id = await PostAsync(http, botUrl, conversationId, token, Messages[turn++ % Messages.Length]);
            while (true)
            {
                var text = await ReceiveAsync(socket, buffer);
                if (text.Contains($"\"replyToId\":\"{id}\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
        };
    }

    private static async Task<ClientWebSocket> ConnectAsync(string botUrl, string conversationId, string token)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"{botUrl.Replace("http:", "ws:", StringComparison.Ordinal)}/v3/directline/conversations/{conversationId}/stream?t={token}"), CancellationToken.None);
        return socket;
    }

    private static async Task IdleAsync(HttpClient http, string botUrl, Process bot, int count)
    {
        var before = ResidentMegabytes(bot);
        var wall = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var i && i <= count)
            {
                await StartConversationAsync(http, botUrl, i);
            }
        }));
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = ResidentMegabytes(bot);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} idle conversations started in {wall.Elapsed.TotalSeconds:0} s; host resident memory {before:0} MB before, {after:0} MB after ({(after - before) * 1024 * 1024 / count:0} bytes per conversation)"));
    }

    private static async Task<(string ConversationId, string Token)> StartConversationAsync(HttpClient http, string botUrl, int index)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, botUrl + "/v3/directline/tokens/generate")
        {
            Content = new StringContent($$$"""{"user":{"id":"bench-{{{index}}}-{{{Guid.NewGuid():N}}}","name":"压测买家"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    private static async Task<string> PostAsync(HttpClient http, string botUrl, string conversationId, string token, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{botUrl}/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent($$$"""{"type":"message","from":{"id":"x"},"text":"{{{text}}}","locale":"zh-CN","channelData":{"clientActivityID":"{{{Guid.NewGuid():N}}}"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<(bool Replied, string Watermark)> ReadAsync(HttpClient http, string botUrl, string conversationId, string token, string watermark, string? replyTo = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{botUrl}/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        return (replyTo is not null && body.Contains($"\"replyToId\":\"{replyTo}\"", StringComparison.Ordinal), json.RootElement.GetProperty("watermark").GetString()!);
    }

    private static async Task<string> ReceiveAsync(ClientWebSocket socket, byte[] buffer)
    {
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
            length += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, length);
            }
        }
    }
}
