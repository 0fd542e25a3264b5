using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Agents;
using ShopBot.Handoff;
using ShopBot.Handoff.Queue;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>
/// A queued conversation the channels cannot reach (its transcript is gone, or its entry was poisoned): the agent's claim,
/// reply and close still succeed, and the answer says the buyer was not told.
/// </summary>
public sealed class AgentDeliveryFailureTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);

    [Fact]
    public async Task Claim_reply_and_close_of_an_unreachable_buyer_answer_success_with_delivered_false()
    {
        var conversationId = "unreachable-" + Guid.NewGuid().ToString("N");
        var handoff = host.Services.GetRequiredService<BuyerHandoff>();
        await handoff.RequestHandoffAsync(new HandoffRequest(conversationId, "buyer-" + conversationId, "buyer asked for a person", "human", HandoffPriority.Normal, "人工客服"));
        await _a.SetPresenceAsync("online");

        var claimed = await _a.ClaimAsync(conversationId);
        using var reply = await _a.ReplyAsync(conversationId, "亲，您好，我来帮您看看");
        using var close = await _a.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/close");

        Assert.Equal(("with_agent", false), (claimed.Status, claimed.Delivered));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var sent = JsonSerializer.Deserialize(await reply.Content.ReadAsStringAsync(), AgentJsonContext.Default.SentReply)!;
        Assert.False(sent.Delivered);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var routing = JsonSerializer.Deserialize(await close.Content.ReadAsStringAsync(), AgentJsonContext.Default.RoutingView)!;
        Assert.Equal(("closed", true, false), (routing.Status, routing.Changed, routing.Delivered));
        Assert.Contains("\"delivered\":false", await close.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
