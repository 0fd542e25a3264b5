using System.Net;
using ShopBot.Bot.Agents;

namespace ShopBot.Bot.Tests.Agents;

public sealed class AgentBadInputTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);

    [Fact]
    public async Task Malformed_json_is_a_400_and_the_reply_sent_before_is_kept()
    {
        var buyer = await ClaimedBuyerAsync();
        using var ok = await _a.ReplyAsync(buyer.ConversationId, "亲，我在帮您查。");

        using var broken = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/messages", """{"text":"没写完""");
        using var wrongType = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/messages", """{"text":42}""");
        using var notObject = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/messages", "null");
        using var presence = await _a.SendAsync(HttpMethod.Put, "presence", "{presence:online}");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        foreach (var response in new[] { broken, wrongType, notObject, presence })
        {
            await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        }

        Assert.Single(await buyer.MessagesAsync(), m => m.Text == "亲，我在帮您查。");
        Assert.Equal("with_agent", (await _a.ConversationAsync(buyer.ConversationId)).Status);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        var buyer = await ClaimedBuyerAsync();

        using var response = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/messages", "text=hi", "application/x-www-form-urlencoded");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
    }

    [Fact]
    public async Task Text_over_the_configured_limit_is_a_413_and_text_at_the_limit_is_sent()
    {
        var buyer = await ClaimedBuyerAsync();

        using var tooLong = await _a.ReplyAsync(buyer.ConversationId, new string('好', AgentTestHost.MaxReplyLength + 1));
        using var screenTooLong = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", $$"""{"text":"{{new string('好', AgentTestHost.MaxReplyLength + 1)}}"}""");
        using var atLimit = await _a.ReplyAsync(buyer.ConversationId, new string('好', AgentTestHost.MaxReplyLength));

        await AgentApiClient.AssertErrorAsync(tooLong, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        await AgentApiClient.AssertErrorAsync(screenTooLong, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_byte_limit_is_a_413()
    {
        var buyer = await ClaimedBuyerAsync();

        using var response = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/messages", $$"""{"text":"hi","padding":"{{new string('x', 5000)}}"}""");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"text":"   "}""")]
    [InlineData("""{"text":null}""")]
    public async Task Missing_or_blank_text_is_a_400(string json)
    {
        var buyer = await ClaimedBuyerAsync();

        using var response = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/messages", json);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Theory]
    [InlineData("GET", "conversations/nope")]
    [InlineData("POST", "conversations/nope/claim")]
    [InlineData("POST", "conversations/nope/messages")]
    [InlineData("POST", "conversations/nope/screen")]
    [InlineData("POST", "conversations/nope/release")]
    [InlineData("POST", "conversations/nope/handback")]
    [InlineData("POST", "conversations/nope/close")]
    [InlineData("GET", "conversations/nope/canned-replies")]
    public async Task Unknown_conversation_is_a_404(string method, string path)
    {
        await _a.SetPresenceAsync("online");

        using var response = await _a.SendAsync(new HttpMethod(method), path, method == "POST" ? """{"text":"您好"}""" : null);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task A_conversation_still_with_the_bot_is_unknown_to_agents()
    {
        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("我的快递到哪了");

        using var read = await _a.SendAsync(HttpMethod.Get, $"conversations/{buyer.ConversationId}");
        using var claim = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/claim");

        await AgentApiClient.AssertErrorAsync(read, HttpStatusCode.NotFound, "NotFound");
        await AgentApiClient.AssertErrorAsync(claim, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [InlineData("""{"presence":"busy"}""")]
    [InlineData("""{"capacity":0}""")]
    [InlineData("""{"capacity":51}""")]
    [InlineData("""{}""")]
    public async Task Bad_presence_or_capacity_is_a_400(string json)
    {
        using var response = await _a.SendAsync(HttpMethod.Put, "presence", json);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task A_reason_that_is_too_long_is_a_400_and_the_chat_stays_with_the_agent()
    {
        var buyer = await ClaimedBuyerAsync();

        using var response = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close", $$"""{"reason":"{{new string('因', 201)}}"}""");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Equal("with_agent", (await _a.ConversationAsync(buyer.ConversationId)).Status);
        await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close");
    }

    private async Task<TestBuyer> ClaimedBuyerAsync()
    {
        var buyer = await TestBuyer.StartAsync(_http);
        await buyer.SayAsync("人工客服");
        await _a.SetPresenceAsync("online");
        await _a.GetAsync(HttpMethod.Put, "presence", """{"capacity":50}""", AgentJsonContext.Default.AgentProfile);
        await _a.ClaimAsync(buyer.ConversationId);
        return buyer;
    }
}
