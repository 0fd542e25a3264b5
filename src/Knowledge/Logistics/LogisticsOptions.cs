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

    /// <summary>
    /// Tells a buyer who asked about a stalled parcel, in the same conversation, when its trace moves or it is signed.
    /// Off unless set (and off in tests): it sends messages nobody asked for.
    /// </summary>
    public bool FollowUpEnabled { get; set; }

    /// <summary>How often the watched parcels' traces are looked at (each at most once per <see cref="CacheLifetime"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FollowUpInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A parcel that has not moved after this long is no longer watched (the follow-up case stays with the shop).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "60.00:00:00")]
    public TimeSpan FollowUpFor { get; set; } = TimeSpan.FromDays(7);
}
