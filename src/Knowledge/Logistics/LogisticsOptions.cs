using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Logistics;

/// <summary>How traces are used, bound from <c>Logistics</c>; the provider's own settings are in <see cref="Kuaidi100Options"/>.</summary>
public sealed class LogisticsOptions
{
    public const string Section = "Logistics";

    /// <summary>A parcel on its way with no new scan for this long counts as stalled.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// How long a fetched trace is reused. Kuaidi100 asks for at most one query per parcel every half hour (more
    /// locks the number), so this is the default.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>After a failure or an empty answer, the provider is not asked about that parcel again for this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest a buyer's turn waits for the provider; later, the bot answers without the trace.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);
}
