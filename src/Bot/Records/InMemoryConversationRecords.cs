using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Records;

/// <summary>
/// Records in this process, ordered by time; those older than the retention, and the oldest past
/// <see cref="RecordsOptions.MaxInMemory"/>, are dropped on write. Lost on restart.
/// </summary>
public sealed class InMemoryConversationRecords(IOptions<RecordsOptions> options, TimeProvider time) : IConversationRecords
{
    private readonly TimeLine<BotTurnRecord> _turns = new(t => t.At);
    private readonly TimeLine<ConversationEvent> _events = new(e => e.At);

    public Task AddTurnAsync(BotTurnRecord turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        _turns.Add(turn, time.GetUtcNow() - options.Value.Retention, options.Value.MaxInMemory);
        return Task.CompletedTask;
    }

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
}
