namespace ShopBot.Handoff.Desk;

/// <summary>Internal notes on conversations, kept apart from the transcript so nothing that shows the buyer their chat can reach them.</summary>
public interface INoteStore
{
    /// <summary>Adds a note; the oldest are dropped past <paramref name="kept"/>.</summary>
    Task AddAsync(string conversationId, ConversationNote note, int kept, CancellationToken cancellationToken = default);

    /// <summary>The notes of a conversation, oldest first.</summary>
    Task<IReadOnlyList<ConversationNote>> ListAsync(string conversationId, CancellationToken cancellationToken = default);
}
