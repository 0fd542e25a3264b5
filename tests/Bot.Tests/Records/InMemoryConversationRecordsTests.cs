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

    protected override IConversationRecords Create(TimeSpan retention) =>
        new InMemoryConversationRecords(Options.Create(new RecordsOptions { Retention = retention }), Time);
}
