using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Tests.Storage;

/// <summary>One contract for both places the promoted model lives: on disk and in Redis.</summary>
public abstract class IntentModelStoreContract
{
    protected abstract IIntentModelStore CreateStore();

    [Fact]
    public async Task An_empty_store_has_no_model_and_nothing_to_roll_back_to()
    {
        var store = CreateStore();

        Assert.Null(await store.CurrentAsync());
        Assert.Null(await store.CurrentStampAsync());
        Assert.Null(await store.PreviousStampAsync());
        Assert.Null(await store.RollBackAsync());
    }

    [Fact]
    public async Task A_promotion_keeps_the_model_before_it_and_a_rollback_swaps_them_back_and_forth()
    {
        var store = CreateStore();
        var first = Model("v1", 1);
        var second = Model("v2", 2);

        await store.PromoteAsync(first);
        Assert.Null(await store.RollBackAsync());
        await store.PromoteAsync(second);

        Assert.Equal(second.Stamp, await store.CurrentStampAsync());
        Assert.Equal(first.Stamp, await store.PreviousStampAsync());
        Assert.Equal(second.Zip, (await store.CurrentAsync())!.Zip);

        var restored = await store.RollBackAsync();

        Assert.Equal(first.Stamp, restored!.Stamp);
        Assert.Equal(first.Zip, restored.Zip);
        Assert.Equal(second.Stamp, await store.PreviousStampAsync());
        Assert.Equal(second.Stamp, (await store.RollBackAsync())!.Stamp);
        Assert.Equal(first.Stamp, await store.PreviousStampAsync());
    }

    private static StoredIntentModel Model(string version, byte fill) =>
        new(new IntentModelStamp(version, new DateTimeOffset(2026, 12, 1, 8, 0, fill, TimeSpan.Zero), "测试培训师", Overridden: fill == 2), [.. Enumerable.Repeat(fill, 70_000), 0, 255]);
}
