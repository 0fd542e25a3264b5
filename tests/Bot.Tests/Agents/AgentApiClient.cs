using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Agents;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>Calls the agent API with one agent's key, as curl or the console would.</summary>
internal sealed class AgentApiClient(HttpClient http, string? key)
{
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string contentType = "application/json", string? bearer = null)
    {
        var request = new HttpRequestMessage(method, "api/agent/" + path);
        if ((bearer ?? key) is { } credential)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        return http.SendAsync(request);
    }

    public async Task<T> GetAsync<T>(HttpMethod method, string path, string? json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var response = await SendAsync(method, path, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize(body, type)!;
    }

    public Task<AgentProfile> SetPresenceAsync(string presence) =>
        GetAsync(HttpMethod.Put, "presence", $$"""{"presence":"{{presence}}"}""", AgentJsonContext.Default.AgentProfile);

    public Task<QueueView> QueueAsync() => GetAsync(HttpMethod.Get, "queue", null, AgentJsonContext.Default.QueueView);

    public Task<ConversationView> ClaimAsync(string conversationId) =>
        GetAsync(HttpMethod.Post, $"conversations/{conversationId}/claim", null, AgentJsonContext.Default.ConversationView);

    public Task<ConversationView> ConversationAsync(string conversationId) =>
        GetAsync(HttpMethod.Get, $"conversations/{conversationId}", null, AgentJsonContext.Default.ConversationView);

    public Task<HttpResponseMessage> ReplyAsync(string conversationId, string text) =>
        SendAsync(HttpMethod.Post, $"conversations/{conversationId}/messages", JsonSerializer.Serialize(new ReplyRequest { Text = text }, AgentJsonContext.Default.ReplyRequest));

    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetProperty("message").GetString()));
        return body;
    }

    public static async Task AssertErrorAsync(HttpResponseMessage response, System.Net.HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await ErrorAsync(response);
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
    }
}
