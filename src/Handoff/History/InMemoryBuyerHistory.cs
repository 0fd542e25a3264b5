namespace ShopBot.Handoff.History;

/// <summary>
/// The buyer history in process memory, the default with no Redis. It outlives the idle-conversation eviction (a buyer
/// who comes back tomorrow is still known) and is bounded instead: per buyer, per conversation, and
/// <see cref="MaxConversations"/> in all, the least recently active leaving first.
/// </summary>
public sealed class InMemoryBuyerHistory : IBuyerHistory
{
    public const int MaxConversations = 50_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _buyers = new(StringComparer.Ordinal);

    public Task RecordTurnAsync(string conversationId, string buyerId, TurnNote note, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(buyerId);
        ArgumentNullException.ThrowIfNull(note);
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var entry))
            {
                entry = new Entry(buyerId);
                _conversations[conversationId] = entry;
            }

            entry.Turns.Add(note);
            if (entry.Turns.Count > IBuyerHistory.TurnsKept)
            {
                entry.Turns.RemoveAt(0);
            }

            var list = Conversations(buyerId);
            list.Remove(conversationId);
            list.Add(conversationId);
            if (list.Count > IBuyerHistory.ConversationsKept)
            {
                _conversations.Remove(list[0]);
                list.RemoveAt(0);
            }

            if (_conversations.Count > MaxConversations)
            {
                Trim();
            }
        }

        return Task.CompletedTask;
    }

    public Task RecordRatingAsync(string conversationId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            if (_conversations.TryGetValue(conversationId, out var entry))
            {
                entry.Rating = rating;
            }
        }

        return Task.CompletedTask;
    }

    public Task<ConversationLog> ReadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            return Task.FromResult(Log(conversationId));
        }
    }

    public Task<IReadOnlyList<ConversationLog>> ListAsync(string buyerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(buyerId);
        lock (_lock)
        {
            IReadOnlyList<ConversationLog> logs = _buyers.TryGetValue(buyerId, out var list)
                ? [.. Enumerable.Reverse(list).Select(Log)]
                : [];
            return Task.FromResult(logs);
        }
    }

    private ConversationLog Log(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var entry)
            ? new ConversationLog(conversationId, [.. entry.Turns], entry.Rating)
            : new ConversationLog(conversationId, [], null);

    private List<string> Conversations(string buyerId)
    {
        if (!_buyers.TryGetValue(buyerId, out var list))
        {
            list = [];
            _buyers[buyerId] = list;
        }

        return list;
    }

    /// <summary>Drops the least recently active tenth, so trimming is rare.</summary>
    private void Trim()
    {
        var oldest = _conversations
            .OrderBy(pair => pair.Value.Turns.Count == 0 ? DateTimeOffset.MinValue : pair.Value.Turns[^1].At)
            .Take(MaxConversations / 10)
            .ToList();
        foreach (var (conversationId, entry) in oldest)
        {
            _conversations.Remove(conversationId);
            if (_buyers.TryGetValue(entry.BuyerId, out var list) && list.Remove(conversationId) && list.Count == 0)
            {
                _buyers.Remove(entry.BuyerId);
            }
        }
    }

    private sealed class Entry(string buyerId)
    {
        public string BuyerId { get; } = buyerId;

        public List<TurnNote> Turns { get; } = [];

        public int? Rating { get; set; }
    }
}
