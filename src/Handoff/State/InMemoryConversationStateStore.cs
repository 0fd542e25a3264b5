using System.Collections.Concurrent;
using ShopBot.Handoff.Retention;

namespace ShopBot.Handoff.State;

/// <summary>Conversation state in process memory: the default when no Redis is configured. Idle ones are evicted by the retention sweep.</summary>
public sealed class InMemoryConversationStateStore(IdleConversations? idle = null) : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, StoredState> _states = new(StringComparer.Ordinal);

    public Task<StoredState?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return Task.FromResult(_states.TryGetValue(conversationId, out var state) ? state : null);
    }

    public Task<long?> TrySaveAsync(string conversationId, string json, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        idle?.Touch(conversationId);
        var next = new StoredState(json, expectedVersion + 1);
        var saved = expectedVersion == 0
            ? _states.TryAdd(conversationId, next)
            : _states.TryGetValue(conversationId, out var current) && current.Version == expectedVersion
              && _states.TryUpdate(conversationId, next, current);
        return Task.FromResult<long?>(saved ? next.Version : null);
    }

    public bool Remove(string conversationId) => _states.TryRemove(conversationId, out _);

    public Task<bool> TryDeleteAsync(string conversationId, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var deleted = _states.TryGetValue(conversationId, out var current) && current.Version == expectedVersion
            && _states.TryRemove(new KeyValuePair<string, StoredState>(conversationId, current));
        return Task.FromResult(deleted);
    }
}
