using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.State;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>Conversation state as a Redis hash of version and JSON; the version check and the write are one script.</summary>
public sealed class RedisConversationStateStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options) : IConversationStateStore
{
    // KEYS: state. ARGV: json, expected version. Returns the new version, or -1 on a conflict.
    private const string Save = """
        local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
        if v ~= tonumber(ARGV[2]) then return -1 end
        redis.call('HSET', KEYS[1], 'v', v + 1, 'json', ARGV[1])
        return v + 1
        """;

    // KEYS: state. ARGV: expected version.
    private const string Delete = """
        local v = redis.call('HGET', KEYS[1], 'v')
        if not v or tonumber(v) ~= tonumber(ARGV[1]) then return 0 end
        redis.call('DEL', KEYS[1])
        return 1
        """;

    private readonly RedisKeys _keys = new(options.Value.RedisKeyPrefix);

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
        var version = (long)await redis.GetDatabase().ScriptEvaluateAsync(Save, [_keys.State(conversationId)], [json, expectedVersion]).ConfigureAwait(false);
        return version < 0 ? null : version;
    }

    public async Task<bool> TryDeleteAsync(string conversationId, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return (int)await redis.GetDatabase().ScriptEvaluateAsync(Delete, [_keys.State(conversationId)], [expectedVersion]).ConfigureAwait(false) == 1;
    }
}
