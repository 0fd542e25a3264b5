using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Buyer;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>A sample buyer chatting over Direct Line, as Web Chat does.</summary>
internal sealed class TestBuyer
{
    private readonly HttpClient _http;
    private readonly BuyerToken _token;
    private int _sent;

    private TestBuyer(HttpClient http, BuyerToken token)
    {
        _http = http;
        _token = token;
    }

    public string ConversationId => _token.ConversationId;

    public string Token => _token.Token;

    /// <summary>
    /// Starts a conversation as the buyer page does, trying again after a 503 as its client does (a host on Redis answers
    /// 503 when a Redis call times out, which a loaded CI machine met once on the very first request).
    /// </summary>
    public static async Task<TestBuyer> StartAsync(HttpClient http, string buyerId = "一只小兔叽")
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsync("api/buyer/token", new StringContent(JsonSerializer.Serialize(new { userId = buyerId }), Encoding.UTF8, "application/json"));
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                continue;
            }

            response.EnsureSuccessStatusCode();
            return new TestBuyer(http, (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.BuyerToken))!);
        }
    }

    public async Task SayAsync(string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{ConversationId}/activities")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = text, ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "c" + Interlocked.Increment(ref _sent) }) }, BotJsonContext.Default.Activity),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sends a <c>typing</c> activity, as Web Chat does while the buyer types.</summary>
    public async Task TypeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{ConversationId}/activities")
        {
            Content = new StringContent("""{"type":"typing","from":{"id":"x"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every message in the conversation, the buyer's own included, oldest first.</summary>
    public async Task<IReadOnlyList<Activity>> MessagesAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{ConversationId}/activities?watermark=");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ActivitySet))!;
        return [.. set.Activities.Where(a => a.Type == ActivityTypes.Message)];
    }

    public async Task<IReadOnlyList<string>> BotTextsAsync() =>
        [.. (await MessagesAsync()).Where(a => a.From?.Role != RoleTypes.User).Select(a => a.Text ?? string.Empty)];
}
