using System.Globalization;
using ShopBot.Bot.Records;
using ShopBot.Bot.Reports.Contracts;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Reports;

/// <summary>
/// Computes the summary from turn records and handoff events, with no I/O: the conversations that started in the range
/// (Shanghai dates), each with its outcome (see the README for the definitions), the reasons, ratings, intents,
/// unanswered lines, queue waits and the agents' figures.
/// </summary>
public sealed class ReportBuilder(ReportsOptions options)
{
    private const int UnansweredShown = 20;

    /// <param name="turns">Turns from a resolution window before the range to a resolution window after it.</param>
    /// <param name="events">Events from a resolution window before the range up to now.</param>
    public ReportSummary Build(ReportRange range, IReadOnlyList<BotTurnRecord> turns, IReadOnlyList<ConversationEvent> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(events);
        var byConversation = turns.GroupBy(t => t.ConversationId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(t => t.At).ToList())
            .ToList();
        var eventsOf = events.GroupBy(e => e.ConversationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ToList(), StringComparer.Ordinal);
        var starts = byConversation.GroupBy(c => c[0].BuyerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c[0]).ToList(), StringComparer.Ordinal);
        var inRange = byConversation
            .Where(c => range.Contains(ShanghaiTime.DateOf(c[0].At)))
            .Select(c => Judge(c, eventsOf.GetValueOrDefault(c[0].ConversationId) ?? [], starts[c[0].BuyerId], now))
            .ToList();
        var rangeTurns = inRange.SelectMany(c => c.Turns).ToList();
        var ratings = inRange.Where(c => c.Rating is not null).Select(c => c.Rating!.Value).ToList();
        var known = inRange.Count(c => c.Outcome != ConversationOutcome.Open);
        var resolved = Count(inRange, ConversationOutcome.ResolvedByBot);
        return new ReportSummary
        {
            From = range.FromText,
            To = range.ToText,
            GeneratedAt = now,
            Conversations = inRange.Count,
            ResolvedByBot = resolved,
            HandedOff = Count(inRange, ConversationOutcome.HandedOff),
            Abandoned = Count(inRange, ConversationOutcome.Abandoned),
            Unresolved = Count(inRange, ConversationOutcome.Unresolved),
            Open = Count(inRange, ConversationOutcome.Open),
            BotResolutionRate = known == 0 ? null : Math.Round((double)resolved / known, 4),
            HandoffReasons = HandoffReasons.All.ToDictionary(r => r, r => inRange.Count(c => c.HandoffReason == r), StringComparer.Ordinal),
            Csat = Csat(ratings),
            Turns = rangeTurns.Count,
            Intents = rangeTurns.GroupBy(t => t.Intent, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            IntentNames = rangeTurns.Select(t => t.Intent).Distinct(StringComparer.Ordinal)
                .ToDictionary(i => i, Knowledge.Intents.IntentNames.Of, StringComparer.Ordinal),
            Unanswered = [.. rangeTurns.Where(NotAnswered)
                .GroupBy(t => t.Text, StringComparer.Ordinal)
                .Select(g => new UnansweredQuestion(g.Key, g.Count(), g.GroupBy(t => t.Intent, StringComparer.Ordinal).OrderByDescending(i => i.Count()).First().Key))
                .OrderByDescending(q => q.Count).ThenBy(q => q.Text, StringComparer.Ordinal)
                .Take(UnansweredShown)],
            QueueWait = Duration(inRange.Where(c => c.QueueWait is not null).Select(c => c.QueueWait!.Value)),
            Agents = Agents(inRange),
            Days = [.. range.Days().Select(day => Day(day, inRange.Where(c => ShanghaiTime.DateOf(c.Turns[0].At) == day).ToList()))],
        };
    }

    /// <summary>The bot could not use the line: it asked again, asked which of two things, or gave up on it.</summary>
    private static bool NotAnswered(BotTurnRecord turn) =>
        turn.Outcome != "answered" || turn.HandoffTrigger is "low_confidence_after_clarification" or "repeated_failures";

    private JudgedConversation Judge(List<BotTurnRecord> turns, List<ConversationEvent> events, List<BotTurnRecord> buyerStarts, DateTimeOffset now)
    {
        var handoff = turns.FirstOrDefault(t => t.HandoffTrigger is not null);
        var queued = events.FirstOrDefault(e => e.Kind == ConversationEventKind.Queued);
        var joined = events.FirstOrDefault(e => e.Kind == ConversationEventKind.AgentJoined);
        var rating = events.LastOrDefault(e => e.Kind == ConversationEventKind.Rated)?.Rating;
        var ender = events.LastOrDefault(e => e.Kind is ConversationEventKind.Closed or ConversationEventKind.HandedBack)?.AgentId;
        var outcome = (handoff, joined, queued) switch
        {
            (_, not null, _) => ConversationOutcome.HandedOff,
            (not null, null, _) when events.Any(e => e.Kind == ConversationEventKind.LeftQueue) => ConversationOutcome.Abandoned,
            (not null, null, not null) => now - queued.At >= options.AbandonAfter ? ConversationOutcome.Abandoned : ConversationOutcome.Open,
            (not null, null, null) => ConversationOutcome.Unresolved,
            _ => WithBot(turns, buyerStarts, now),
        };
        TimeSpan? wait = joined is not null && queued is not null && queued.At <= joined.At ? joined.At - queued.At : null;
        return new JudgedConversation(turns, events, outcome, handoff?.HandoffTrigger is { } trigger ? HandoffReasons.Of(trigger) : null, rating, ender, wait);
    }

    /// <summary>
    /// A conversation the bot kept to the end: unresolved once the buyer came back within the resolution window about the
    /// same order (or either conversation names no order); open within the window after its last turn; unresolved when
    /// it ended on a line the bot could not use; else resolved by the bot.
    /// </summary>
    private ConversationOutcome WithBot(List<BotTurnRecord> turns, List<BotTurnRecord> buyerStarts, DateTimeOffset now)
    {
        var last = turns[^1];
        var order = turns.LastOrDefault(t => t.OrderNumber is not null)?.OrderNumber;
        var cameBack = buyerStarts.Any(start =>
            start.ConversationId != last.ConversationId
            && start.At > last.At
            && start.At - last.At <= options.ResolutionWindow
            && (order is null || start.OrderNumber is null || start.OrderNumber == order));
        if (cameBack)
        {
            return ConversationOutcome.Unresolved;
        }

        if (now - last.At < options.ResolutionWindow)
        {
            return ConversationOutcome.Open;
        }

        return last.Outcome == "answered" ? ConversationOutcome.ResolvedByBot : ConversationOutcome.Unresolved;
    }

    private static List<AgentFigures> Agents(List<JudgedConversation> conversations)
    {
        var chats = new Dictionary<string, AgentTally>(StringComparer.Ordinal);
        foreach (var conversation in conversations)
        {
            var events = conversation.Events;
            foreach (var join in events.Where(e => e.Kind == ConversationEventKind.AgentJoined && e.AgentId is not null).DistinctBy(e => e.AgentId))
            {
                var agent = join.AgentId!;
                var tally = chats.TryGetValue(agent, out var found) ? found : chats[agent] = new AgentTally();
                tally.Chats++;
                var after = events.Where(e => e.At >= join.At).ToList();
                if (after.FirstOrDefault(e => e.Kind == ConversationEventKind.AgentReplied && e.AgentId == agent) is { } reply)
                {
                    tally.FirstResponses.Add(reply.At - join.At);
                }

                if (after.FirstOrDefault(e => e.Kind == ConversationEventKind.AgentLeft
                        || (e.Kind is ConversationEventKind.Closed or ConversationEventKind.HandedBack && e.AgentId == agent)) is { } end)
                {
                    tally.Handling.Add(end.At - join.At);
                }
            }

            if (conversation.Ender is { } ender && conversation.Rating is { } rating && chats.TryGetValue(ender, out var rated))
            {
                rated.Ratings.Add(rating);
            }
        }

        return [.. chats.OrderByDescending(p => p.Value.Chats).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new AgentFigures(p.Key, p.Key, p.Value.Chats, Duration(p.Value.FirstResponses), Duration(p.Value.Handling), Csat(p.Value.Ratings)))];
    }

    private static DayFigures Day(DateOnly day, List<JudgedConversation> conversations) => new(
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        conversations.Count,
        Count(conversations, ConversationOutcome.ResolvedByBot),
        Count(conversations, ConversationOutcome.HandedOff),
        Count(conversations, ConversationOutcome.Abandoned),
        Count(conversations, ConversationOutcome.Unresolved),
        Count(conversations, ConversationOutcome.Open),
        conversations.Sum(c => c.Turns.Count));

    private static int Count(List<JudgedConversation> conversations, ConversationOutcome outcome) => conversations.Count(c => c.Outcome == outcome);

    private static CsatFigure Csat(List<int> ratings) =>
        new(ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2), ratings.Count);

    /// <summary>Median and 90th percentile by nearest rank: the value at rank ⌈p·n⌉ of the sorted measurements.</summary>
    public static DurationFigure Duration(IEnumerable<TimeSpan> durations)
    {
        var seconds = durations.Select(d => d.TotalSeconds).Order().ToList();
        return seconds.Count == 0
            ? new DurationFigure(null, null, 0)
            : new DurationFigure(NearestRank(seconds, 0.5), NearestRank(seconds, 0.9), seconds.Count);
    }

    private static double NearestRank(List<double> sorted, double p) =>
        Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);

    private sealed record JudgedConversation(
        List<BotTurnRecord> Turns,
        List<ConversationEvent> Events,
        ConversationOutcome Outcome,
        string? HandoffReason,
        int? Rating,
        string? Ender,
        TimeSpan? QueueWait);

    private sealed class AgentTally
    {
        public int Chats { get; set; }

        public List<TimeSpan> FirstResponses { get; } = [];

        public List<TimeSpan> Handling { get; } = [];

        public List<int> Ratings { get; } = [];
    }
}
