using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Records;

/// <summary>
/// Records in this process, ordered by time; those older than the retention, and the oldest past
/// <see cref="RecordsOptions.MaxInMemory"/>, are dropped on write. The review index keeps each conversation's turns
/// for <see cref="ReviewCandidates.Window"/> and the conversations that have a turn to review. Lost on restart.
/// </summary>
public sealed class InMemoryConversationRecords(IOptions<RecordsOptions> options, TimeProvider time) : IConversationRecords
{
    private readonly TimeLine<BotTurnRecord> _turns = new(t => t.At);
    private readonly TimeLine<ConversationEvent> _events = new(e => e.At);
    private readonly ReviewIndex _review = new();

    public Task AddTurnAsync(BotTurnRecord turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var now = time.GetUtcNow();
        _turns.Add(turn, now - options.Value.Retention, options.Value.MaxInMemory);
        _review.Add(turn, now - ReviewCandidates.KeptFor(options.Value), options.Value.MaxInMemory);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ReadReviewConversationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult(_review.Conversations(from, to));

    public Task<IReadOnlyList<BotTurnRecord>> ReadConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_review.Turns(conversationId));

    public Task AddEventAsync(ConversationEvent conversationEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationEvent);
        _events.Add(conversationEvent, time.GetUtcNow() - options.Value.Retention, options.Value.MaxInMemory);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<BotTurnRecord>> ReadTurnsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult(_turns.Read(from, to));

    public Task<IReadOnlyList<ConversationEvent>> ReadEventsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult(_events.Read(from, to));

    /// <summary>Items kept in time order (equal times in arrival order) behind one lock.</summary>
    private sealed class TimeLine<T>(Func<T, DateTimeOffset> timeOf)
    {
        private readonly List<T> _items = [];
        private readonly Lock _lock = new();

        public void Add(T item, DateTimeOffset keepFrom, int max)
        {
            lock (_lock)
            {
                _items.Insert(FirstAfter(timeOf(item)), item);
                var drop = Math.Max(FirstAtOrAfter(keepFrom), _items.Count - max);
                if (drop > 0)
                {
                    _items.RemoveRange(0, drop);
                }
            }
        }

        public IReadOnlyList<T> Read(DateTimeOffset from, DateTimeOffset to)
        {
            lock (_lock)
            {
                var start = FirstAtOrAfter(from);
                var end = FirstAtOrAfter(to);
                return end > start ? _items.GetRange(start, end - start) : [];
            }
        }

        /// <summary>The index of the first item at or after <paramref name="at"/>.</summary>
        private int FirstAtOrAfter(DateTimeOffset at)
        {
            int low = 0, high = _items.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (timeOf(_items[mid]) < at)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        /// <summary>The index of the first item after <paramref name="at"/>.</summary>
        private int FirstAfter(DateTimeOffset at)
        {
            int low = 0, high = _items.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (timeOf(_items[mid]) <= at)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }

    /// <summary>
    /// Each conversation's turns, and when each conversation last had a turn to review, behind one lock. Conversations
    /// whose last turn is older than the window leave once a minute; past the count limit, the oldest leave first.
    /// </summary>
    private sealed class ReviewIndex
    {
        private readonly Dictionary<string, List<BotTurnRecord>> _conversations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _marked = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();
        private DateTimeOffset _trimDue = DateTimeOffset.MinValue;
        private int _count;

        public void Add(BotTurnRecord turn, DateTimeOffset keepFrom, int max)
        {
            lock (_lock)
            {
                if (!_conversations.TryGetValue(turn.ConversationId, out var turns))
                {
                    _conversations[turn.ConversationId] = turns = [];
                }

                var at = turns.FindLastIndex(t => t.At <= turn.At) + 1;
                turns.Insert(at, turn);
                _count++;
                if (ReviewCandidates.Marks(turn) && (!_marked.TryGetValue(turn.ConversationId, out var marked) || marked < turn.At))
                {
                    _marked[turn.ConversationId] = turn.At;
                }

                if (keepFrom >= _trimDue || _count > max)
                {
                    _trimDue = keepFrom + TimeSpan.FromMinutes(1);
                    Trim(keepFrom, max);
                }
            }
        }

        public IReadOnlyList<string> Conversations(DateTimeOffset from, DateTimeOffset to)
        {
            lock (_lock)
            {
                return [.. _marked.Where(m => m.Value >= from && m.Value < to).OrderBy(m => m.Value).Select(m => m.Key)];
            }
        }

        public IReadOnlyList<BotTurnRecord> Turns(string conversationId)
        {
            lock (_lock)
            {
                return _conversations.TryGetValue(conversationId, out var turns) ? [.. turns] : [];
            }
        }

        private void Trim(DateTimeOffset keepFrom, int max)
        {
            var byLast = _conversations.Select(c => (Id: c.Key, Last: c.Value[^1].At, c.Value.Count)).OrderBy(c => c.Last).ToList();
            foreach (var (id, last, count) in byLast)
            {
                if (last >= keepFrom && _count <= max)
                {
                    return;
                }

                _conversations.Remove(id);
                _marked.Remove(id);
                _count -= count;
            }
        }
    }
}
