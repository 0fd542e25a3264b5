using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Logistics;

/// <summary>
/// The traces the flows read: from the cache when fresh, else from the provider within the time limit. A provider
/// that fails, refuses or is slow gives <see cref="TraceLookupStatus.Unavailable"/> (and is not asked about that
/// parcel again for <see cref="LogisticsOptions.RetryAfterFailure"/>), never an exception or a long wait. Without a
/// provider nothing is called.
/// </summary>
public sealed partial class CachedLogisticsTraces(
    IEnumerable<ITraceProvider> providers,
    ITraceCache cache,
    IOptions<LogisticsOptions> options,
    TimeProvider time,
    ILogger<CachedLogisticsTraces> logger) : ILogisticsTraces
{
    private readonly ITraceProvider? _provider = providers.FirstOrDefault();
    private readonly ConcurrentDictionary<string, (TraceLookup Lookup, DateTimeOffset Until)> _recentMisses = new(StringComparer.Ordinal);

    public bool IsConfigured => _provider is not null;

    public async Task<TraceLookup> TraceAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_provider is null || string.IsNullOrWhiteSpace(order.TrackingNumber) || string.IsNullOrWhiteSpace(order.Carrier)
            || _provider.CompanyCodeOf(order.Carrier) is not { } company)
        {
            return TraceLookup.NotAsked;
        }

        var number = order.TrackingNumber.Trim();
        var key = company + "|" + number;
        var now = time.GetUtcNow();
        if (_recentMisses.TryGetValue(key, out var miss) && miss.Until > now)
        {
            return miss.Lookup;
        }

        var lookup = await FromCacheOrProviderAsync(_provider, order, company, number, cancellationToken).ConfigureAwait(false);
        if (lookup.Status == TraceLookupStatus.Found)
        {
            _recentMisses.TryRemove(key, out _);
        }
        else
        {
            _recentMisses[key] = (lookup, now + options.Value.RetryAfterFailure);
        }

        return lookup;
    }

    private async Task<TraceLookup> FromCacheOrProviderAsync(ITraceProvider provider, Order order, string company, string number, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(settings.Timeout);
        try
        {
            if (await cache.GetAsync(company, number, limit.Token).ConfigureAwait(false) is { } cached)
            {
                return TraceLookup.Found(cached);
            }

            var trace = await provider.QueryAsync(company, number, order.Phone, limit.Token).ConfigureAwait(false);
            if (trace is null)
            {
                LogNoRecord(order.OrderNumber, company);
                return TraceLookup.NoRecord;
            }

            await cache.SetAsync(trace, settings.CacheLifetime, limit.Token).ConfigureAwait(false);
            return TraceLookup.Found(trace);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(order.OrderNumber, company, $"no answer within {settings.Timeout.TotalSeconds:0.#} s");
            return TraceLookup.Unavailable;
        }
        // A provider or a shared cache that fails in any way costs the buyer the trace, never the answer.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogUnavailable(order.OrderNumber, company, exception.Message);
            return TraceLookup.Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No trace yet for order {OrderNumber} ({CompanyCode})")]
    private partial void LogNoRecord(string orderNumber, string companyCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trace of order {OrderNumber} ({CompanyCode}) unavailable, answering with carrier and number: {Reason}")]
    private partial void LogUnavailable(string orderNumber, string companyCode, string reason);
}
