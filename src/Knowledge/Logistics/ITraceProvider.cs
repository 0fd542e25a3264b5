namespace ShopBot.Knowledge.Logistics;

/// <summary>
/// One logistics data provider (Kuaidi100 first). It maps the export's carrier name to its own company code, queries,
/// and reads its answer; <see cref="CachedLogisticsTraces"/> adds the cache, the time limit and the fallback.
/// </summary>
public interface ITraceProvider
{
    /// <summary>The provider's code for a carrier name of the order export, or null when it has none.</summary>
    string? CompanyCodeOf(string carrier);

    /// <summary>
    /// The parcel's trace, or null when the provider has no scans for it yet. Throws
    /// <see cref="TraceProviderException"/> when the provider refuses or fails.
    /// </summary>
    Task<LogisticsTrace?> QueryAsync(string companyCode, string trackingNumber, string? phone, CancellationToken cancellationToken = default);
}
