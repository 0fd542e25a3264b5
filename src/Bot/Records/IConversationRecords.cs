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

    /// <summary>Events from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    Task<IReadOnlyList<ConversationEvent>> ReadEventsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
