namespace ShopBot.Handoff.State;

/// <summary>
/// Per-conversation dialog state as JSON, with optimistic concurrency: every save names the version it read, and a
/// save over a newer version fails instead of silently overwriting another instance's change.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>The stored state, or null when none was saved.</summary>
    Task<StoredState?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves when the stored version equals <paramref name="expectedVersion"/> (0 when nothing is stored yet) and
    /// returns the new version; returns null on a conflict, leaving the stored state as it was.
    /// </summary>
    Task<long?> TrySaveAsync(string conversationId, string json, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes the state when its version is <paramref name="expectedVersion"/>; false on a conflict or when nothing is stored.</summary>
    Task<bool> TryDeleteAsync(string conversationId, long expectedVersion, CancellationToken cancellationToken = default);
}
