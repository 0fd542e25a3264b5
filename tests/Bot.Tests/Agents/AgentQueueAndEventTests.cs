using System.Net;
using System.Text;
using ShopBot.Bot.Agents;

namespace ShopBot.Bot.Tests.Agents;

public sealed class AgentQueueAndEventTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);

    [Fact]
    public async Task Claim_next_takes_the_complaint_first_then_the_oldest_and_an_empty_queue_is_a_204()
    {
        await _a.GetAsync(HttpMethod.Put, "presence", """{"presence":"online","capacity":10}""", AgentJsonContext.Default.AgentProfile);
        var first = await TestBuyer.StartAsync(_http);
        await first.SayAsync("人工客服");
        var angry = await TestBuyer.StartAsync(_http, "阿福的杂货铺");
        await angry.SayAsync("你们太慢了，我要投诉你们");

        var queue = await _a.QueueAsync();
        var head = await _a.GetAsync(HttpMethod.Post, "claim-next", null, AgentJsonContext.Default.ConversationView);
        var next = await _a.GetAsync(HttpMethod.Post, "claim-next", null, AgentJsonContext.Default.ConversationView);
        using var empty = await _a.SendAsync(HttpMethod.Post, "claim-next");

        Assert.Equal("complaint", queue.Entries[0].Priority);
        Assert.Equal(angry.ConversationId, head.ConversationId);
        Assert.Equal(first.ConversationId, next.ConversationId);
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
    }

    [Fact]
    public async Task Event_stream_sends_the_queue_and_a_new_buyer_message_without_reloading()
    {
        await _a.GetAsync(HttpMethod.Put, "presence", """{"presence":"online","capacity":10}""", AgentJsonContext.Default.AgentProfile);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/agent/events");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AgentTestHost.KeyA);
        using var stream = await host.NewClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(cancel.Token), Encoding.UTF8);

        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("人工客服");
        await ReadUntilAsync(reader, "queue", buyer.ConversationId, cancel.Token);
        await _a.ClaimAsync(buyer.ConversationId);
        await ReadUntilAsync(reader, "agent", buyer.ConversationId, cancel.Token);
        await buyer.SayAsync("还在吗");
        await ReadUntilAsync(reader, "conversation", buyer.ConversationId, cancel.Token);
    }

    [Fact]
    public async Task Event_stream_tells_the_agent_when_the_buyer_of_their_chat_is_typing()
    {
        await _a.GetAsync(HttpMethod.Put, "presence", """{"presence":"online","capacity":10}""", AgentJsonContext.Default.AgentProfile);
        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("人工客服");
        await _a.ClaimAsync(buyer.ConversationId);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/agent/events");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AgentTestHost.KeyA);
        using var stream = await host.NewClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(cancel.Token), Encoding.UTF8);
        await ReadUntilAsync(reader, "agent", buyer.ConversationId, cancel.Token);

        await buyer.TypeAsync();

        await ReadUntilAsync(reader, "typing", buyer.ConversationId, cancel.Token);
    }

    [Fact]
    public async Task Event_stream_needs_an_agent_key()
    {
        using var response = await new AgentApiClient(host.NewClient(), "wrong-key-0123456789").SendAsync(HttpMethod.Get, "events");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    /// <summary>Reads events until one named <paramref name="name"/> whose data mentions <paramref name="needle"/>.</summary>
    private static async Task ReadUntilAsync(StreamReader reader, string name, string needle, CancellationToken cancellationToken)
    {
        var current = string.Empty;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name && line.Contains(needle, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"The stream ended before a '{name}' event about {needle}.");
    }
}
