using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.History;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// The buyer history in Redis: a list of turn notes per conversation and a sorted set of each buyer's conversations
/// scored by their latest turn, both trimmed and given the transcript's TTL on every write, in one script.
/// </summary>
public sealed class RedisBuyerHistory(IConnectionMultiplexer redis, IOptions<HandoffOptions> options, IOptions<RetentionOptions>? retention = null) : IBuyerHistory
{
    private static readonly LuaScript Record = LuaScript.Prepare("""
        redis.call('RPUSH', @turns, @json)
        redis.call('LTRIM', @turns, @keepTurnsFrom, -1)
        redis.call('PEXPIRE', @turns, @ttl)
        redis.call('ZADD', @buyer, @at, @conversation)
        redis.call('ZREMRANGEBYRANK', @buyer, 0, @dropConversationsTo)
        redis.call('PEXPIRE', @buyer, @ttl)
        return 1
        """);

    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);
    private readonly long _ttl = (long)(retention?.Value ?? new RetentionOptions()).Transcript.TotalMilliseconds;

    public async Task RecordTurnAsync(string conversationId, string buyerId, TurnNote note, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(buyerId);
        ArgumentNullException.ThrowIfNull(note);
        await Record.EvaluateAsync(redis.GetDatabase(), new
        {
            turns = Turns(conversationId),
            buyer = Buyer(buyerId),
            json = JsonSerializer.Serialize(note, HistoryJsonContext.Default.TurnNote),
            keepTurnsFrom = -IBuyerHistory.TurnsKept,
            dropConversationsTo = -(IBuyerHistory.ConversationsKept + 1),
            ttl = _ttl,
            at = note.At.ToUnixTimeMilliseconds(),
            conversation = conversationId,
        }).ConfigureAwait(false);
    }

    public Task RecordRatingAsync(string conversationId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return redis.GetDatabase().StringSetAsync(Rating(conversationId), rating.ToString(CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(_ttl));
    }

    public Task<ConversationLog> ReadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return LogAsync(redis.GetDatabase(), conversationId);
    }

    public async Task<IReadOnlyList<ConversationLog>> ListAsync(string buyerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(buyerId);
        var db = redis.GetDatabase();
        var ids = await db.SortedSetRangeByRankAsync(Buyer(buyerId), 0, IBuyerHistory.ConversationsKept - 1, Order.Descending).ConfigureAwait(false);
        return await Task.WhenAll(ids.Select(id => LogAsync(db, id.ToString()))).ConfigureAwait(false);
    }

    private async Task<ConversationLog> LogAsync(IDatabase db, string conversationId)
    {
        var turns = db.ListRangeAsync(Turns(conversationId));
        var rating = db.StringGetAsync(Rating(conversationId));
        var notes = new List<TurnNote>();
        foreach (var value in await turns.ConfigureAwait(false))
        {
            try
            {
                if (JsonSerializer.Deserialize(value.ToString(), HistoryJsonContext.Default.TurnNote) is { } note)
                {
                    notes.Add(note);
                }
            }
            catch (JsonException)
            {
                // A note this version cannot read is left out; the rest of the history still shows.
            }
        }

        var stored = await rating.ConfigureAwait(false);
        return new ConversationLog(conversationId, notes, stored.HasValue && stored.TryParse(out int r) ? r : null);
    }

    private RedisKey Turns(string conversationId) => _keys.Root + "turns:" + conversationId;

    private RedisKey Rating(string conversationId) => _keys.Root + "rating:" + conversationId;

    private RedisKey Buyer(string buyerId) => _keys.Root + "buyer-conversations:" + buyerId;
}
