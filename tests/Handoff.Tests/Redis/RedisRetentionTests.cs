using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Tests.Support;
using ShopBot.TestSupport;

namespace ShopBot.Handoff.Tests.Redis;

/// <summary>Transcripts and dialog state expire in Redis after their retention, renewed on every write.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisRetentionTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Client_activity_ids_expire_with_the_transcript()
    {
        var prefix = "retention-" + Guid.NewGuid().ToString("N");
        await using var connection = await redis.ConnectAsync();
        var transcripts = new RedisTranscriptStore(
            connection,
            Options.Create(new HandoffOptions { RedisKeyPrefix = prefix }),
            Options.Create(new RetentionOptions { Transcript = TimeSpan.FromDays(3) }));
        var keys = new RedisKeys(prefix);
        var db = connection.GetDatabase();
        try
        {
            Assert.Equal("a1", await transcripts.AppendOnceAsync("c1", "client-1", "a1", "{}"));

            Assert.InRange((await db.KeyTimeToLiveAsync(keys.Transcript("c1")))!.Value, TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));
            Assert.InRange((await db.KeyTimeToLiveAsync(keys.ClientActivityIds("c1")))!.Value, TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));
            Assert.InRange((await db.KeyTimeToLiveAsync(keys.ClientActivityOrder("c1")))!.Value, TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));
        }
        finally
        {
            await RedisServerFixture.DeleteKeysAsync(connection, prefix);
        }
    }

    [Fact]
    public async Task Transcripts_and_dialog_state_carry_a_ttl_of_their_retention_renewed_on_write()
    {
        var prefix = "retention-" + Guid.NewGuid().ToString("N");
        await using var connection = await redis.ConnectAsync();
        var handoff = Options.Create(new HandoffOptions { RedisKeyPrefix = prefix });
        var retention = Options.Create(new RetentionOptions { Transcript = TimeSpan.FromDays(30), ConversationState = TimeSpan.FromDays(7) });
        var transcripts = new RedisTranscriptStore(connection, handoff, retention);
        var states = new RedisConversationStateStore(connection, handoff, retention);
        var keys = new RedisKeys(prefix);
        var db = connection.GetDatabase();
        try
        {
            Assert.Equal(0, await transcripts.AppendAsync("c1", """{"text":"在吗"}"""));
            Assert.Equal(1, await transcripts.AppendAsync("c1", """{"text":"在吗?"}"""));
            await states.TrySaveAsync("c1", "{}", 0);
            await db.KeyExpireAsync(keys.State("c1"), TimeSpan.FromMinutes(1));
            await states.TrySaveAsync("c1", """{"step":1}""", 1);

            var transcriptTtl = (await db.KeyTimeToLiveAsync(keys.Transcript("c1")))!.Value;
            var stateTtl = (await db.KeyTimeToLiveAsync(keys.State("c1")))!.Value;

            Assert.InRange(transcriptTtl, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
            Assert.InRange(stateTtl, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
            Assert.Equal(2, (await transcripts.ReadAsync("c1", 0, 10)).Count);
        }
        finally
        {
            await RedisServerFixture.DeleteKeysAsync(connection, prefix);
        }
    }

    [Fact]
    public async Task A_closed_conversation_expires_with_its_transcript_and_queueing_it_again_makes_it_persistent()
    {
        var prefix = "retention-" + Guid.NewGuid().ToString("N");
        await using var connection = await redis.ConnectAsync();
        var options = new HandoffOptions { RedisKeyPrefix = prefix };
        var retention = Options.Create(new RetentionOptions { Transcript = TimeSpan.FromDays(30) });
        var store = new RedisHandoffStore(connection, Options.Create(options), retention: retention);
        var harness = new HandoffHarness(options, store, store, new RedisTranscriptStore(connection, Options.Create(options), retention), new RedisConversationStateStore(connection, Options.Create(options), retention));
        var keys = new RedisKeys(prefix);
        var db = connection.GetDatabase();
        try
        {
            await harness.OnlineAgentAsync("a1");
            await harness.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
            await harness.Buyers.AcceptBuyerMessageAsync("c1", "在吗");
            await harness.Desk.ClaimNextAsync("a1");
            Assert.Null(await db.KeyTimeToLiveAsync(keys.Conversation("c1")));

            await harness.Desk.CloseAsync("a1", "c1", "done");

            foreach (var key in new[] { keys.Conversation("c1"), keys.History("c1"), keys.Held("c1") })
            {
                Assert.InRange((await db.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
            }

            await harness.Buyers.RequestHandoffAsync(HandoffHarness.Request("c1"));
            Assert.Null(await db.KeyTimeToLiveAsync(keys.Conversation("c1")));
            Assert.Null(await db.KeyTimeToLiveAsync(keys.History("c1")));
        }
        finally
        {
            await RedisServerFixture.DeleteKeysAsync(connection, prefix);
        }
    }
}
