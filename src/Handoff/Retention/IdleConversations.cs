using System.Collections.Concurrent;

namespace ShopBot.Handoff.Retention;

/// <summary>When each in-memory conversation was last written to, so idle ones can be evicted.</summary>
public sealed class IdleConversations(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastWrite = new(StringComparer.Ordinal);

    public void Touch(string conversationId) => _lastWrite[conversationId] = time.GetUtcNow();

    /// <summary>Conversations last written before <paramref name="cutoff"/>.</summary>
    public IReadOnlyList<string> IdleSince(DateTimeOffset cutoff) =>
        [.. _lastWrite.Where(pair => pair.Value < cutoff).Select(pair => pair.Key)];

    /// <summary>Forgets the conversation unless it was written to again after <paramref name="cutoff"/>.</summary>
    public bool Forget(string conversationId, DateTimeOffset cutoff) =>
        _lastWrite.TryGetValue(conversationId, out var last) && last < cutoff
        && _lastWrite.TryRemove(new KeyValuePair<string, DateTimeOffset>(conversationId, last));
}
