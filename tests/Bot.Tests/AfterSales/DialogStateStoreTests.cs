using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Bot.AfterSales;
using ShopBot.Handoff.State;
using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Bot.Tests.AfterSales;

public sealed class DialogStateStoreTests
{
    [Fact]
    public async Task Chinese_in_the_state_is_stored_as_characters_and_reads_back_the_same()
    {
        var store = new InMemoryConversationStateStore();
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);
        var state = new DialogState { ActiveFlow = "track", LastQuestion = "快递到哪了？<b>\"急\"</b>" };
        state.SaidReplies.Add("亲，您的包裹已到达杭州转运中心，预计明天送达。");
        state.Values["address"] = "浙江省杭州市西湖区文三路1号";

        await states.SaveAsync("c1", state, 0, CancellationToken.None);
        var stored = await store.GetAsync("c1", CancellationToken.None);
        var (loaded, version) = await states.LoadAsync("c1", CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Contains("亲，您的包裹已到达杭州转运中心", stored.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u4EB2", stored.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", stored.Json, StringComparison.Ordinal);
        Assert.Equal(stored.Version, version);
        Assert.Equal(state.LastQuestion, loaded.LastQuestion);
        Assert.Equal(state.SaidReplies, loaded.SaidReplies);
        Assert.Equal(state.Values["address"], loaded.Values["address"]);
    }

    [Fact]
    public async Task A_state_saved_with_escaped_characters_still_reads_back()
    {
        var store = new InMemoryConversationStateStore();
        await store.TrySaveAsync("c2", """{"ActiveFlow":"refund","SaidReplies":["\u4EB2\uFF0C\u597D\u7684"]}""", 0, CancellationToken.None);
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);

        var (loaded, _) = await states.LoadAsync("c2", CancellationToken.None);

        Assert.Equal("refund", loaded.ActiveFlow);
        Assert.Equal(["亲，好的"], loaded.SaidReplies);
    }
}
