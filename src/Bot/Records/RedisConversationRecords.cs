using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Records;

/// <summary>
/// Records in two Redis sorted sets shared by every host, each member one record as JSON (its id keeps equal records
/// apart) scored by its time in Unix milliseconds. A write is one ZADD; at most once a minute per host and set it also
/// trims what is older than the retention, in the same transaction. Reads page through a time range. For the review
/// inbox, a turn is also added (pipelined, no extra round trip) to its conversation's sorted set, which expires
/// <see cref="ReviewCandidates.Window"/> after the conversation's last turn, and a turn to review scores its
/// conversation in the review index (trimmed to the window at most once a minute).
/// </summary>
public sealed class RedisConversationRecords(IConnectionMultiplexer redis, IOptions<HandoffOptions> handoff, IOptions<RecordsOptions> options, TimeProvider time)
    : IConversationRecords
{
    private const int PageSize = 5000;

    private static readonly long TrimEveryMilliseconds = (long)TimeSpan.FromMinutes(1).TotalMilliseconds;

    private const int MaxConversationTurns = 2000;

    private long _turnsTrimDue;
    private long _eventsTrimDue;
    private long _reviewTrimDue;

    private readonly RecordKeys _keys = new(handoff.Value.RedisKeyPrefix);

    private IDatabase Db => redis.GetDatabase();

    public Task AddTurnAsync(BotTurnRecord turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var db = Db;
        var conversation = _keys.Conversation(turn.ConversationId);
        var json = JsonSerializer.Serialize(turn, RecordsJsonContext.Default.BotTurnRecord);
        List<Task> writes =
        [
            AddAsync(_keys.Turns, json, turn.At, ref _turnsTrimDue),
            db.SortedSetAddAsync(conversation, json, turn.At.ToUnixTimeMilliseconds()),
            db.KeyExpireAsync(conversation, ReviewCandidates.KeptFor(options.Value)),
        ];
        if (ReviewCandidates.Marks(turn))
        {
            writes.Add(db.SortedSetAddAsync(_keys.ReviewConversations, turn.ConversationId, turn.At.ToUnixTimeMilliseconds(), SortedSetWhen.GreaterThan));
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var due = Volatile.Read(ref _reviewTrimDue);
        if (now >= due && Interlocked.CompareExchange(ref _reviewTrimDue, now + TrimEveryMilliseconds, due) == due)
        {
            writes.Add(db.SortedSetRemoveRangeByScoreAsync(_keys.ReviewConversations, double.NegativeInfinity, now - (long)ReviewCandidates.KeptFor(options.Value).TotalMilliseconds, Exclude.Stop));
        }

        return Task.WhenAll(writes);
    }

    public async Task<IReadOnlyList<string>> ReadReviewConversationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var ids = await Db.SortedSetRangeByScoreAsync(_keys.ReviewConversations, from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), Exclude.Stop).ConfigureAwait(false);
        return [.. ids.Select(id => (string)id!)];
    }

    public async Task<IReadOnlyList<BotTurnRecord>> ReadConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var turns = await Db.SortedSetRangeByRankAsync(_keys.Conversation(conversationId), -MaxConversationTurns, -1).ConfigureAwait(false);
        return [.. turns.Select(t => JsonSerializer.Deserialize((string)t!, RecordsJsonContext.Default.BotTurnRecord)!)];
    }

    public Task AddEventAsync(ConversationEvent conversationEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationEvent);
        return AddAsync(_keys.Events, JsonSerializer.Serialize(conversationEvent, RecordsJsonContext.Default.ConversationEvent), conversationEvent.At, ref _eventsTrimDue);
    }

    public Task<IReadOnlyList<BotTurnRecord>> ReadTurnsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync(_keys.Turns, from, to, RecordsJsonContext.Default.BotTurnRecord, cancellationToken);

    public Task<IReadOnlyList<ConversationEvent>> ReadEventsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync(_keys.Events, from, to, RecordsJsonContext.Default.ConversationEvent, cancellationToken);

    private Task AddAsync(RedisKey key, string json, DateTimeOffset at, ref long trimDue)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var due = Volatile.Read(ref trimDue);
        if (now < due || Interlocked.CompareExchange(ref trimDue, now + TrimEveryMilliseconds, due) != due)
        {
            return Db.SortedSetAddAsync(key, json, at.ToUnixTimeMilliseconds());
        }

        return AddAndTrimAsync(key, json, at, now - (long)options.Value.Retention.TotalMilliseconds);
    }

    private async Task AddAndTrimAsync(RedisKey key, string json, DateTimeOffset at, long keepFrom)
    {
        var transaction = Db.CreateTransaction();
        var added = transaction.SortedSetAddAsync(key, json, at.ToUnixTimeMilliseconds());
        var trimmed = transaction.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, keepFrom, Exclude.Stop);
        await transaction.ExecuteAsync().ConfigureAwait(false);
        await Task.WhenAll(added, trimmed).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(RedisKey key, DateTimeOffset from, DateTimeOffset to, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        for (long skip = 0; ; skip += PageSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await Db.SortedSetRangeByScoreAsync(key, from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), Exclude.Stop, Order.Ascending, skip, PageSize).ConfigureAwait(false);
            found.AddRange(page.Where(m => m.HasValue).Select(m => JsonSerializer.Deserialize((string)m!, type)!));
            if (page.Length < PageSize)
            {
                return found;
            }
        }
    }
}
