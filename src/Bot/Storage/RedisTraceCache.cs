using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Logistics;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

/// <summary>
/// Traces in Redis under the handoff's prefix (<c>{shopbot}:traces:{company}:{number}</c>), one JSON string each with
/// its lifetime as the key's expiry, so every host reuses a trace one of them fetched and Kuaidi100 is asked about a
/// parcel at most once per lifetime.
/// </summary>
public sealed class RedisTraceCache(IConnectionMultiplexer redis, IOptions<HandoffOptions> options) : ITraceCache
{
    private readonly string _root = "{" + options.Value.RedisKeyPrefix + "}:traces:";

    public async Task<LogisticsTrace?> GetAsync(string companyCode, string trackingNumber, CancellationToken cancellationToken = default)
    {
        var json = await redis.GetDatabase().StringGetAsync(Key(companyCode, trackingNumber)).ConfigureAwait(false);
        return json.IsNull ? null : JsonSerializer.Deserialize((string)json!, LogisticsJsonContext.Default.LogisticsTrace);
    }

    public Task SetAsync(LogisticsTrace trace, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return redis.GetDatabase().StringSetAsync(
            Key(trace.CompanyCode, trace.TrackingNumber),
            JsonSerializer.Serialize(trace, LogisticsJsonContext.Default.LogisticsTrace),
            lifetime);
    }

    public RedisKey Key(string companyCode, string trackingNumber) => _root + companyCode + ":" + trackingNumber.Trim();
}
