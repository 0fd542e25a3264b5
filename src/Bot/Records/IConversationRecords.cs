namespace ShopBot.Bot.Records;

/// <summary>
/// Turn records and handoff events of every conversation, kept for <see cref="RecordsOptions.Retention"/> and read by
/// time range. In memory by default, in Redis (shared by every host) when <c>ConnectionStrings:Redis</c> is set; both
/// pass <c>ConversationRecordsContract</c>.
/// </summary>
public interface IConversationRecords
{
    Task AddTurnAsync(BotTurnRecord turn, CancellationToken cancellationToken = default);

    Task AddEventAsync(ConversationEvent conversationEvent, CancellationToken cancellationToken = default);

    /// <summary>Turns from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    Task<IReadOnlyList<BotTurnRecord>> ReadTurnsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Conversations with a turn for the review inbox (<see cref="ReviewCandidates.Marks"/>) whose latest such turn
    /// falls from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive): an index written with the
    /// turns, so finding them reads no other turn.
    /// </summary>
    Task<IReadOnlyList<string>> ReadReviewConversationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>The turns of one conversation, oldest first, as kept for the review inbox (its last <see cref="ReviewCandidates.Window"/> at least).</summary>
    Task<IReadOnlyList<BotTurnRecord>> ReadConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Events from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    Task<IReadOnlyList<ConversationEvent>> ReadEventsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
