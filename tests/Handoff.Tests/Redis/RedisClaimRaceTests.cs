using ShopBot.TestSupport;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Routing;
using ShopBot.Handoff.Tests.Support;
using StackExchange.Redis;

namespace ShopBot.Handoff.Tests.Redis;

/// <summary>Many agents on several connections, as several bot instances would be, claiming at the same moment.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisClaimRaceTests(RedisServerFixture redis)
{
    private const int Connections = 6;
    private const int AgentsPerConnection = 5;
    private const int Conversations = 600;

    [Fact]
    public async Task Every_queued_conversation_is_claimed_exactly_once_and_none_is_lost()
    {
        var options = Options.Create(new HandoffOptions { RedisKeyPrefix = "race-" + Guid.NewGuid().ToString("N"), DefaultCapacity = 50, MaxQueuedPerChannel = Conversations });
        var connections = await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => redis.ConnectAsync()));
        try
        {
            var stores = connections.Select(c => new RedisHandoffStore(c, options)).ToArray();
            var now = HandoffHarness.Start;
            await Task.WhenAll(Enumerable.Range(0, Conversations).Select(i =>
                stores[i % Connections].EnqueueAsync(HandoffHarness.Request("c" + i, (HandoffPriority)(i % 3)), "bot", now.AddMilliseconds(i))));
            var agents = Enumerable.Range(0, Connections * AgentsPerConnection).Select(i => (Id: "agent" + i, Store: stores[i % Connections])).ToArray();
            foreach (var (id, store) in agents)
            {
                await store.SetPresenceAsync(id, AgentPresence.Online, now);
            }

            using var start = new ManualResetEventSlim();
            var claims = agents.Select(agent => Task.Run(async () =>
            {
                start.Wait();
                var mine = new List<string>();
                while (true)
                {
                    var change = await agent.Store.ClaimNextAsync(agent.Id, now);
                    if (change.Outcome != TransitionOutcome.Applied)
                    {
                        return (agent.Id, Claimed: mine, Last: change.Outcome);
                    }

                    Assert.Equal(agent.Id, change.Routing!.AgentId);
                    mine.Add(change.Routing.ConversationId);
                }
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(claims);

            var all = results.SelectMany(r => r.Claimed).ToList();
            Assert.Equal(Conversations, all.Count);
            Assert.Equal(Conversations, all.Distinct().Count());
            // An agent stops when the queue is empty, or earlier when a fast one filled its capacity first.
            var capacity = options.Value.DefaultCapacity;
            Assert.All(results, r => Assert.True(
                r.Last == TransitionOutcome.QueueEmpty || (r.Last == TransitionOutcome.AgentUnavailable && r.Claimed.Count == capacity),
                $"{r.Id} stopped with {r.Last} after {r.Claimed.Count} claims"));
            Assert.True(results.Count(r => r.Claimed.Count > 0) > 1, "the claims should be spread over several agents");
            Assert.Empty(await stores[0].ListQueueAsync());
            foreach (var result in results)
            {
                var status = await stores[0].GetAsync(result.Id);
                Assert.Equal(result.Claimed.Order(StringComparer.Ordinal), status!.Conversations);
            }

            var owners = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(i => stores[1].GetRoutingAsync("c" + i)));
            Assert.All(owners, o => Assert.Equal(RoutingStatus.WithAgent, o.Status));
            Assert.Equal(
                results.SelectMany(r => r.Claimed.Select(c => (c, r.Id))).ToDictionary(p => p.c, p => p.Id),
                owners.ToDictionary(o => o.ConversationId, o => o.AgentId!));
        }
        finally
        {
            await RedisServerFixture.DeleteKeysAsync(connections[0], options.Value.RedisKeyPrefix);
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Of_many_agents_claiming_one_chosen_conversation_exactly_one_gets_it()
    {
        var options = Options.Create(new HandoffOptions { RedisKeyPrefix = "race-" + Guid.NewGuid().ToString("N") });
        var connections = await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => redis.ConnectAsync()));
        try
        {
            var stores = connections.Select(c => new RedisHandoffStore(c, options)).ToArray();
            var now = HandoffHarness.Start;
            await stores[0].EnqueueAsync(HandoffHarness.Request("wanted"), "bot", now);
            for (var i = 0; i < 30; i++)
            {
                await stores[i % Connections].SetPresenceAsync("agent" + i, AgentPresence.Online, now);
            }

            var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
                Task.Run(() => stores[i % Connections].ClaimAsync("agent" + i, "wanted", now))));

            var winner = Assert.Single(outcomes, o => o.Outcome == TransitionOutcome.Applied);
            Assert.All(outcomes.Where(o => o != winner), o => Assert.Equal(TransitionOutcome.NotOwner, o.Outcome));
            Assert.Equal(winner.Routing!.AgentId, (await stores[1].GetRoutingAsync("wanted")).AgentId);
            Assert.Equal(2, (await stores[2].GetHistoryAsync("wanted")).Count);
        }
        finally
        {
            await RedisServerFixture.DeleteKeysAsync(connections[0], options.Value.RedisKeyPrefix);
            foreach (IConnectionMultiplexer connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
