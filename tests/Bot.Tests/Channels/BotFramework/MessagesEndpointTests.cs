using System.Net;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

[Collection(KestrelHostCollection.Name)]
public sealed class MessagesEndpointTests(KestrelHostFixture host)
{
    [Fact]
    public async Task Activity_from_a_channel_is_answered_at_its_service_url_as_a_reply()
    {
        await using var channel = await StubChannel.StartAsync();

        using var response = await PostAsync(ActivityJson(channel.Address, "conv-bf-1", "act-1", "在吗"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (path, body) = Assert.Single(channel.Received);
        Assert.Equal("/v3/conversations/conv-bf-1/activities/act-1", path);
        using var reply = JsonDocument.Parse(body);
        Assert.Equal("你说：在吗", reply.RootElement.GetProperty("text").GetString());
        Assert.Equal("act-1", reply.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal("buyer-7", reply.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("bot-1", reply.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("emulator", reply.RootElement.GetProperty("channelId").GetString());
    }

    [Fact]
    public async Task Messenger_reaches_a_channel_conversation_at_its_service_url()
    {
        await using var channel = await StubChannel.StartAsync();
        using var first = await PostAsync(ActivityJson(channel.Address, "conv-bf-2", "act-2", "你好"));
        var messenger = (IConversationMessenger)host.Services.GetService(typeof(IConversationMessenger))!;

        await messenger.SendToConversationAsync("conv-bf-2", Activity.CreateMessage("客服小美已加入对话"));

        Assert.Equal(2, channel.Received.Count);
        var (path, body) = channel.Received.Last();
        Assert.Equal("/v3/conversations/conv-bf-2/activities", path);
        Assert.Contains("客服小美已加入对话", JsonDocument.Parse(body).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_url_outside_the_allowed_hosts_is_a_403_and_nothing_is_called()
    {
        using var response = await PostAsync(ActivityJson(new Uri("http://example.invalid/"), "conv-bf-3", "act-3", "x"));

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:1/\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"file:///etc/passwd\"}")]
    public async Task Malformed_or_incomplete_activity_is_a_400(string body)
    {
        using var response = await PostAsync(body);

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    private async Task<HttpResponseMessage> PostAsync(string json) =>
        await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private static string ActivityJson(Uri serviceUrl, string conversationId, string id, string text) => JsonSerializer.Serialize(new Activity
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "emulator",
        ServiceUrl = serviceUrl.ToString(),
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "buyer-7", Name = "买家" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "bot" },
        Text = text,
    }, BotJsonContext.Default.Activity);
}
