using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.State;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// Conversation state as a Redis hash of version and JSON; the version check, the write and the renewed TTL
/// (<see cref="RetentionOptions.ConversationState"/>) are one script.
/// </summary>
public sealed class RedisConversationStateStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options, IOptions<RetentionOptions>? retention = null) : IConversationStateStore
{
    // Returns the new version, or -1 on a conflict.
    private static readonly LuaScript Save = LuaScript.Prepare("""
        local v = tonumber(redis.call('HGET', @state, 'v') or '0')
        if v ~= tonumber(@expected) then return -1 end
        redis.call('HSET', @state, 'v', v + 1, 'json', @json)
        redis.call('PEXPIRE', @state, @ttl)
        return v + 1
        """);

    // KEYS: state. ARGV: expected version.
    private const string Delete = """
        local v = redis.call('HGET', KEYS[1], 'v')
        if not v or tonumber(v) ~= tonumber(ARGV[1]) then return 0 end
        redis.call('DEL', KEYS[1])
        return 1
        """;

    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);
    private readonly long _ttl = (long)(retention?.Value ?? new RetentionOptions()).ConversationState.TotalMilliseconds;

    public async Task<StoredState?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var values = await redis.GetDatabase().HashGetAsync(_keys.State(conversationId), ["json", "v"]).ConfigureAwait(false);
        return values[0].IsNull ? null : new StoredState(values[0].ToString(), (long)values[1]);
    }

    public async Task<long?> TrySaveAsync(string conversationId, string json, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var version = (long)await Save.EvaluateAsync(redis.GetDatabase(), new { state = _keys.State(conversationId), json, expected = expectedVersion, ttl = _ttl }).ConfigureAwait(false);
        return version < 0 ? null : version;
    }

    public async Task<bool> TryDeleteAsync(string conversationId, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return (int)await redis.GetDatabase().ScriptEvaluateAsync(Delete, [_keys.State(conversationId)], [expectedVersion]).ConfigureAwait(false) == 1;
    }
}
