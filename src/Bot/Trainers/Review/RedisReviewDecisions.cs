using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Records;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Trainers.Review;

/// <summary>Decisions as JSON fields of one Redis hash (<c>{shopbot}:records:review</c>); HSETNX keeps the first.</summary>
public sealed class RedisReviewDecisions(IConnectionMultiplexer redis, IOptions<HandoffOptions> handoff) : IReviewDecisions
{
    private readonly RedisKey _key = new RecordKeys(handoff.Value.RedisKeyPrefix).Review;

    private IDatabase Db => redis.GetDatabase();

    public async Task<IReadOnlyDictionary<string, ReviewDecision>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var fields = await Db.HashGetAllAsync(_key).ConfigureAwait(false);
        return fields.ToDictionary(f => (string)f.Name!, f => JsonSerializer.Deserialize((string)f.Value!, TrainerJsonContext.Web.ReviewDecision)!, StringComparer.Ordinal);
    }

    public async Task<ReviewDecision> DecideAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (await Db.HashSetAsync(_key, decision.Id, JsonSerializer.Serialize(decision, TrainerJsonContext.Web.ReviewDecision), When.NotExists).ConfigureAwait(false))
        {
            return decision;
        }

        var kept = await Db.HashGetAsync(_key, decision.Id).ConfigureAwait(false);
        return JsonSerializer.Deserialize((string)kept!, TrainerJsonContext.Web.ReviewDecision)!;
    }
}
