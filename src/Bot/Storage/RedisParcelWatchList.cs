using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Logistics;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

/// <summary>
/// Watched stalled parcels in one Redis hash (<c>{shopbot}:parcel-watch</c>, field conversation|order, value JSON), so
/// any host's follow-up job sees every buyer's question; removing is one HDEL, so only the host whose HDEL removed it
/// tells the buyer.
/// </summary>
public sealed class RedisParcelWatchList(IConnectionMultiplexer redis, IOptions<HandoffOptions> options) : IParcelWatchList
{
    private readonly RedisKey _key = "{" + options.Value.RedisKeyPrefix + "}:parcel-watch";

    public Task WatchAsync(WatchedParcel parcel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        return redis.GetDatabase().HashSetAsync(_key, Field(parcel.ConversationId, parcel.OrderNumber), JsonSerializer.Serialize(parcel, LogisticsJsonContext.Default.WatchedParcel));
    }

    public async Task<IReadOnlyList<WatchedParcel>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(_key).ConfigureAwait(false);
        return [.. entries.Select(e => JsonSerializer.Deserialize((string)e.Value!, LogisticsJsonContext.Default.WatchedParcel)!).OrderBy(p => p.Since)];
    }

    public Task<bool> RemoveAsync(string conversationId, string orderNumber, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().HashDeleteAsync(_key, Field(conversationId, orderNumber));

    private static string Field(string conversationId, string orderNumber) => conversationId + "|" + orderNumber;
}
