namespace ShopBot.Knowledge.Logistics;

/// <summary>Recent traces by provider code and number, kept for a short time (in Redis when configured, so every host shares them).</summary>
public interface ITraceCache
{
    Task<LogisticsTrace?> GetAsync(string companyCode, string trackingNumber, CancellationToken cancellationToken = default);

    Task SetAsync(LogisticsTrace trace, TimeSpan lifetime, CancellationToken cancellationToken = default);
}
