using System.Net;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>Non-characters reach the shipped bot and the agent API; the edge sanitises them and no turn or call fails.</summary>
public sealed class HostileTextTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyB);

    [Fact]
    public async Task A_buyer_message_with_a_non_character_is_answered_not_apologised_for()
    {
        var buyer = await TestBuyer.StartAsync(_http, "阿福的杂货铺");

        await buyer.SayAsync("我的快递到哪了\uFFFE");

        var replies = await buyer.BotTextsAsync();
        Assert.True(replies.Count >= 2, string.Join(" | ", replies));
        Assert.DoesNotContain(ErrorHandlingMiddleware.Apology, replies);
        Assert.Contains(await buyer.MessagesAsync(), m => m.Text == "我的快递到哪了\uFFFD");
    }

    [Fact]
    public async Task A_queued_buyer_message_with_a_non_character_is_kept_for_the_agent_and_the_agent_can_screen_and_reply()
    {
        var buyer = await TestBuyer.StartAsync(_http, "一只小兔叽");
        await buyer.SayAsync("人工客服");

        await buyer.SayAsync("地址写错了\uFFFE\uFDD0，帮我改一下");
        var view = await ClaimAsync(buyer.ConversationId);
        using var screen = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", Raw("好的亲\uFFFF，我来处理"));
        using var reply = await _a.ReplyAsync(buyer.ConversationId, "已为您改好\uFFFE");

        Assert.DoesNotContain(ErrorHandlingMiddleware.Apology, await buyer.BotTextsAsync());
        Assert.Contains(view.Transcript, t => t.Text == "地址写错了\uFFFD\uFFFD，帮我改一下");
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
        Assert.True(JsonDocument.Parse(await screen.Content.ReadAsStringAsync()).RootElement.GetProperty("allowed").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Contains(await buyer.MessagesAsync(), m => m.Text == "已为您改好\uFFFD");
        await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close");
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_body_is_a_400_not_a_500()
    {
        var buyer = await TestBuyer.StartAsync(_http, "阿福的杂货铺");
        await buyer.SayAsync("人工客服");
        await ClaimAsync(buyer.ConversationId);

        using var screen = await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", """{"text":"好\ud800的"}""");

        await AgentApiClient.AssertErrorAsync(screen, HttpStatusCode.BadRequest, "BadArgument");
        await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close");
    }

    [Fact]
    public async Task A_lone_surrogate_in_channel_data_is_a_400_not_a_500_when_the_activity_is_written_back()
    {
        var buyer = await TestBuyer.StartAsync(_http, "阿福的杂货铺");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{buyer.ConversationId}/activities")
        {
            Content = new StringContent("""{"type":"message","text":"在吗","channelData":{"clientActivityID":"\ud800"},"extra":"\udc00"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", buyer.Token);

        using var response = await _http.SendAsync(request);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        await buyer.SayAsync("在吗");
    }

    /// <summary>The character itself in the UTF-8 body, not a JSON escape.</summary>
    private static string Raw(string text) => "{\"text\":\"" + text + "\"}";

    private async Task<ConversationView> ClaimAsync(string conversationId)
    {
        await _a.SetPresenceAsync("online");
        await _a.GetAsync(HttpMethod.Put, "presence", """{"capacity":50}""", AgentJsonContext.Default.AgentProfile);
        return await _a.ClaimAsync(conversationId);
    }
}
