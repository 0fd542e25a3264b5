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
    private static async Task<Func<Task>> PollingBuyerAsync(HttpClient http, string botUrl, int index)
    {
        var (conversationId, token) = await StartConversationAsync(http, botUrl, index);
        var watermark = (await ReadAsync(http, botUrl, conversationId, token, "")).Watermark;
        var turn = 0;
        return async () =>
        {
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

    private static async Task<Func<Task>> StreamingBuyerAsync(HttpClient http, string botUrl, int index)
    {
        var (conversationId, token) = await StartConversationAsync(http, botUrl, index);
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"{botUrl.Replace("http:", "ws:", StringComparison.Ordinal)}/v3/directline/conversations/{conversationId}/stream?t={token}"), CancellationToken.None);
        var buffer = new byte[64 * 1024];
        var turn = 0;
        return async () =>
        {
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
