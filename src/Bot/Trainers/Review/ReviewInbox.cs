using System.Security.Cryptography;
using System.Text;
using ShopBot.Bot.Records;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Trainers.Review;

/// <summary>
/// The trainer's review inbox, read from the turn records of the last <see cref="Window"/>: buyer lines the bot
/// clarified, fell back on, handed over because it stayed unsure, or that the buyer corrected in the next line
/// ("不是…", "我说的是…"). Only conversations the records index as having such a line are read
/// (<see cref="IConversationRecords.ReadReviewConversationsAsync"/>), never the others' turns. Lines are grouped by
/// their normalised text (the id is a hash of it, the same on every host), most frequent first, then newest; decided
/// lines leave the inbox.
/// </summary>
public sealed class ReviewInbox(IConversationRecords records, IReviewDecisions decisions, TimeProvider time)
{
    public const int MaxItems = 200;

    /// <summary>Lines of the same conversation shown before and after the reviewed one.</summary>
    public const int ContextLines = 2;

    public static readonly TimeSpan Window = ReviewCandidates.Window;

    private static readonly Dictionary<string, string> ReasonNames = new(StringComparer.Ordinal)
    {
        ["clarified"] = "机器人先澄清",
        ["fallback"] = "机器人没听懂",
        ["low_confidence"] = "没把握转人工",
        ["corrected"] = "买家随后纠正",
    };

    public async Task<ReviewInboxView> ReadAsync(CancellationToken cancellationToken = default)
    {
        var decided = await decisions.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var items = await CollectAsync(cancellationToken).ConfigureAwait(false);
        var open = items.Where(i => !decided.ContainsKey(i.Id)).Take(MaxItems).ToList();
        return new ReviewInboxView(open, decided.Count);
    }

    /// <summary>The line with this id if the records hold it, decided or not.</summary>
    public async Task<ReviewItem?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await CollectAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    public static string IdOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private async Task<List<ReviewItem>> CollectAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var from = now - Window;
        var ids = await records.ReadReviewConversationsAsync(from, now.AddSeconds(1), cancellationToken).ConfigureAwait(false);
        var conversations = await Task.WhenAll(ids.Select(id => records.ReadConversationAsync(id, cancellationToken))).ConfigureAwait(false);
        var found = new List<(BotTurnRecord Turn, string Reason, IReadOnlyList<BotTurnRecord> Conversation, int Index)>();
        foreach (var conversation in conversations)
        {
            var lines = conversation.Where(t => t.At >= from).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var next = i + 1 < lines.Count ? lines[i + 1] : null;
                if (lines[i].Text.Length > 0 && ReasonOf(lines[i], next) is { } reason)
                {
                    found.Add((lines[i], reason, lines, i));
                }
            }
        }

        return [.. found
            .GroupBy(f => f.Turn.Text, StringComparer.Ordinal)
            .Select(group =>
            {
                var newest = group.MaxBy(f => f.Turn.At);
                return new ReviewItem(
                    IdOf(group.Key),
                    group.Key,
                    group.Count(),
                    newest.Turn.At,
                    [.. group.Select(f => f.Reason).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    [.. group.Select(f => f.Reason).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(r => ReasonNames[r])],
                    GuessOf(newest.Turn),
                    ContextOf(newest.Conversation, newest.Index));
            })
            .OrderByDescending(i => i.Count)
            .ThenByDescending(i => i.LastAt)];
    }

    private static string? ReasonOf(BotTurnRecord turn, BotTurnRecord? next)
    {
        if (turn.HandoffTrigger is "low_confidence_after_clarification" or "repeated_failures")
        {
            return "low_confidence";
        }

        if (turn.Outcome == "not_understood")
        {
            return "fallback";
        }

        if (next is not null && ReviewCandidates.IsCorrection(next.Text))
        {
            return "corrected";
        }

        return turn.Outcome == "clarifying" || turn.Decision == "clarify" ? "clarified" : null;
    }

    private static ReviewGuess GuessOf(BotTurnRecord turn) => new(
        turn.Intent,
        IntentNames.Of(turn.Intent),
        turn.Confidence,
        turn.RunnerUp,
        turn.RunnerUp is null ? null : IntentNames.Of(turn.RunnerUp),
        turn.RunnerUpConfidence,
        turn.Decision);

    private static List<ReviewContextLine> ContextOf(IReadOnlyList<BotTurnRecord> conversation, int index)
    {
        var from = Math.Max(0, index - ContextLines);
        var to = Math.Min(conversation.Count - 1, index + ContextLines);
        return [.. Enumerable.Range(from, to - from + 1).Select(i =>
            new ReviewContextLine(conversation[i].Text, conversation[i].Intent, IntentNames.Of(conversation[i].Intent), conversation[i].Outcome, i == index))];
    }
}
