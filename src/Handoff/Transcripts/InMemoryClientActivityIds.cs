using System.Collections.Concurrent;

namespace ShopBot.Handoff.Transcripts;

/// <summary>Client activity ids in process memory: the default when no Redis is configured.</summary>
public sealed class InMemoryClientActivityIds : IClientActivityIds
{
    private readonly ConcurrentDictionary<string, Seen> _conversations = new(StringComparer.Ordinal);

    public Task<string> RecordAsync(string conversationId, string clientActivityId, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(clientActivityId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var seen = _conversations.GetOrAdd(conversationId, _ => new Seen());
        lock (seen)
        {
            if (seen.Ids.TryGetValue(clientActivityId, out var first))
            {
                return Task.FromResult(first);
            }

            seen.Ids[clientActivityId] = activityId;
            seen.Order.Enqueue(clientActivityId);
            if (seen.Order.Count > IClientActivityIds.Kept)
            {
                seen.Ids.Remove(seen.Order.Dequeue());
            }

            return Task.FromResult(activityId);
        }
    }

    private sealed class Seen
    {
        public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

        public Queue<string> Order { get; } = new();
    }
}
