using ShopBot.TestSupport;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.Tests.Support;

namespace ShopBot.Handoff.Tests.Redis;

[Collection(RedisCollection.Name)]
public sealed class RedisHandoffContractTests(RedisServerFixture redis) : HandoffContractTests
{
    protected override async Task<HandoffHarness> CreateHarnessAsync(HandoffOptions options)
    {
        options.RedisKeyPrefix = "test-" + Guid.NewGuid().ToString("N");
        var connection = await redis.ConnectAsync();
        var wrapped = Options.Create(options);
        var store = new RedisHandoffStore(connection, wrapped);
        return new HandoffHarness(options, store, store, new RedisTranscriptStore(connection, wrapped), new RedisConversationStateStore(connection, wrapped),
            async () =>
            {
                await RedisServerFixture.DeleteKeysAsync(connection, options.RedisKeyPrefix);
                await connection.DisposeAsync();
            },
            new RedisNoteStore(connection, wrapped));
    }
}
