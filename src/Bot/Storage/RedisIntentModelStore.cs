using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Promotion;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

/// <summary>
/// The promoted intent model in Redis, shared by every host: two hashes (<c>current</c> and <c>previous</c>, each a
/// stamp and the model zip) under the handoff's key prefix as one hash tag, changed only by a script, so a promotion
/// or rollback is one atomic step; each change is published so that every host serves the new model at once.
/// </summary>
public sealed class RedisIntentModelStore(IConnectionMultiplexer redis, IOptions<HandoffOptions> options) : IIntentModelStore
{
    private const string StampField = "stamp";
    private const string ZipField = "zip";

    private static readonly LuaScript Promote = LuaScript.Prepare("""
        if redis.call('EXISTS', @current) == 1 then redis.call('RENAME', @current, @previous) end
        redis.call('HSET', @current, 'stamp', @stamp, 'zip', @zip)
        redis.call('PUBLISH', @channel, @stamp)
        return 1
        """);

    private static readonly LuaScript RollBack = LuaScript.Prepare("""
        if redis.call('EXISTS', @current) == 0 or redis.call('EXISTS', @previous) == 0 then return 0 end
        redis.call('RENAME', @current, @swap)
        redis.call('RENAME', @previous, @current)
        redis.call('RENAME', @swap, @previous)
        redis.call('PUBLISH', @channel, redis.call('HGET', @current, 'stamp'))
        return 1
        """);

    private readonly string _root = "{" + options.Value.RedisKeyPrefix + "}:intent-model:";

    /// <summary>Where promotions and rollbacks are announced; the message is the new current stamp.</summary>
    public RedisChannel Changes => RedisChannel.Literal(_root + "changes");

    private RedisKey Current => _root + "current";

    private RedisKey Previous => _root + "previous";

    private IDatabase Db => redis.GetDatabase();

    public Task<IntentModelStamp?> CurrentStampAsync(CancellationToken cancellationToken = default) => StampAsync(Current);

    public Task<IntentModelStamp?> PreviousStampAsync(CancellationToken cancellationToken = default) => StampAsync(Previous);

    public async Task<StoredIntentModel?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var fields = await Db.HashGetAsync(Current, [StampField, ZipField]).ConfigureAwait(false);
        return fields[0].IsNull || fields[1].IsNull ? null : new StoredIntentModel(ReadStamp(fields[0])!, (byte[])fields[1]!);
    }

    public async Task PromoteAsync(StoredIntentModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await Db.ScriptEvaluateAsync(Promote, new
        {
            current = Current,
            previous = Previous,
            stamp = JsonSerializer.Serialize(model.Stamp, PromotionJsonContext.Default.IntentModelStamp),
            zip = model.Zip,
            channel = (string)Changes!,
        }).ConfigureAwait(false);
    }

    public async Task<StoredIntentModel?> RollBackAsync(CancellationToken cancellationToken = default)
    {
        var swapped = (int)await Db.ScriptEvaluateAsync(RollBack, new
        {
            current = Current,
            previous = Previous,
            swap = (RedisKey)(_root + "swap"),
            channel = (string)Changes!,
        }).ConfigureAwait(false);
        return swapped == 1 ? await CurrentAsync(cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Calls <paramref name="changed"/> after every promotion or rollback by any host.</summary>
    public Task SubscribeAsync(Func<Task> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return redis.GetSubscriber().SubscribeAsync(Changes, (_, _) => _ = changed());
    }

    private static IntentModelStamp? ReadStamp(RedisValue json) =>
        json.IsNull ? null : JsonSerializer.Deserialize((string)json!, PromotionJsonContext.Default.IntentModelStamp);

    private async Task<IntentModelStamp?> StampAsync(RedisKey key) => ReadStamp(await Db.HashGetAsync(key, StampField).ConfigureAwait(false));
}
