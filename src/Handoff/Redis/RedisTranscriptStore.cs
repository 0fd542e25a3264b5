using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Transcripts;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// Transcripts as Redis lists: RPUSH returns the new length, so every append gets its own index atomically. Each append
/// also renews the list's TTL (<see cref="RetentionOptions.Transcript"/>), so a conversation expires that long after its last message.
/// The client activity ids of <see cref="AppendOnceAsync"/> are a hash from client id to activity id and a list of client
/// ids in arrival order, written with the transcript in one script and trimmed there, expiring with the transcript.
/// </summary>
public sealed class RedisTranscriptStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options, IOptions<RetentionOptions>? retention = null) : ITranscriptStore
{
    private static readonly LuaScript Append = LuaScript.Prepare("""
        local length = redis.call('RPUSH', @transcript, @json)
        redis.call('PEXPIRE', @transcript, @ttl)
        return length
        """);

    private static readonly LuaScript AppendOnce = LuaScript.Prepare("""
        local first = redis.call('HGET', @ids, @client)
        if first then return first end
        redis.call('RPUSH', @transcript, @json)
        redis.call('HSET', @ids, @client, @activity)
        redis.call('RPUSH', @order, @client)
        if redis.call('LLEN', @order) > tonumber(@kept) then
          redis.call('HDEL', @ids, redis.call('LPOP', @order))
        end
        redis.call('PEXPIRE', @transcript, @ttl)
        redis.call('PEXPIRE', @ids, @ttl)
        redis.call('PEXPIRE', @order, @ttl)
        return @activity
        """);

    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);
    private readonly long _ttl = (long)(retention?.Value ?? new RetentionOptions()).Transcript.TotalMilliseconds;

    public async Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activityJson);
        var length = (long)await Append.EvaluateAsync(redis.GetDatabase(), new { transcript = _keys.Transcript(conversationId), json = activityJson, ttl = _ttl }).ConfigureAwait(false);
        return length - 1;
    }

    public async Task<string> AppendOnceAsync(string conversationId, string clientActivityId, string activityId, string activityJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(clientActivityId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activityJson);
        var first = await AppendOnce.EvaluateAsync(redis.GetDatabase(), new
        {
            transcript = _keys.Transcript(conversationId),
            ids = _keys.ClientActivityIds(conversationId),
            order = _keys.ClientActivityOrder(conversationId),
            client = clientActivityId,
            activity = activityId,
            json = activityJson,
            kept = ITranscriptStore.ClientActivityIdsKept,
            ttl = _ttl,
        }).ConfigureAwait(false);
        return first.ToString();
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);

        // An empty list is no key in Redis, so EXISTS answers the same as reading the first entry, without sending it.
        return redis.GetDatabase().KeyExistsAsync(_keys.Transcript(conversationId));
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long fromIndex, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromIndex);
        if (max <= 0)
        {
            return [];
        }

        var values = await redis.GetDatabase().ListRangeAsync(_keys.Transcript(conversationId), fromIndex, fromIndex + max - 1).ConfigureAwait(false);
        return values.Select((v, i) => new TranscriptEntry(fromIndex + i, v.ToString())).ToList();
    }
}
