using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.BotFramework;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

public sealed class MessagesEndpointTests(BotFrameworkHostFixture fixture) : IClassFixture<BotFrameworkHostFixture>
{
    private StubBotFrameworkIssuer Issuer => fixture.Issuer;

    private StubChannel Channel => fixture.Channel;

    private string ServiceUrl => Channel.Address.ToString();

    [Fact]
    public async Task Activity_with_a_valid_channel_token_is_answered_at_its_service_url_with_the_bots_own_token()
    {
        using var response = await PostAsync(ActivityJson(ServiceUrl, "conv-bf-1", "act-1", "在吗"), Issuer.Mint(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (path, body) = Assert.Single(ReceivedFor("conv-bf-1"));
        Assert.Equal("/v3/conversations/conv-bf-1/activities/act-1", path);
        using var reply = JsonDocument.Parse(body);
        Assert.Equal("你说：在吗", reply.RootElement.GetProperty("text").GetString());
        Assert.Equal("act-1", reply.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal("buyer-7", reply.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("bot-1", reply.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("emulator", reply.RootElement.GetProperty("channelId").GetString());
        Assert.Contains("Bearer " + Issuer.IssuedTokens.First(), Channel.Authorizations);
        var request = Issuer.TokenRequests.First();
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(StubBotFrameworkIssuer.AppId, request["client_id"]);
        Assert.Equal(StubBotFrameworkIssuer.Scope, request["scope"]);
    }

    [Fact]
    public async Task The_bots_token_is_reused_until_shortly_before_it_expires()
    {
        using var first = await PostAsync(ActivityJson(ServiceUrl, "conv-bf-cache", "act-c1", "一"), Issuer.Mint(ServiceUrl));
        using var second = await PostAsync(ActivityJson(ServiceUrl, "conv-bf-cache", "act-c2", "二"), Issuer.Mint(ServiceUrl));

        Assert.Equal(2, ReceivedFor("conv-bf-cache").Count);
        Assert.Single(Issuer.IssuedTokens);
    }

    [Fact]
    public async Task A_continuation_reaches_a_channel_conversation_at_its_service_url()
    {
        using var first = await PostAsync(ActivityJson(ServiceUrl, "conv-bf-2", "act-2", "你好"), Issuer.Mint(ServiceUrl));

        await fixture.Host.Services.SendToConversationAsync("conv-bf-2", Activity.CreateMessage("客服小美已加入对话"));

        var received = ReceivedFor("conv-bf-2");
        Assert.Equal(2, received.Count);
        var (path, body) = received.Last();
        Assert.Equal("/v3/conversations/conv-bf-2/activities", path);
        Assert.Contains("客服小美已加入对话", JsonDocument.Parse(body).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> SpoiledTokens => ["none", "not bearer", "garbage", "forged key", "wrong audience", "wrong issuer", "expired", "other serviceurl", "no serviceurl", "channel not endorsed"];

    [Theory]
    [MemberData(nameof(SpoiledTokens))]
    public async Task Activity_without_a_valid_channel_token_is_a_401_and_nothing_is_stored_or_sent(string spoil)
    {
        var conversationId = "conv-bf-401-" + spoil.Replace(' ', '-');
        var channelId = spoil == "channel not endorsed" ? "slack" : "emulator";
        var authorization = spoil switch
        {
            "none" => null,
            "not bearer" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("buyer:secret")),
            "garbage" => "Bearer not.a.jwt",
            "forged key" => "Bearer " + Issuer.Mint(ServiceUrl, key: Issuer.ForgedKey),
            "wrong audience" => "Bearer " + Issuer.Mint(ServiceUrl, audience: "another-bot"),
            "wrong issuer" => "Bearer " + Issuer.Mint(ServiceUrl, issuer: "https://attacker.example"),
            "expired" => "Bearer " + Issuer.Mint(ServiceUrl, expiresIn: TimeSpan.FromMinutes(-10)),
            "other serviceurl" => "Bearer " + Issuer.Mint("https://smba.trafficmanager.net/amer/"),
            "no serviceurl" => "Bearer " + Issuer.Mint(null),
            _ => "Bearer " + Issuer.Mint(ServiceUrl),
        };

        using var response = await SendAsync(ActivityJson(ServiceUrl, conversationId, "act-x", "人工客服", channelId), authorization);

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(await TranscriptAsync(conversationId));
        Assert.Empty(ReceivedFor(conversationId));
    }

    [Theory]
    [InlineData("{0}api/messages?x=")]
    [InlineData("{0}?x=/internal/admin/delete?all=true")]
    [InlineData("{0}#")]
    [InlineData("{0}internal/admin/delete?all=true#")]
    [InlineData("http://user:pass@{1}/")]
    public async Task Service_url_with_a_query_fragment_or_user_info_is_refused(string template)
    {
        var serviceUrl = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, ServiceUrl, Channel.Address.Authority);
        var conversationId = "conv-bf-shape-" + Math.Abs(template.GetHashCode(StringComparison.Ordinal));

        using var response = await PostAsync(ActivityJson(serviceUrl, conversationId, "act-s", "在吗"), Issuer.Mint(serviceUrl));

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Empty(await TranscriptAsync(conversationId));
        Assert.Empty(ReceivedFor(conversationId));
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0}api/messages")]
    [InlineData("http://localhost:{1}/")]
    public async Task Service_url_pointing_at_the_host_itself_is_refused_and_nothing_is_delivered(string template)
    {
        var host = fixture.Host.Address;
        var serviceUrl = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, host, host.Port);
        var conversationId = "conv-bf-self-" + Math.Abs(template.GetHashCode(StringComparison.Ordinal));

        using var response = await PostAsync(ActivityJson(serviceUrl, conversationId, "act-self", "在吗"), Issuer.Mint(serviceUrl));

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Empty(await TranscriptAsync(conversationId));
    }

    [Fact]
    public async Task Connector_refuses_to_post_to_the_host_itself_or_below_its_messages_path()
    {
        var connector = fixture.Host.Services.GetRequiredService<ConnectorClient>();
        var toSelf = Activity.CreateMessage("回声");
        toSelf.ServiceUrl = fixture.Host.Address.ToString();
        toSelf.Conversation = new ConversationAccount { Id = "conv-bf-loop" };
        var toMessages = toSelf.Clone();
        toMessages.ServiceUrl = ServiceUrl + "api/messages/";

        await Assert.ThrowsAsync<ConnectorDeliveryRefusedException>(() => connector.SendAsync(toSelf));
        await Assert.ThrowsAsync<ConnectorDeliveryRefusedException>(() => connector.SendAsync(toMessages));
        Assert.Empty(ReceivedFor("conv-bf-loop"));
    }

    [Fact]
    public async Task Deliveries_to_one_conversation_stop_at_the_bound()
    {
        for (var i = 0; i < BotFrameworkHostFixture.MaxDeliveries + 3; i++)
        {
            using var response = await PostAsync(ActivityJson(ServiceUrl, "conv-bf-bound", "act-b" + i, "第" + i + "条"), Issuer.Mint(ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(BotFrameworkHostFixture.MaxDeliveries, ReceivedFor("conv-bf-bound").Count);
        using var other = await PostAsync(ActivityJson(ServiceUrl, "conv-bf-bound-other", "act-o", "别的对话"), Issuer.Mint(ServiceUrl));
        Assert.Single(ReceivedFor("conv-bf-bound-other"));
    }

    [Theory]
    [InlineData("bot", "buyer-7")]
    [InlineData("agent", "buyer-7")]
    [InlineData("user", "agent:7")]
    [InlineData(null, "bot-1")]
    public async Task A_channel_cannot_speak_as_the_bot_or_an_agent(string? role, string fromId)
    {
        var conversationId = $"conv-bf-role-{role}-{fromId.Replace(':', '-')}";
        var activity = NewActivity(ServiceUrl, conversationId, "act-r", "我是客服，已为您全额退款");
        activity.From = new ChannelAccount { Id = fromId, Name = "客服小美", Role = role };

        using var response = await PostAsync(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), Issuer.Mint(ServiceUrl));

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Empty(await TranscriptAsync(conversationId));
        Assert.Empty(ReceivedFor(conversationId));
    }

    [Fact]
    public async Task A_channel_activity_is_stored_as_the_buyers_whatever_role_it_leaves_out()
    {
        using var response = await PostAsync(ActivityJson(ServiceUrl, "conv-bf-role-none", "act-n", "你好"), Issuer.Mint(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = JsonSerializer.Deserialize((await TranscriptAsync("conv-bf-role-none"))[0].ActivityJson, BotJsonContext.Default.Activity)!;
        Assert.Equal(RoleTypes.User, stored.From!.Role);
    }

    [Fact]
    public async Task A_channel_cannot_write_into_a_direct_line_conversation()
    {
        var directLine = new DirectLineTestClient(fixture.Client);
        var conversation = await directLine.GenerateAsync("buyer-dl");
        using var sent = await directLine.PostTextAsync(conversation, "你好");
        sent.EnsureSuccessStatusCode();
        var before = (await TranscriptAsync(conversation.ConversationId)).Count;
        Assert.NotEqual(0, before);

        using var response = await PostAsync(ActivityJson(ServiceUrl, conversation.ConversationId, "act-dl", "插话"), Issuer.Mint(ServiceUrl));

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Equal(before, (await TranscriptAsync(conversation.ConversationId)).Count);
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation\",\"channelId\":\"emulator\",\"from\":{\"id\":\"b\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"from\":{\"id\":\"b\"},\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"file:///etc/passwd\"}")]
    public async Task Malformed_or_incomplete_activity_with_a_valid_token_is_a_400(string body)
    {
        var serviceUrl = body.Contains("file:", StringComparison.Ordinal) ? "file:///etc/passwd" : "http://127.0.0.1:1/";

        using var response = await PostAsync(body, Issuer.Mint(serviceUrl));

        await DirectLineBadInputTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    private List<(string Path, string Body)> ReceivedFor(string conversationId) =>
        [.. Channel.Received.Where(r => r.Path.StartsWith($"/v3/conversations/{conversationId}/", StringComparison.Ordinal))];

    private async Task<IReadOnlyList<TranscriptEntry>> TranscriptAsync(string conversationId) =>
        await fixture.Host.Services.GetRequiredService<ITranscriptStore>().ReadAsync(conversationId, 0, 100);

    private Task<HttpResponseMessage> PostAsync(string json, string token) => SendAsync(json, "Bearer " + token);

    private async Task<HttpResponseMessage> SendAsync(string json, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await fixture.Client.SendAsync(request);
    }

    internal static Activity NewActivity(string serviceUrl, string conversationId, string id, string text, string channelId = "emulator") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "buyer-7", Name = "买家" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "bot" },
        Text = text,
    };

    internal static string ActivityJson(string serviceUrl, string conversationId, string id, string text, string channelId = "emulator") =>
        JsonSerializer.Serialize(NewActivity(serviceUrl, conversationId, id, text, channelId), BotJsonContext.Default.Activity);
}
