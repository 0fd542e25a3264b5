namespace ShopBot.Handoff.History;

/// <summary>
/// The buyer's earlier conversations, for the agent: the turn notes of each conversation and its rating, and the
/// conversations of each buyer, newest first. Bounded: <see cref="ConversationsKept"/> per buyer,
/// <see cref="TurnsKept"/> per conversation.
/// </summary>
public interface IBuyerHistory
{
    public const int ConversationsKept = 20;

    public const int TurnsKept = 100;

    Task RecordTurnAsync(string conversationId, string buyerId, TurnNote note, CancellationToken cancellationToken = default);

    Task RecordRatingAsync(string conversationId, int rating, CancellationToken cancellationToken = default);

    /// <summary>The conversation's log; empty when nothing was recorded.</summary>
    Task<ConversationLog> ReadAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The buyer's conversations, the one with the latest turn first.</summary>
    Task<IReadOnlyList<ConversationLog>> ListAsync(string buyerId, CancellationToken cancellationToken = default);
}
