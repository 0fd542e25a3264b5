using Microsoft.Extensions.Options;
using ShopBot.Bot.Storage;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Promotion;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Storage;

public sealed class RedisIntentModelStoreTests(RedisServerFixture redis) : IntentModelStoreContract, IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string _prefix = $"models-test-{Guid.NewGuid():N}";
    private ConnectionMultiplexer? _connection;

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        await RedisServerFixture.DeleteKeysAsync(_connection!, _prefix);
        await _connection!.DisposeAsync();
    }

    [Fact]
    public async Task A_promotion_is_announced_to_every_subscriber()
    {
        var store = (RedisIntentModelStore)CreateStore();
        await using var other = await redis.ConnectAsync();
        var announced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await new RedisIntentModelStore(other, Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix })).SubscribeAsync(() =>
        {
            announced.TrySetResult();
            return Task.CompletedTask;
        });

        await store.PromoteAsync(new StoredIntentModel(new IntentModelStamp("v1", DateTimeOffset.UnixEpoch, "测试", Overridden: false), [1, 2, 3]));

        await announced.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    protected override IIntentModelStore CreateStore() => new RedisIntentModelStore(_connection!, Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix }));
}
