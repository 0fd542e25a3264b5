using Microsoft.Extensions.Options;
using ShopBot.Bot.Records;

namespace ShopBot.Bot.Tests.Records;

public sealed class InMemoryConversationRecordsTests : ConversationRecordsContract
{
    [Fact]
    public async Task Past_the_cap_the_oldest_are_dropped_first()
    {
        var store = new InMemoryConversationRecords(Options.Create(new RecordsOptions { MaxInMemory = 1000 }), Time);

        for (var i = 0; i < 1005; i++)
        {
            await store.AddTurnAsync(Turn("t" + i, Noon.AddSeconds(i), "c"));
        }

        var read = await store.ReadTurnsAsync(Noon, Noon.AddDays(1));
        Assert.Equal(1000, read.Count);
        Assert.Equal("t5", read[0].Id);
    }

    [Fact]
    public async Task A_full_time_line_keeps_exactly_the_newest_in_time_order_write_after_write()
    {
        const int Cap = 50;
        var store = new InMemoryConversationRecords(Options.Create(new RecordsOptions { MaxInMemory = Cap }), Time);
        var model = new List<BotTurnRecord>();

        for (var i = 0; i < 400; i++)
        {
            // Mostly in order, every seventh a little late: it lands among the others, or is the oldest and leaves at once.
            var turn = Turn("t" + i, Noon.AddSeconds(i % 7 == 0 ? i - 5 : i), "c" + (i % 13));
            await store.AddTurnAsync(turn);
            model.Insert(model.FindLastIndex(t => t.At <= turn.At) + 1, turn);
            if (model.Count > Cap)
            {
                model.RemoveAt(0);
            }

            Assert.Equal(model.Select(t => t.Id), (await store.ReadTurnsAsync(Noon.AddHours(-1), Noon.AddHours(1))).Select(t => t.Id));
        }

        Assert.Equal(["t360", "t361"], (await store.ReadTurnsAsync(Noon.AddSeconds(360), Noon.AddSeconds(362))).Select(t => t.Id));
    }

    [Fact]
    public async Task Past_the_cap_the_review_index_drops_the_conversation_whose_last_turn_is_oldest()
    {
        var store = new InMemoryConversationRecords(Options.Create(new RecordsOptions { MaxInMemory = 6 }), Time);
        await store.AddTurnAsync(Turn("a1", Noon, "a"));
        await store.AddTurnAsync(Turn("b1", Noon.AddSeconds(1), "b"));
        await store.AddTurnAsync(Turn("c1", Noon.AddSeconds(2), "c"));
        await store.AddTurnAsync(Turn("a2", Noon.AddSeconds(3), "a"));
        await store.AddTurnAsync(Turn("c0", Noon.AddSeconds(-1), "c"));
        await store.AddTurnAsync(Turn("d1", Noon.AddSeconds(4), "d"));

        await store.AddTurnAsync(Turn("d2", Noon.AddSeconds(5), "d"));
        var afterFirst = (await store.ReadConversationAsync("b")).Count;
        await store.AddTurnAsync(Turn("e1", Noon.AddSeconds(6), "e"));

        Assert.Equal(0, afterFirst);
        Assert.Empty(await store.ReadConversationAsync("c"));
        Assert.Equal(["a1", "a2"], (await store.ReadConversationAsync("a")).Select(t => t.Id));
        Assert.Equal(["d1", "d2"], (await store.ReadConversationAsync("d")).Select(t => t.Id));
        Assert.Equal(["e1"], (await store.ReadConversationAsync("e")).Select(t => t.Id));
    }

    protected override IConversationRecords Create(TimeSpan retention) =>
        new InMemoryConversationRecords(Options.Create(new RecordsOptions { Retention = retention }), Time);
}
