using System.ComponentModel.DataAnnotations;

namespace ShopBot.Bot.Reports;

/// <summary>The <c>Reports</c> section: the windows that decide a conversation's outcome.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// A conversation the bot kept counts as resolved only once this long passed after its last turn without the buyer
    /// coming back about the same order; until then it is open.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ResolutionWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A conversation queued this long without an agent taking it counts as abandoned.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The longest range one report may cover, in days.</summary>
    [Range(1, 3660)]
    public int MaxDays { get; set; } = 366;
}
