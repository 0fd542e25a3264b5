using ShopBot.TestSupport;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests.Redis;

/// <summary>A host restart: everything in the process is thrown away, and a new process reads the same Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisRestartTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Queued_and_agent_owned_conversations_transcripts_and_state_survive_a_host_restart()
    {
        var prefix = "restart-" + Guid.NewGuid().ToString("N");
        await using (var before = await HostAsync(prefix))
        {
            await before.OnlineAgentAsync("a1");
            await before.Buyers.RequestHandoffAsync(HandoffHarness.Request("owned"));
            await before.Buyers.RequestHandoffAsync(HandoffHarness.Request("waiting", HandoffPriority.Complaint));
            await before.Desk.ClaimAsync("a1", "owned");
            await before.Buyers.RequestHandoffAsync(HandoffHarness.Request("later"));
            await before.Buyers.AcceptBuyerMessageAsync("waiting", "我要投诉");
            await before.Transcripts.AppendAsync("owned", """{"text":"包裹丢了"}""");
            await before.States.TrySaveAsync("owned", """{"step":"lost-parcel"}""", 0);
        }

        await using var after = await HostAsync(prefix);

        Assert.Equal(["waiting", "later"], (await after.Desk.ListQueueAsync()).Select(e => e.ConversationId));
        var owned = await after.Buyers.GetRoutingAsync("owned");
        Assert.Equal((RoutingStatus.WithAgent, "a1"), (owned.Status, owned.AgentId));
        Assert.Equal("buyer-owned", owned.Ticket!.BuyerId);
        var agent = (await after.Desk.GetAgentAsync("a1"))!;
        Assert.Equal(AgentPresence.Online, agent.Presence);
        Assert.Equal(["owned"], agent.Conversations);
        Assert.Equal(["我要投诉"], await after.Queue.GetHeldMessagesAsync("waiting"));
        Assert.Equal("""{"text":"包裹丢了"}""", Assert.Single(await after.Transcripts.ReadAsync("owned", 0, 10)).ActivityJson);
        Assert.Equal(new Handoff.State.StoredState("""{"step":"lost-parcel"}""", 1), await after.States.GetAsync("owned"));
        Assert.Equal(2, (await after.Buyers.GetHistoryAsync("owned")).Count);

        // The new host carries on where the old one stopped.
        Assert.Equal(AgentReplyOutcome.Sent, (await after.Desk.SendReplyAsync("a1", "owned", "已登记丢件", HandoffHarness.AllowAll)).Outcome);
        Assert.Equal("waiting", (await after.Desk.ClaimNextAsync("a1")).Handover!.Routing.ConversationId);
        await using var cleanup = await redis.ConnectAsync();
        await RedisServerFixture.DeleteKeysAsync(cleanup, prefix);
    }

    private async Task<HandoffHarness> HostAsync(string prefix)
    {
        var options = new HandoffOptions { RedisKeyPrefix = prefix };
        var connection = await redis.ConnectAsync();
        var wrapped = Options.Create(options);
        var store = new RedisHandoffStore(connection, wrapped);
        return new HandoffHarness(options, store, store, new RedisTranscriptStore(connection, wrapped), new RedisConversationStateStore(connection, wrapped),
            async () => await connection.DisposeAsync());
    }
}
