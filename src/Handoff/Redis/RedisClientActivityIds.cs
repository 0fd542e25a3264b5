using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Transcripts;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// Client activity ids in Redis, so every host sharing the conversations sees a retry: a hash from client id to server
/// id and a list of client ids in arrival order, trimmed to <see cref="IClientActivityIds.Kept"/> in the same script.
/// Both keys expire with the conversation's transcript (<see cref="RetentionOptions.Transcript"/>), renewed on write.
/// </summary>
public sealed class RedisClientActivityIds(IConnectionMultiplexer redis, IOptions<HandoffOptions> options, IOptions<RetentionOptions>? retention = null) : IClientActivityIds
{
    private static readonly LuaScript Record = LuaScript.Prepare("""
        local first = redis.call('HGET', @ids, @client)
        if first then return first end
        redis.call('HSET', @ids, @client, @activity)
        redis.call('RPUSH', @order, @client)
        if redis.call('LLEN', @order) > tonumber(@kept) then
          redis.call('HDEL', @ids, redis.call('LPOP', @order))
        end
        redis.call('PEXPIRE', @ids, @ttl)
        redis.call('PEXPIRE', @order, @ttl)
        return @activity
        """);

    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);
    private readonly long _ttl = (long)(retention?.Value ?? new RetentionOptions()).Transcript.TotalMilliseconds;

    public async Task<string> RecordAsync(string conversationId, string clientActivityId, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(clientActivityId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var first = await redis.GetDatabase().ScriptEvaluateAsync(Record, new
        {
            ids = _keys.ClientActivityIds(conversationId),
            order = _keys.ClientActivityOrder(conversationId),
            client = clientActivityId,
            activity = activityId,
            kept = IClientActivityIds.Kept,
            ttl = _ttl,
        }).ConfigureAwait(false);
        return first.ToString();
    }
}
