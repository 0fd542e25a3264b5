using ShopBot.Bot.Attachments;

namespace ShopBot.Bot.Tests.Attachments;

/// <summary>What every attachment store promises, run against each of them.</summary>
public abstract class AttachmentStoreContract
{
    protected abstract Task<IAttachmentStore> CreateAsync();

    [Fact]
    public async Task A_saved_image_reads_back_whole_with_its_owner_and_type()
    {
        var store = await CreateAsync();
        var saved = new StoredAttachment("conv-1", "橙子不酸", "image/png", TestPhotos.BrokenBowl);

        var id = await store.SaveAsync(saved);
        var read = await store.GetAsync(id);

        Assert.True(AttachmentIds.IsValid(id));
        Assert.NotNull(read);
        Assert.Equal((saved.ConversationId, saved.BuyerId, saved.ContentType), (read.ConversationId, read.BuyerId, read.ContentType));
        Assert.Equal(saved.Content, read.Content);
        Assert.Equal("image/png", await store.ContentTypeOfAsync(id));
    }

    [Fact]
    public async Task Ids_are_new_each_time_and_an_unknown_id_reads_as_nothing()
    {
        var store = await CreateAsync();
        var saved = new StoredAttachment("conv-2", "tb_lily88", "image/png", TestPhotos.ReturnAddress);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 20; i++)
        {
            Assert.True(ids.Add(await store.SaveAsync(saved)));
        }

        Assert.Null(await store.GetAsync(AttachmentIds.New()));
        Assert.Null(await store.ContentTypeOfAsync(AttachmentIds.New()));
    }
}
