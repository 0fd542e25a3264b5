using Microsoft.Extensions.Options;
using ShopBot.Bot.Records;
using ShopBot.Handoff.Hosting;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Records;

/// <summary>The records contract against a real redis-server; each store gets its own key prefix, removed afterwards.</summary>
public sealed class RedisConversationRecordsTests(RedisServerFixture redis) : ConversationRecordsContract, IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly List<string> _prefixes = [];
    private ConnectionMultiplexer? _connection;

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        foreach (var prefix in _prefixes)
        {
            await RedisServerFixture.DeleteKeysAsync(_connection!, prefix);
        }

        await _connection!.DisposeAsync();
    }

    [Fact]
    public async Task Two_hosts_on_one_redis_read_each_others_records_under_the_prefix_hash_tag()
    {
        var prefix = "records-" + Guid.NewGuid().ToString("N");
        _prefixes.Add(prefix);
        await using var other = await redis.ConnectAsync();
        var first = Store(_connection!, prefix, TimeSpan.FromDays(30));
        var second = Store(other, prefix, TimeSpan.FromDays(30));

        await first.AddTurnAsync(Turn("from-first", Noon, "c1"));
        await second.AddEventAsync(new ConversationEvent("from-second", Noon, "c1", ConversationEventKind.AgentJoined, "agent-a"));

        Assert.Equal("from-first", Assert.Single(await second.ReadTurnsAsync(Noon, Noon.AddSeconds(1))).Id);
        Assert.Equal("from-second", Assert.Single(await first.ReadEventsAsync(Noon, Noon.AddSeconds(1))).Id);
        var keys = await _connection!.GetServers()[0].KeysAsync(pattern: "{" + prefix + "}:*").Select(k => k.ToString()).OrderBy(k => k, StringComparer.Ordinal).ToListAsync();
        Assert.Equal(["{" + prefix + "}:records:conversation:c1", "{" + prefix + "}:records:events", "{" + prefix + "}:records:turns"], keys);
    }

    [Fact]
    public async Task A_conversations_turns_kept_for_review_expire_with_the_shorter_of_the_window_and_the_retention()
    {
        var prefix = "records-" + Guid.NewGuid().ToString("N");
        _prefixes.Add(prefix);
        var store = Store(_connection!, prefix, TimeSpan.FromDays(2));

        await store.AddTurnAsync(Turn("t1", Noon, "c1"));

        var ttl = await _connection!.GetDatabase().KeyTimeToLiveAsync(new RecordKeys(prefix).Conversation("c1"));
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2));
    }

    protected override IConversationRecords Create(TimeSpan retention)
    {
        var prefix = "records-" + Guid.NewGuid().ToString("N");
        _prefixes.Add(prefix);
        return Store(_connection!, prefix, retention);
    }

    private RedisConversationRecords Store(IConnectionMultiplexer connection, string prefix, TimeSpan retention) =>
        new(connection, Options.Create(new HandoffOptions { RedisKeyPrefix = prefix }), Options.Create(new RecordsOptions { Retention = retention }), Time);
}
