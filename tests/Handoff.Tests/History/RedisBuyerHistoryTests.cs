using Microsoft.Extensions.Options;
using ShopBot.Handoff.History;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Tests.Support;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Handoff.Tests.History;

[Collection(RedisCollection.Name)]
public sealed class RedisBuyerHistoryTests(RedisServerFixture redis) : BuyerHistoryContractTests
{
    private readonly string _prefix = "test-" + Guid.NewGuid().ToString("N");
    private ConnectionMultiplexer? _connection;

    [Fact]
    public async Task History_keys_expire_with_the_transcript_retention()
    {
        var history = new RedisBuyerHistory(_connection!, Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix }), Options.Create(new RetentionOptions { Transcript = TimeSpan.FromHours(2) }));
        await history.RecordTurnAsync("c9", "buyer9", new TurnNote(DateTimeOffset.UtcNow, "track", null, "answered"));
        await history.RecordRatingAsync("c9", 5);

        var db = _connection!.GetDatabase();
        foreach (var key in new[] { "turns:c9", "rating:c9", "buyer-conversations:buyer9" })
        {
            var ttl = await db.KeyTimeToLiveAsync("{" + _prefix + "}:" + key);
            Assert.InRange(ttl!.Value, TimeSpan.FromHours(1.9), TimeSpan.FromHours(2));
        }
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await RedisServerFixture.DeleteKeysAsync(_connection, _prefix);
            await _connection.DisposeAsync();
        }
    }

    protected override async Task<IBuyerHistory> CreateAsync()
    {
        _connection = await redis.ConnectAsync();
        return new RedisBuyerHistory(_connection, Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix }));
    }
}
