using System.ComponentModel.DataAnnotations;

namespace ShopBot.Bot.Records;

/// <summary>The <c>Records</c> section: whether bot turns are recorded, and how long records are kept.</summary>
public sealed class RecordsOptions
{
    public const string Section = "Records";

    /// <summary>Off only to measure what recording costs (<c>bench</c>): reports stay empty without it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Records older than this are dropped (Redis: trimmed on write; memory: on write too).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(400);

    /// <summary>In memory only: at most this many turns (and as many events) are kept, the oldest dropped first.</summary>
    [Range(1000, 10_000_000)]
    public int MaxInMemory { get; set; } = 200_000;
}
