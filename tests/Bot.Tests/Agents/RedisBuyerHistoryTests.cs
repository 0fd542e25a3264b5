using ShopBot.Bot.Agents;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>On real Redis the buyer's history, with the rating given by a star button, survives a restart of the host.</summary>
public sealed class RedisBuyerHistoryTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task A_new_host_shows_the_earlier_conversation_its_rating_and_the_recap_of_this_one()
    {
        var prefix = $"history-test-{Guid.NewGuid():N}";
        string firstId;
        using (var first = new RedisAgentTestHost(redis.Endpoint, prefix))
        {
            var http = first.CreateClient();
            var agent = new AgentApiClient(first.CreateClient(), AgentTestHost.KeyA);
            var buyer = await TestBuyer.StartAsync(http, "一只小兔叽");
            firstId = buyer.ConversationId;
            await buyer.SayAsync("我的快递到哪了");
            await buyer.SayAsync("人工客服");
            await agent.SetPresenceAsync("online");
            await agent.ClaimAsync(buyer.ConversationId);
            await agent.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close", null, AgentJsonContext.Default.RoutingView);
            await StarButton.PressAsync(http, buyer, 3);
        }

        using var second = new RedisAgentTestHost(redis.Endpoint, prefix);
        var again = await TestBuyer.StartAsync(second.CreateClient(), "一只小兔叽");
        await again.SayAsync("我要开发票");
        await again.SayAsync("人工客服");
        var desk = new AgentApiClient(second.CreateClient(), AgentTestHost.KeyA);
        await desk.SetPresenceAsync("online");
        var view = await desk.ClaimAsync(again.ConversationId);

        var past = Assert.Single(view.History!);
        Assert.Equal((firstId, "track", "查物流", "closed", 3), (past.ConversationId, past.Intent, past.IntentName, past.Outcome, past.Rating));
        Assert.Contains("开发票", view.Recap!.IntentNames);
        Assert.Contains("买家想要：开发票", view.Recap.Text, StringComparison.Ordinal);
        await desk.GetAsync(HttpMethod.Post, $"conversations/{again.ConversationId}/close", null, AgentJsonContext.Default.RoutingView);
    }
}
