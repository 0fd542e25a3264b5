using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Records;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Trainers.Review;

/// <summary>
/// Decisions as JSON fields of one Redis hash (<c>{shopbot}:records:review</c>), with their times in a sorted set
/// (<c>…:review-times</c>) so that one script trims what is older than <see cref="RecordsOptions.Retention"/> and
/// keeps the first decision (HSETNX) in one step. A read leaves out what has expired since the last write.
/// </summary>
public sealed class RedisReviewDecisions(IConnectionMultiplexer redis, IOptions<HandoffOptions> handoff, IOptions<RecordsOptions> options, TimeProvider time)
    : IReviewDecisions
{
    private static readonly LuaScript Decide = LuaScript.Prepare("""
        local old = redis.call('ZRANGEBYSCORE', @times, '-inf', '(' .. @keepFrom)
        for i = 1, #old, 500 do
            redis.call('HDEL', @decisions, unpack(old, i, math.min(i + 499, #old)))
        end
        redis.call('ZREMRANGEBYSCORE', @times, '-inf', '(' .. @keepFrom)
        if redis.call('HSETNX', @decisions, @id, @json) == 1 then
            redis.call('ZADD', @times, @at, @id)
            return @json
        end
        return redis.call('HGET', @decisions, @id)
        """);

    private readonly RecordKeys _keys = new(handoff.Value.RedisKeyPrefix);

    private IDatabase Db => redis.GetDatabase();

    private DateTimeOffset KeepFrom => time.GetUtcNow() - options.Value.Retention;

    public async Task<IReadOnlyDictionary<string, ReviewDecision>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var keepFrom = KeepFrom;
        var fields = await Db.HashGetAllAsync(_keys.Review).ConfigureAwait(false);
        return fields
            .Select(f => JsonSerializer.Deserialize((string)f.Value!, TrainerJsonContext.Web.ReviewDecision)!)
            .Where(d => d.At >= keepFrom)
            .ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public async Task<ReviewDecision> DecideAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var standing = await Db.ScriptEvaluateAsync(Decide, new
        {
            decisions = _keys.Review,
            times = _keys.ReviewTimes,
            keepFrom = KeepFrom.ToUnixTimeMilliseconds(),
            id = decision.Id,
            json = JsonSerializer.Serialize(decision, TrainerJsonContext.Web.ReviewDecision),
            at = decision.At.ToUnixTimeMilliseconds(),
        }).ConfigureAwait(false);
        return JsonSerializer.Deserialize((string)standing!, TrainerJsonContext.Web.ReviewDecision)!;
    }
}
