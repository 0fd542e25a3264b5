using Microsoft.Extensions.Options;
using ShopBot.Bot.Attachments;
using ShopBot.Handoff.Hosting;
using ShopBot.TestSupport;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Attachments;

public sealed class RedisAttachmentStoreTests(RedisServerFixture redis) : AttachmentStoreContract, IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string _prefix = $"uploads-test-{Guid.NewGuid():N}";
    private ConnectionMultiplexer? _connection;

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        await RedisServerFixture.DeleteKeysAsync(_connection!, _prefix);
        await _connection!.DisposeAsync();
    }

    [Fact]
    public async Task An_image_is_one_hash_that_expires_after_the_upload_retention()
    {
        var store = await CreateAsync();

        var id = await store.SaveAsync(new StoredAttachment("conv", "buyer", "image/png", TestPhotos.ReturnAddress));

        var ttl = await _connection!.GetDatabase().KeyTimeToLiveAsync("{" + _prefix + "}:upload:" + id);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromHours(3) - TimeSpan.FromMinutes(1), TimeSpan.FromHours(3));
    }

    protected override Task<IAttachmentStore> CreateAsync() => Task.FromResult<IAttachmentStore>(new RedisAttachmentStore(
        _connection!,
        Options.Create(new HandoffOptions { RedisKeyPrefix = _prefix }),
        Options.Create(new RetentionOptions { Uploads = TimeSpan.FromHours(3) })));
}
