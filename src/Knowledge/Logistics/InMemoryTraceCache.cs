using System.Collections.Concurrent;

namespace ShopBot.Knowledge.Logistics;

/// <summary>Traces kept in this process; expired entries are dropped when read and when the cache grows.</summary>
public sealed class InMemoryTraceCache(TimeProvider time) : ITraceCache
{
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<string, (LogisticsTrace Trace, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public Task<LogisticsTrace?> GetAsync(string companyCode, string trackingNumber, CancellationToken cancellationToken = default)
    {
        var key = Key(companyCode, trackingNumber);
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Expires > time.GetUtcNow())
            {
                return Task.FromResult<LogisticsTrace?>(entry.Trace);
            }

            _entries.TryRemove(key, out _);
        }

        return Task.FromResult<LogisticsTrace?>(null);
    }

    public Task SetAsync(LogisticsTrace trace, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var now = time.GetUtcNow();
        if (_entries.Count > SweepAbove)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.Expires <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }

        _entries[Key(trace.CompanyCode, trace.TrackingNumber)] = (trace, now + lifetime);
        return Task.CompletedTask;
    }

    private static string Key(string companyCode, string trackingNumber) => companyCode + "|" + trackingNumber.Trim();
}
