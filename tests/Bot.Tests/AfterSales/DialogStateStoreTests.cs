using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
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

    [Fact]
    public async Task A_state_its_turn_released_is_taken_up_by_the_next_load_without_parsing()
    {
        var store = new InMemoryConversationStateStore();
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);
        var state = new DialogState { ActiveFlow = "track" };
        state.SaidReplies.Add("亲，包裹已发出。");

        var saved = await states.SaveAsync("c3", state, 0, CancellationToken.None);
        states.Release("c3", state);
        var (loaded, version) = await states.LoadAsync("c3", CancellationToken.None);
        var (again, _) = await states.LoadAsync("c3", CancellationToken.None);

        Assert.Same(state, loaded);
        Assert.Equal(saved, version);
        // Taken out by the first load: a second holder parses its own copy.
        Assert.NotSame(state, again);
        Assert.Equal(state.SaidReplies, again.SaidReplies);
    }

    [Fact]
    public async Task A_state_not_released_is_parsed_again()
    {
        var store = new InMemoryConversationStateStore();
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);
        var state = new DialogState { ActiveFlow = "track" };
        var other = new DialogState { ActiveFlow = "refund" };

        await states.SaveAsync("c4", state, 0, CancellationToken.None);
        states.Release("c4", other);
        var (loaded, _) = await states.LoadAsync("c4", CancellationToken.None);

        Assert.NotSame(state, loaded);
        Assert.Equal("track", loaded.ActiveFlow);
    }

    [Fact]
    public async Task A_released_state_saved_over_since_reads_what_is_stored()
    {
        var store = new InMemoryConversationStateStore();
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);
        var state = new DialogState { ActiveFlow = "track" };

        var saved = await states.SaveAsync("c5", state, 0, CancellationToken.None);
        states.Release("c5", state);
        // Another host's turn saved the conversation after this one.
        var newer = await store.TrySaveAsync("c5", """{"ActiveFlow":"invoice","SaidReplies":["亲，发票已开好。"]}""", saved, CancellationToken.None);
        var (loaded, version) = await states.LoadAsync("c5", CancellationToken.None);

        Assert.NotSame(state, loaded);
        Assert.Equal(newer, version);
        Assert.Equal("invoice", loaded.ActiveFlow);
        Assert.Equal(["亲，发票已开好。"], loaded.SaidReplies);
    }

    [Fact]
    public async Task A_released_state_of_a_conversation_deleted_since_reads_as_new()
    {
        var store = new InMemoryConversationStateStore();
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);
        var state = new DialogState { ActiveFlow = "track" };

        var saved = await states.SaveAsync("c6", state, 0, CancellationToken.None);
        states.Release("c6", state);
        await store.TryDeleteAsync("c6", saved, CancellationToken.None);
        var (loaded, version) = await states.LoadAsync("c6", CancellationToken.None);

        Assert.NotSame(state, loaded);
        Assert.Null(loaded.ActiveFlow);
        Assert.Equal(0, version);
    }

    [Fact]
    public async Task A_notice_reads_the_state_its_turn_released_and_leaves_it_for_the_next_turn()
    {
        var store = new InMemoryConversationStateStore();
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);
        var state = new DialogState { ActiveFlow = "track", NoEndearment = true };

        await states.SaveAsync("c7", state, 0, CancellationToken.None);
        states.Release("c7", state);
        var read = await states.ReadAsync("c7", CancellationToken.None);
        var (loaded, _) = await states.LoadAsync("c7", CancellationToken.None);

        Assert.Same(state, read);
        Assert.Same(state, loaded);
    }

    [Fact]
    public async Task A_notice_reads_what_is_stored_when_the_state_was_saved_over_or_is_held_by_a_turn()
    {
        var store = new InMemoryConversationStateStore();
        var states = new DialogStateStore(store, NullLogger<DialogStateStore>.Instance);
        var state = new DialogState { ActiveFlow = "track" };

        var saved = await states.SaveAsync("c8", state, 0, CancellationToken.None);
        states.Release("c8", state);
        await store.TrySaveAsync("c8", """{"ActiveFlow":"invoice","NoEndearment":true}""", saved, CancellationToken.None);
        var newer = await states.ReadAsync("c8", CancellationToken.None);
        var (held, _) = await states.LoadAsync("c8", CancellationToken.None);
        var whileHeld = await states.ReadAsync("c8", CancellationToken.None);

        Assert.NotSame(state, newer);
        Assert.True(newer.NoEndearment);
        Assert.Equal("invoice", newer.ActiveFlow);
        Assert.NotSame(held, whileHeld);
        Assert.Equal("invoice", whileHeld.ActiveFlow);
        Assert.Null((await states.ReadAsync("c9", CancellationToken.None)).ActiveFlow);
    }

    [Fact]
    public void A_state_is_written_as_the_serializer_with_the_encoder_in_its_options_wrote_it()
    {
        // Every property set, with what escaping may treat differently: quotes, markup, controls, a line separator,
        // characters outside the basic plane, full-width punctuation.
        const string awkward = "亲，\"急\"<b>&'</b>\n\t\u2028 😀𠀀 ＡＢＣ １２３ \\ end";
        var state = new DialogState();
        foreach (var property in typeof(DialogState).GetProperties().Where(p => p.CanWrite))
        {
            var type = property.PropertyType;
            object? value = type == typeof(string) ? awkward + property.Name
                : type == typeof(bool) ? true
                : type == typeof(int) || type == typeof(int?) ? 7
                : type == typeof(List<string>) ? new List<string> { awkward, property.Name }
                : type == typeof(Dictionary<string, string>) ? new Dictionary<string, string>(StringComparer.Ordinal) { [awkward] = awkward, ["order"] = "2024" }
                : throw new InvalidOperationException($"Give {property.Name} ({type}) a value here.");
            property.SetValue(state, value);
        }

        var before = JsonSerializer.Serialize(state, new DialogStateJsonContext(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }).DialogState);

        Assert.Equal(before, DialogStateStore.Write(state));
        Assert.Equal(before, DialogStateStore.Write(state));
    }
}
