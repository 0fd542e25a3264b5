using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Hosting;

/// <summary>Readiness: Redis answers a PING within <see cref="RedisOptions.OperationTimeout"/>.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis, IOptions<RedisOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(options.Value.OperationTimeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"PING answered in {latency.TotalMilliseconds:0.#} ms.");
        }
        catch (Exception exception) when (exception is TimeoutException || StorageOutageMiddleware.IsOutage(exception))
        {
            return HealthCheckResult.Unhealthy("Redis did not answer PING: " + exception.GetType().Name + ".");
        }
    }
}
