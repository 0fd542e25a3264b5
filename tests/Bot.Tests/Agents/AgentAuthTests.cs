using System.Net;
using System.Text.Json;
using ShopBot.Bot.Agents;

namespace ShopBot.Bot.Tests.Agents;

public sealed class AgentAuthTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();

    [Fact]
    public async Task Missing_key_is_a_401_with_a_bearer_challenge()
    {
        using var response = await new AgentApiClient(_http, null).SendAsync(HttpMethod.Get, "queue");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("test-agent-key-alpha-012345678")]
    [InlineData("test-agent-key-alpha-01234567890")]
    [InlineData("TEST-AGENT-KEY-ALPHA-0123456789")]
    [InlineData("not a key at all")]
    public async Task Wrong_key_is_a_401(string key)
    {
        using var response = await new AgentApiClient(_http, key).SendAsync(HttpMethod.Get, "me");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task A_buyers_token_and_the_direct_line_secret_open_nothing()
    {
        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("人工客服");
        var client = new AgentApiClient(_http, buyer.Token);

        foreach (var (method, path) in new[] { (HttpMethod.Get, "queue"), (HttpMethod.Get, $"conversations/{buyer.ConversationId}"), (HttpMethod.Post, $"conversations/{buyer.ConversationId}/claim") })
        {
            using var withToken = await client.SendAsync(method, path);
            using var withSecret = await client.SendAsync(method, path, bearer: AgentTestHost.Secret);
            await AgentApiClient.AssertErrorAsync(withToken, HttpStatusCode.Unauthorized, "Unauthorized");
            await AgentApiClient.AssertErrorAsync(withSecret, HttpStatusCode.Unauthorized, "Unauthorized");
        }

        var queue = await new AgentApiClient(_http, AgentTestHost.KeyA).QueueAsync();
        Assert.Contains(queue.Entries, e => e.ConversationId == buyer.ConversationId);
    }

    [Fact]
    public async Task Each_key_signs_in_its_own_agent()
    {
        var a = await new AgentApiClient(_http, AgentTestHost.KeyA).GetAsync(HttpMethod.Get, "me", null, AgentJsonContext.Default.AgentProfile);
        var b = await new AgentApiClient(_http, AgentTestHost.KeyB).GetAsync(HttpMethod.Get, "me", null, AgentJsonContext.Default.AgentProfile);

        Assert.Equal((AgentTestHost.AgentA, "测试客服甲"), (a.AgentId, a.Name));
        Assert.Equal((AgentTestHost.AgentB, "测试客服乙"), (b.AgentId, b.Name));
        Assert.Equal(AgentTestHost.MaxReplyLength, a.MaxReplyLength);
    }

    [Fact]
    public async Task Agent_api_answers_are_never_cached()
    {
        using var response = await new AgentApiClient(_http, AgentTestHost.KeyA).SendAsync(HttpMethod.Get, "me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AgentTestHost.AgentA, document.RootElement.GetProperty("agentId").GetString());
    }
}
