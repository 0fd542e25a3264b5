using ShopBot.Handoff.History;

namespace ShopBot.Handoff.Tests.History;

/// <summary>What every <see cref="IBuyerHistory"/> does, run against process memory and against real Redis.</summary>
public abstract class BuyerHistoryContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private IBuyerHistory _history = null!;

    public async Task InitializeAsync() => _history = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_buyers_conversations_come_newest_first_with_their_notes_in_order_and_rating()
    {
        await _history.RecordTurnAsync("c1", "buyer", new TurnNote(Start, "track", "1001", "answered"));
        await _history.RecordTurnAsync("c2", "buyer", new TurnNote(Start.AddHours(1), "invoice", null, "clarifying"));
        await _history.RecordTurnAsync("c1", "buyer", new TurnNote(Start.AddHours(2), "human", "1001", "answered", "buyer asked for a person"));
        await _history.RecordTurnAsync("x1", "other", new TurnNote(Start, "hurry", null, "answered"));
        await _history.RecordRatingAsync("c1", 4);

        var logs = await _history.ListAsync("buyer");

        Assert.Equal(["c1", "c2"], logs.Select(l => l.ConversationId));
        Assert.Equal(["track", "human"], logs[0].Turns.Select(t => t.Intent));
        Assert.Equal(("buyer asked for a person", 4), (logs[0].Turns[1].HandoffReason, logs[0].Rating));
        Assert.Equal((Start, Start.AddHours(2)), (logs[0].StartedAt!.Value, logs[0].LastAt!.Value));
        Assert.Null(logs[1].Rating);
        Assert.Equal("1001", (await _history.ReadAsync("c1")).Turns[0].OrderNumber);
        Assert.Empty((await _history.ReadAsync("never")).Turns);
        Assert.Empty(await _history.ListAsync("nobody"));
    }

    [Fact]
    public async Task Only_the_latest_conversations_of_a_buyer_and_turns_of_a_conversation_are_kept()
    {
        for (var i = 0; i <= IBuyerHistory.ConversationsKept; i++)
        {
            await _history.RecordTurnAsync("c" + i, "buyer", new TurnNote(Start.AddMinutes(i), "track", null, "answered"));
        }

        for (var i = 0; i <= IBuyerHistory.TurnsKept; i++)
        {
            await _history.RecordTurnAsync("long", "talker", new TurnNote(Start.AddSeconds(i), "other", null, "not_understood"));
        }

        var logs = await _history.ListAsync("buyer");
        Assert.Equal(IBuyerHistory.ConversationsKept, logs.Count);
        Assert.DoesNotContain(logs, l => l.ConversationId == "c0");
        Assert.Equal("c" + IBuyerHistory.ConversationsKept, logs[0].ConversationId);
        var turns = (await _history.ReadAsync("long")).Turns;
        Assert.Equal(IBuyerHistory.TurnsKept, turns.Count);
        Assert.Equal(Start.AddSeconds(1), turns[0].At);
    }

    protected abstract Task<IBuyerHistory> CreateAsync();
}
