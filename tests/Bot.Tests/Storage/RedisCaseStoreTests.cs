using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Storage;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Cases;
using ShopBot.TestSupport;
using ShopBot.TestSupport.Cases;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Storage;

/// <summary>The case store contract against a real redis-server; each store gets its own key prefix, removed afterwards.</summary>
public sealed class RedisCaseStoreTests(RedisServerFixture redis) : CaseStoreContract, IClassFixture<RedisServerFixture>, IAsyncLifetime
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
    public async Task Cases_and_their_indexes_live_under_the_handoff_prefix_in_one_hash_tag()
    {
        var prefix = NewPrefix();
        var store = Create(_connection!, prefix, Time);

        var opened = await store.OpenAsync(CaseDraft.Refund("tb_lily88", "c", Order, "不想要了"));

        var keys = await _connection!.GetServers()[0].KeysAsync(pattern: "{" + prefix + "}:*").Select(k => k.ToString()).ToListAsync();
        var root = "{" + prefix + "}:cases:";
        Assert.Equal(
            new[] { "sequence", "by-update", "case:" + opened.Id, "buyer:tb_lily88", "order:" + Order }.Select(k => root + k).Order(StringComparer.Ordinal),
            keys.Order(StringComparer.Ordinal));
    }

    protected override ICaseStore CreateStore() => Create(_connection!, NewPrefix(), Time);

    internal static RedisCaseStore Create(IConnectionMultiplexer connection, string prefix, TimeProvider time) =>
        new(connection, Options.Create(new HandoffOptions { RedisKeyPrefix = prefix }), time, NullLogger<RedisCaseStore>.Instance);

    private string NewPrefix()
    {
        var prefix = $"cases-test-{Guid.NewGuid():N}";
        _prefixes.Add(prefix);
        return prefix;
    }
}
