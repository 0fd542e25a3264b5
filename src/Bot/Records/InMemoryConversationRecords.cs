using System.Runtime.InteropServices;
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
    /// <remarks>
    /// Past the cap every write drops the oldest item. Dropped items are cleared in place and the live ones start at
    /// <c>_start</c>; the list is compacted once the dropped slots are as many as the live ones, so a full time line
    /// does not copy all its items on every write.
    /// </remarks>
    private sealed class TimeLine<T>(Func<T, DateTimeOffset> timeOf)
    {
        private readonly List<T> _items = [];
        private readonly Lock _lock = new();
        private int _start;

        public void Add(T item, DateTimeOffset keepFrom, int max)
        {
            lock (_lock)
            {
                _items.Insert(FirstAfter(timeOf(item)), item);
                var drop = Math.Max(FirstAtOrAfter(keepFrom), _items.Count - max);
                if (drop > _start)
                {
                    CollectionsMarshal.AsSpan(_items)[_start..drop].Clear();
                    _start = drop;
                }

                if (_start > 0 && _start >= _items.Count - _start)
                {
                    _items.RemoveRange(0, _start);
                    _start = 0;
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
            int low = _start, high = _items.Count;
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
            int low = _start, high = _items.Count;
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
    /// Conversations are also kept ordered by their last turn, so finding the oldest is no sort of them all (past the
    /// limit that happens on every write).
    /// </summary>
    private sealed class ReviewIndex
    {
        private readonly Dictionary<string, List<BotTurnRecord>> _conversations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _marked = new(StringComparer.Ordinal);
        private readonly SortedSet<(DateTimeOffset Last, string Id)> _byLast = new(Comparer<(DateTimeOffset Last, string Id)>.Create(
            static (a, b) => a.Last != b.Last ? a.Last.CompareTo(b.Last) : string.CompareOrdinal(a.Id, b.Id)));
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
                else if (turns[^1].At <= turn.At)
                {
                    _byLast.Remove((turns[^1].At, turn.ConversationId));
                }

                var at = turns.Count;
                while (at > 0 && turns[at - 1].At > turn.At)
                {
                    at--;
                }

                turns.Insert(at, turn);
                _byLast.Add((turns[^1].At, turn.ConversationId));
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
            while (_byLast.Count > 0)
            {
                var (last, id) = _byLast.Min;
                if (last >= keepFrom && _count <= max)
                {
                    return;
                }

                _byLast.Remove((last, id));
                _count -= _conversations[id].Count;
                _conversations.Remove(id);
                _marked.Remove(id);
            }
        }
    }
}
