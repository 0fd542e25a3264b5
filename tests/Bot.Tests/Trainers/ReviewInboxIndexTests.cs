using Microsoft.Extensions.Options;
using ShopBot.Bot.Records;
using ShopBot.Bot.Trainers.Review;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>
/// The review inbox reads only the conversations the records index as having a line to review: the turns it reads do
/// not grow with the turns of other conversations.
/// </summary>
public sealed class ReviewInboxIndexTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_turns_the_inbox_reads_do_not_grow_with_the_turns_of_conversations_without_a_line_to_review()
    {
        var few = await ReadWithAsync(answeredConversations: 10);
        var many = await ReadWithAsync(answeredConversations: 2000);

        Assert.Equal(few.Items, many.Items);
        Assert.Equal(["我那个东西", "查一下物流"], many.Items);
        Assert.Equal(few.TurnsRead, many.TurnsRead);
        Assert.Equal(9, many.TurnsRead);
    }

    private static async Task<(List<string> Items, int TurnsRead)> ReadWithAsync(int answeredConversations)
    {
        var clock = new FixedTimeProvider(Noon);
        var options = Options.Create(new RecordsOptions());
        var records = new CountingRecords(new InMemoryConversationRecords(options, clock));
        for (var i = 0; i < answeredConversations; i++)
        {
            for (var turn = 0; turn < 3; turn++)
            {
                await records.AddTurnAsync(Turn($"a{i}-{turn}", Noon.AddDays(-5).AddSeconds(i * 3 + turn), $"answered-{i}", "我的快递到哪了", "answered"));
            }
        }

        await records.AddTurnAsync(Turn("v1", Noon.AddHours(-3), "vague-1", "你好", "answered"));
        await records.AddTurnAsync(Turn("v2", Noon.AddHours(-3).AddSeconds(1), "vague-1", "我那个东西", "not_understood"));
        await records.AddTurnAsync(Turn("v3", Noon.AddHours(-3).AddSeconds(2), "vague-1", "谢谢", "answered"));
        await records.AddTurnAsync(Turn("w1", Noon.AddHours(-2), "vague-2", "我那个东西", "not_understood"));
        await records.AddTurnAsync(Turn("w2", Noon.AddHours(-2).AddSeconds(1), "vague-2", "谢谢", "answered"));
        await records.AddTurnAsync(Turn("k1", Noon.AddHours(-1), "corrected", "在吗", "answered"));
        await records.AddTurnAsync(Turn("k2", Noon.AddHours(-1).AddSeconds(1), "corrected", "查一下物流", "answered"));
        await records.AddTurnAsync(Turn("k3", Noon.AddHours(-1).AddSeconds(2), "corrected", "不是 我说的是开发票", "answered"));
        await records.AddTurnAsync(Turn("k4", Noon.AddHours(-1).AddSeconds(3), "corrected", "好的", "answered"));
        var inbox = new ReviewInbox(records, new InMemoryReviewDecisions(options, clock), clock);

        var view = await inbox.ReadAsync();

        return ([.. view.Items.Select(i => i.Text)], records.TurnsRead);
    }

    private static BotTurnRecord Turn(string id, DateTimeOffset at, string conversationId, string text, string outcome) => new()
    {
        Id = id,
        At = at,
        ConversationId = conversationId,
        BuyerId = "momo_2019",
        Text = text,
        Intent = outcome == "answered" ? "track" : "other",
        Confidence = outcome == "answered" ? 0.9f : 0.3f,
        Decision = outcome == "answered" ? "answer" : "clarify",
        Outcome = outcome,
    };

    /// <summary>Counts the turns every read hands back.</summary>
    private sealed class CountingRecords(IConversationRecords inner) : IConversationRecords
    {
        public int TurnsRead { get; private set; }

        public Task AddTurnAsync(BotTurnRecord turn, CancellationToken cancellationToken = default) => inner.AddTurnAsync(turn, cancellationToken);

        public Task AddEventAsync(ConversationEvent conversationEvent, CancellationToken cancellationToken = default) => inner.AddEventAsync(conversationEvent, cancellationToken);

        public async Task<IReadOnlyList<BotTurnRecord>> ReadTurnsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadTurnsAsync(from, to, cancellationToken));

        public Task<IReadOnlyList<string>> ReadReviewConversationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
            inner.ReadReviewConversationsAsync(from, to, cancellationToken);

        public async Task<IReadOnlyList<BotTurnRecord>> ReadConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadConversationAsync(conversationId, cancellationToken));

        public Task<IReadOnlyList<ConversationEvent>> ReadEventsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
            inner.ReadEventsAsync(from, to, cancellationToken);

        private IReadOnlyList<BotTurnRecord> Count(IReadOnlyList<BotTurnRecord> turns)
        {
            TurnsRead += turns.Count;
            return turns;
        }
    }
}
