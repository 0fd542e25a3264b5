using ShopBot.Bot.Records;
using ShopBot.Bot.Reports;
using static ShopBot.Bot.Records.ConversationEventKind;

namespace ShopBot.Bot.Tests.Reports;

/// <summary>
/// A scripted day (2026-11-20, Shanghai) of nine conversations, the figures of which are worked out by hand below:
/// c1 track then thanks, but b1 comes back about the same order at 15:00 (c7) → unresolved;
/// c2 ends on a clarifying question → unresolved; c3 asks for a person, agent-a waits 120 s, answers in 30 s,
/// closes after 480 s, rated 5 → handed off; c4 complaint, agent-b 600 s / 60 s / 1200 s, handed back, rated 3 →
/// handed off; c5 asks for a person and leaves the queue → abandoned; c6 fails three times, queued, never taken (46 h)
/// → abandoned; c7 b1's return, answered → resolved; c8 invoice, answered; b7 comes back next day about another order
/// → resolved; c11 flow needs a person but the queue is full → unresolved. c10 began the day before: not counted.
/// </summary>
public sealed class ReportBuilderTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset TwoDaysLater = Day.AddDays(2).AddHours(12);
    private readonly ReportBuilder _builder = new(new ReportsOptions());

    [Fact]
    public void The_scripted_day_adds_up_to_the_figures_worked_out_by_hand()
    {
        var summary = _builder.Build(new ReportRange(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)), Turns, Events, TwoDaysLater);

        Assert.Equal(9, summary.Conversations);
        Assert.Equal((2, 2, 2, 3, 0), (summary.ResolvedByBot, summary.HandedOff, summary.Abandoned, summary.Unresolved, summary.Open));
        Assert.Equal(0.2222, summary.BotResolutionRate);
        Assert.Equal(
            new Dictionary<string, int> { ["buyer_asked"] = 2, ["unclear_after_clarifying"] = 0, ["flow_needs_person"] = 1, ["complaint"] = 1, ["fallback"] = 1 },
            summary.HandoffReasons);
        Assert.Equal((4.0, 2), (summary.Csat.Average, summary.Csat.Count));
        Assert.Equal(13, summary.Turns);
        Assert.Equal(
            new Dictionary<string, int> { ["other"] = 5, ["human"] = 2, ["track"] = 2, ["complaint"] = 1, ["invoice"] = 1, ["quality_return"] = 1, ["thanks"] = 1 },
            summary.Intents);
        Assert.Equal(["other", "human", "track", "complaint", "invoice", "quality_return", "thanks"], summary.Intents.Keys);
        Assert.Equal("查物流", summary.IntentNames["track"]);
        Assert.Equal([("asdf", 4, "other"), ("qwer", 1, "other")], summary.Unanswered.Select(q => (q.Text, q.Count, q.Intent)));
        Assert.Equal((120.0, 600.0, 2), (summary.QueueWait.MedianSeconds, summary.QueueWait.P90Seconds, summary.QueueWait.Count));
        Assert.Equal(
            [("agent-a", 1, 30.0, 480.0, 5.0), ("agent-b", 1, 60.0, 1200.0, 3.0)],
            summary.Agents.Select(a => (a.AgentId, a.Chats, a.FirstResponse.MedianSeconds!.Value, a.Handling.MedianSeconds!.Value, a.Csat.Average!.Value)));
        var day = Assert.Single(summary.Days);
        Assert.Equal(("2026-11-20", 9, 2, 2, 2, 3, 0, 13), (day.Date, day.Conversations, day.ResolvedByBot, day.HandedOff, day.Abandoned, day.Unresolved, day.Open, day.Turns));
    }

    [Fact]
    public void Six_hours_after_the_day_most_conversations_are_still_open()
    {
        var evening = Day.AddHours(18);

        var summary = _builder.Build(new ReportRange(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)), Turns, Events.Where(e => e.At <= evening).ToList(), evening);

        // c2, c7, c8: within 24 h of their last turn; c6: queued for 4 h. c1 is unresolved already: its buyer came back.
        Assert.Equal((0, 2, 1, 2, 4), (summary.ResolvedByBot, summary.HandedOff, summary.Abandoned, summary.Unresolved, summary.Open));
        Assert.Equal(0.0, summary.BotResolutionRate);
    }

    [Fact]
    public void Each_day_of_a_range_has_its_own_figures()
    {
        var summary = _builder.Build(new ReportRange(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 21)), Turns, Events, TwoDaysLater);

        Assert.Equal(
            [("2026-11-19", 1, 2), ("2026-11-20", 9, 13), ("2026-11-21", 1, 1)],
            summary.Days.Select(d => (d.Date, d.Conversations, d.Turns)));
        Assert.Equal(11, summary.Conversations);
        Assert.Equal(summary.Conversations, summary.ResolvedByBot + summary.HandedOff + summary.Abandoned + summary.Unresolved + summary.Open);
    }

    [Theory]
    [InlineData(new double[] { 7 }, 7, 7)]
    [InlineData(new double[] { 40, 10, 30, 20 }, 20, 40)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 5, 9)]
    public void Median_and_p90_are_by_nearest_rank(double[] seconds, double median, double p90)
    {
        var figure = ReportBuilder.Duration(seconds.Select(TimeSpan.FromSeconds));

        Assert.Equal((median, p90, seconds.Length), (figure.MedianSeconds!.Value, figure.P90Seconds!.Value, figure.Count));
    }

    private static DateTimeOffset At(int hour, int minute, int second = 0, int day = 20) => new(2026, 11, day, hour, minute, second, TimeSpan.FromHours(8));

    private static BotTurnRecord T(string conversation, string buyer, DateTimeOffset at, string text, string intent, string outcome = "answered", string? trigger = null, string? order = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        At = at,
        ConversationId = conversation,
        BuyerId = buyer,
        Text = text,
        Intent = intent,
        Confidence = 0.9f,
        Decision = "answer",
        Outcome = outcome,
        HandoffTrigger = trigger,
        OrderNumber = order,
    };

    private static ConversationEvent E(string conversation, ConversationEventKind kind, DateTimeOffset at, string? agent = null, int? rating = null) =>
        new(Guid.NewGuid().ToString("N"), at, conversation, kind, agent, rating);

    private static readonly List<BotTurnRecord> Turns =
    [
        T("c10", "b8", At(23, 30, day: 19), "你好", "greeting"),
        T("c10", "b8", At(0, 10), "谢谢", "thanks"),
        T("c1", "b1", At(9, 0), "我的快递到哪了", "track", order: "O1"),
        T("c1", "b1", At(9, 1), "谢谢", "thanks"),
        T("c2", "b2", At(10, 0), "asdf", "other", "not_understood"),
        T("c2", "b2", At(10, 1), "qwer", "other", "clarifying"),
        T("c3", "b3", At(11, 0), "人工", "human", trigger: "buyer_asked"),
        T("c4", "b4", At(12, 0), "投诉你们", "complaint", trigger: "complaint"),
        T("c5", "b5", At(13, 0), "人工客服", "human", trigger: "buyer_asked"),
        T("c6", "b6", At(14, 0), "asdf", "other", "not_understood"),
        T("c6", "b6", At(14, 1), "asdf", "other", "not_understood"),
        T("c6", "b6", At(14, 2), "asdf", "other", "not_understood", trigger: "repeated_failures"),
        T("c7", "b1", At(15, 0), "还没到", "track", order: "O1"),
        T("c8", "b7", At(16, 0), "开发票", "invoice", order: "O7"),
        T("c11", "b9", At(17, 0), "杯子裂了要换", "quality_return", trigger: "flow_needs_person"),
        T("c9", "b7", At(10, 0, day: 21), "另一单开发票", "invoice", order: "O8"),
    ];

    private static readonly List<ConversationEvent> Events =
    [
        E("c3", Queued, At(11, 0)),
        E("c3", AgentJoined, At(11, 2), "agent-a"),
        E("c3", AgentReplied, At(11, 2, 30), "agent-a"),
        E("c3", AgentReplied, At(11, 5), "agent-a"),
        E("c3", Closed, At(11, 10), "agent-a"),
        E("c3", Rated, At(11, 11), rating: 5),
        E("c4", Queued, At(12, 0)),
        E("c4", AgentJoined, At(12, 10), "agent-b"),
        E("c4", AgentReplied, At(12, 11), "agent-b"),
        E("c4", HandedBack, At(12, 30), "agent-b"),
        E("c4", Rated, At(12, 31), rating: 3),
        E("c5", Queued, At(13, 0)),
        E("c5", LeftQueue, At(13, 5)),
        E("c6", Queued, At(14, 2)),
        E("c11", QueueFull, At(17, 0)),
    ];
}
