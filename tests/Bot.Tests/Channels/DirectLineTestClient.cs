using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>Direct Line calls shaped as <c>botframework-directlinejs</c> sends them.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public async Task<Conversation> GenerateAsync(string userId, string? name = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate")
        {
            Content = JsonContent($$$"""{"user":{"id":"{{{userId}}}","name":"{{{name ?? userId}}}"}}"""),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestHost.Secret);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        return http.SendAsync(request);
    }

    /// <summary>Posts a message; each post gets its own client activity id unless <paramref name="clientActivityId"/> repeats one.</summary>
    public Task<HttpResponseMessage> PostTextAsync(Conversation conversation, string text, string? clientActivityId = null, string fromId = "ignored") =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token,
            $$$"""{"type":"message","from":{"id":"{{{fromId}}}","name":"x","role":"user"},"text":"{{{text}}}","locale":"zh-CN","channelData":{"clientActivityID":"{{{clientActivityId ?? Guid.NewGuid().ToString("N")}}}"}}""");

    public async Task<ActivitySet> GetActivitiesAsync(Conversation conversation, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ActivitySet))!;
    }

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");
}
