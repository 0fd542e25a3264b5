using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Tests.Support;
using ShopBot.Handoff.Tests.Transcripts;
using ShopBot.Handoff.Transcripts;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Handoff.Tests.Redis;

[Collection(RedisCollection.Name)]
public sealed class RedisAppendOnceTests(RedisServerFixture redis) : AppendOnceContractTests
{
    private readonly string _prefix = "test-" + Guid.NewGuid().ToString("N");
    private ConnectionMultiplexer? _connection;

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await RedisServerFixture.DeleteKeysAsync(_connection, _prefix);
            await _connection.DisposeAsync();
        }
    }

    protected override async Task<ITranscriptStore> CreateAsync()
    {
        _connection = await redis.ConnectAsync();
        return new RedisTranscriptStore(_connection, Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix }));
    }
}
