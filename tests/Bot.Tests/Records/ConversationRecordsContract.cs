using ShopBot.Bot.Records;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Records;

/// <summary>What every <see cref="IConversationRecords"/> must do; run on memory and on a real redis-server.</summary>
public abstract class ConversationRecordsContract
{
    protected static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(8));

    protected FixedTimeProvider Time { get; } = new(Noon);

    /// <summary>A new, empty store on <see cref="Time"/> keeping records for <paramref name="retention"/>.</summary>
    protected abstract IConversationRecords Create(TimeSpan retention);

    [Fact]
    public async Task A_turn_reads_back_with_every_fact()
    {
        var store = Create(TimeSpan.FromDays(30));
        var turn = Turn("t1", Noon, "c1") with
        {
            RunnerUp = "track",
            RunnerUpConfidence = 0.21f,
            Flow = "quality_return",
            OrderNumber = "3613820045529781104",
            Templates = ["quality.ask_photo", "quality.registered"],
            Situations = ["ask_photo", "registered"],
            Records = ["return:C1"],
            Screens = ["allowed", "rewritten"],
            HandoffTrigger = "complaint",
            HandoffReason = "complaint word 投诉",
        };

        await store.AddTurnAsync(turn);

        var read = Assert.Single(await store.ReadTurnsAsync(Noon.AddMinutes(-1), Noon.AddMinutes(1)));
        Assert.Equal(turn.Id, read.Id);
        Assert.Equal(turn.At, read.At);
        Assert.Equal((turn.ConversationId, turn.BuyerId, turn.Text, turn.Intent, turn.Confidence), (read.ConversationId, read.BuyerId, read.Text, read.Intent, read.Confidence));
        Assert.Equal((turn.RunnerUp, turn.RunnerUpConfidence, turn.Decision, turn.Outcome, turn.Flow, turn.OrderNumber), (read.RunnerUp, read.RunnerUpConfidence, read.Decision, read.Outcome, read.Flow, read.OrderNumber));
        Assert.Equal(turn.Templates, read.Templates);
        Assert.Equal(turn.Situations, read.Situations);
        Assert.Equal(turn.Records, read.Records);
        Assert.Equal(turn.Screens, read.Screens);
        Assert.Equal((turn.HandoffTrigger, turn.HandoffReason), (read.HandoffTrigger, read.HandoffReason));
    }

    [Fact]
    public async Task Every_kind_of_event_reads_back_with_its_agent_and_rating()
    {
        var store = Create(TimeSpan.FromDays(30));
        var kinds = Enum.GetValues<ConversationEventKind>();
        for (var i = 0; i < kinds.Length; i++)
        {
            await store.AddEventAsync(new ConversationEvent("e" + i, Noon.AddSeconds(i), "c1", kinds[i], i % 2 == 0 ? "agent-a" : null, kinds[i] == ConversationEventKind.Rated ? 4 : null));
        }

        var read = await store.ReadEventsAsync(Noon, Noon.AddHours(1));

        Assert.Equal(kinds, read.Select(e => e.Kind));
        Assert.Equal(kinds.Select((_, i) => i % 2 == 0 ? "agent-a" : null), read.Select(e => e.AgentId));
        Assert.Equal(4, read.Single(e => e.Kind == ConversationEventKind.Rated).Rating);
        Assert.All(read.Where(e => e.Kind != ConversationEventKind.Rated), e => Assert.Null(e.Rating));
    }

    [Fact]
    public async Task A_range_includes_its_start_excludes_its_end_and_reads_oldest_first()
    {
        var store = Create(TimeSpan.FromDays(30));
        await store.AddTurnAsync(Turn("late", Noon.AddMinutes(10), "c2"));
        await store.AddTurnAsync(Turn("start", Noon, "c1"));
        await store.AddTurnAsync(Turn("end", Noon.AddMinutes(20), "c3"));
        await store.AddTurnAsync(Turn("before", Noon.AddMilliseconds(-1), "c0"));

        var read = await store.ReadTurnsAsync(Noon, Noon.AddMinutes(20));

        Assert.Equal(["start", "late"], read.Select(t => t.Id));
    }

    [Fact]
    public async Task Records_older_than_the_retention_are_dropped_on_write()
    {
        var store = Create(TimeSpan.FromDays(2));
        await store.AddTurnAsync(Turn("old", Noon, "c1"));
        await store.AddEventAsync(new ConversationEvent("old-event", Noon, "c1", ConversationEventKind.Queued));

        Time.Advance(TimeSpan.FromDays(3));
        await store.AddTurnAsync(Turn("new", Time.Now, "c2"));
        await store.AddEventAsync(new ConversationEvent("new-event", Time.Now, "c2", ConversationEventKind.Queued));

        Assert.Equal(["new"], (await store.ReadTurnsAsync(Noon.AddDays(-1), Time.Now.AddDays(1))).Select(t => t.Id));
        Assert.Equal(["new-event"], (await store.ReadEventsAsync(Noon.AddDays(-1), Time.Now.AddDays(1))).Select(e => e.Id));
    }

    [Fact]
    public async Task Turns_added_at_once_from_many_turns_are_all_kept_even_at_the_same_instant()
    {
        var store = Create(TimeSpan.FromDays(30));

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => store.AddTurnAsync(Turn("t" + i, Noon.AddSeconds(i % 3), "c" + i))));

        var read = await store.ReadTurnsAsync(Noon, Noon.AddMinutes(1));
        Assert.Equal(200, read.Select(t => t.Id).Distinct().Count());
        Assert.True(read.Zip(read.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [Fact]
    public async Task The_review_index_lists_only_conversations_with_a_line_to_review_and_reads_their_turns()
    {
        var store = Create(TimeSpan.FromDays(30));
        await store.AddTurnAsync(Turn("a1", Noon, "answered"));
        await store.AddTurnAsync(Turn("c1", Noon.AddSeconds(1), "clarified") with { Text = "阿巴阿巴", Decision = "clarify", Outcome = "clarifying" });
        await store.AddTurnAsync(Turn("c2", Noon.AddSeconds(2), "clarified"));
        await store.AddTurnAsync(Turn("k1", Noon.AddSeconds(3), "corrected") with { Text = "查一下物流" });
        await store.AddTurnAsync(Turn("k2", Noon.AddSeconds(4), "corrected") with { Text = "不是 我说的是开发票" });
        await store.AddTurnAsync(Turn("h1", Noon.AddSeconds(5), "unsure") with { HandoffTrigger = "low_confidence_after_clarification" });
        await store.AddTurnAsync(Turn("a2", Noon.AddSeconds(6), "answered"));

        var conversations = await store.ReadReviewConversationsAsync(Noon, Noon.AddMinutes(1));

        Assert.Equal(["clarified", "corrected", "unsure"], conversations.Order(StringComparer.Ordinal));
        Assert.Empty(await store.ReadReviewConversationsAsync(Noon.AddSeconds(6), Noon.AddMinutes(1)));
        Assert.Equal(["c1", "c2"], (await store.ReadConversationAsync("clarified")).Select(t => t.Id));
        Assert.Equal(["k1", "k2"], (await store.ReadConversationAsync("corrected")).Select(t => t.Id));
        Assert.Equal(["a1", "a2"], (await store.ReadConversationAsync("answered")).Select(t => t.Id));
    }

    [Fact]
    public async Task The_review_index_forgets_conversations_older_than_the_retention()
    {
        var store = Create(TimeSpan.FromDays(2));
        await store.AddTurnAsync(Turn("old", Noon, "c1") with { Outcome = "not_understood" });

        Time.Advance(TimeSpan.FromDays(3));
        await store.AddTurnAsync(Turn("new", Time.Now, "c2") with { Outcome = "not_understood" });

        Assert.Equal(["c2"], await store.ReadReviewConversationsAsync(Noon.AddDays(-40), Time.Now.AddDays(1)));
    }

    protected static BotTurnRecord Turn(string id, DateTimeOffset at, string conversationId) => new()
    {
        Id = id,
        At = at,
        ConversationId = conversationId,
        BuyerId = "momo_2019",
        Text = "四件套有问题",
        Intent = "quality_return",
        Confidence = 0.83f,
        Decision = "answer",
        Outcome = "answered",
    };
}
