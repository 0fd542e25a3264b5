using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Attachments;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Handoff.Hosting;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Attachments;

public sealed class InMemoryAttachmentStoreTests : AttachmentStoreContract
{
    private readonly FixedTimeProvider _time = new(FixedTimeProvider.SampleNow);

    [Fact]
    public async Task An_image_is_gone_once_its_retention_has_passed()
    {
        var store = Create(budget: 1024 * 1024);
        var id = await store.SaveAsync(new StoredAttachment("conv", "buyer", "image/png", TestPhotos.ReturnAddress));

        _time.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        Assert.NotNull(await store.GetAsync(id));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await store.GetAsync(id));
    }

    [Fact]
    public async Task Past_the_memory_budget_the_oldest_images_go_first()
    {
        var image = TestPhotos.BrokenBowl;
        var store = Create(budget: image.Length * 2);
        var first = await store.SaveAsync(new StoredAttachment("conv", "buyer", "image/png", image));
        var second = await store.SaveAsync(new StoredAttachment("conv", "buyer", "image/png", image));

        var third = await store.SaveAsync(new StoredAttachment("conv", "buyer", "image/png", image));

        Assert.Null(await store.GetAsync(first));
        Assert.NotNull(await store.GetAsync(second));
        Assert.NotNull(await store.GetAsync(third));
        Assert.Equal(image.Length * 2, store.BytesKept);
    }

    protected override Task<IAttachmentStore> CreateAsync() => Task.FromResult<IAttachmentStore>(Create(budget: 64 * 1024 * 1024));

    private InMemoryAttachmentStore Create(long budget) => new(
        Options.Create(new RetentionOptions { Uploads = TimeSpan.FromDays(2) }),
        Options.Create(new DirectLineOptions { MaxUploadBytesInMemory = budget }),
        _time,
        NullLogger<InMemoryAttachmentStore>.Instance);
}
