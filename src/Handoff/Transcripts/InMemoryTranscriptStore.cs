using System.Collections.Concurrent;
using ShopBot.Handoff.Retention;

namespace ShopBot.Handoff.Transcripts;

/// <summary>Transcripts in process memory: the default when no Redis is configured. Idle ones are evicted by the retention sweep.</summary>
public sealed class InMemoryTranscriptStore(IdleConversations? idle = null) : ITranscriptStore
{
    private static readonly Task<bool> Exists = Task.FromResult(true);
    private static readonly Task<bool> Missing = Task.FromResult(false);

    private readonly ConcurrentDictionary<string, Transcript> _conversations = new(StringComparer.Ordinal);

    public Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activityJson);
        var transcript = Touch(conversationId);
        lock (transcript)
        {
            transcript.Entries.Add(activityJson);
            return Task.FromResult((long)transcript.Entries.Count - 1);
        }
    }

    public Task<string> AppendOnceAsync(string conversationId, string clientActivityId, string activityId, string activityJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(clientActivityId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activityJson);
        var transcript = Touch(conversationId);
        lock (transcript)
        {
            if (transcript.ClientIds.TryGetValue(clientActivityId, out var first))
            {
                return Task.FromResult(first);
            }

            transcript.Entries.Add(activityJson);
            transcript.ClientIds[clientActivityId] = activityId;
            transcript.ClientIdOrder.Enqueue(clientActivityId);
            if (transcript.ClientIdOrder.Count > ITranscriptStore.ClientActivityIdsKept)
            {
                transcript.ClientIds.Remove(transcript.ClientIdOrder.Dequeue());
            }

            return Task.FromResult(activityId);
        }
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);

        // No lock: a count is read whole, and a list only grows; one added a moment ago without its first entry yet is
        // not a conversation.
        return _conversations.TryGetValue(conversationId, out var transcript) && transcript.Entries.Count > 0 ? Exists : Missing;
    }

    public bool Remove(string conversationId) => _conversations.TryRemove(conversationId, out _);

    public Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long fromIndex, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromIndex);
        if (!_conversations.TryGetValue(conversationId, out var transcript))
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);
        }

        lock (transcript)
        {
            // Read on every poll and stream wake-up: one array of the page's exact length, no enumerators.
            var entries = transcript.Entries;
            var count = fromIndex >= entries.Count ? 0 : (int)Math.Min(Math.Max(max, 0), entries.Count - fromIndex);
            var page = new TranscriptEntry[count];
            for (var i = 0; i < count; i++)
            {
                page[i] = new TranscriptEntry(fromIndex + i, entries[(int)fromIndex + i]);
            }

            return Task.FromResult<IReadOnlyList<TranscriptEntry>>(page);
        }
    }

    private Transcript Touch(string conversationId)
    {
        idle?.Touch(conversationId);
        return _conversations.GetOrAdd(conversationId, _ => new Transcript());
    }

    /// <summary>One conversation's entries and the client activity ids stored with them, guarded by locking the instance.</summary>
    private sealed class Transcript
    {
        public List<string> Entries { get; } = [];

        public Dictionary<string, string> ClientIds { get; } = new(StringComparer.Ordinal);

        public Queue<string> ClientIdOrder { get; } = new();
    }
}
