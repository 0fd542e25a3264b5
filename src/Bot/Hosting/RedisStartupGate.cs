using System.Diagnostics;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Hosting;

/// <summary>
/// Holds the host's start until Redis answers a PING, for at most <see cref="RedisOptions.ConnectTimeout"/>. The shared
/// connection is made in the background (start-up must not fail while Redis is briefly away) and refuses commands at
/// once while it is not connected, so a host that took requests before its first connection was made answered them 503
/// (a busy machine starting many hosts, a Redis still starting). Hosted services start before the server, so the
/// first request finds the connection made; when Redis stays away longer the host starts anyway and answers 503 with
/// Retry-After until it connects, as in any outage.
/// </summary>
public sealed partial class RedisStartupGate(IServiceProvider services, IOptions<RedisOptions> options, ILogger<RedisStartupGate> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();

        // Off the start-up thread: the first resolution makes the connection, which blocks for up to its connect timeout.
        var redis = await Task.Run(services.GetRequiredService<IConnectionMultiplexer>, cancellationToken).ConfigureAwait(false);
        var limit = options.Value.ConnectTimeout;
        while (true)
        {
            try
            {
                await redis.GetDatabase().PingAsync().WaitAsync(options.Value.OperationTimeout, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && (exception is TimeoutException || StorageOutageMiddleware.IsOutage(exception)))
            {
                if (waited.Elapsed >= limit)
                {
                    LogStartingWithoutRedis(limit.TotalSeconds, exception.GetType().Name);
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not answer within {Seconds} s of start-up ({Failure}); serving anyway, storage calls answer 503 until it connects")]
    private partial void LogStartingWithoutRedis(double seconds, string failure);
}
