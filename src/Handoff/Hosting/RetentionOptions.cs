using System.ComponentModel.DataAnnotations;

namespace ShopBot.Handoff.Hosting;

/// <summary>
/// The <c>Retention</c> section: how long what buyers leave behind is kept. Redis keys get these as TTLs, refreshed on
/// every write; in memory, idle conversations are evicted; uploads are deleted by a sweep. Cases have no TTL: finance
/// keeps them (see the README). A conversation that is queued or with an agent is never evicted.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>With no Redis: a conversation untouched this long leaves memory (transcript, dialog state, routing).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan IdleConversationInMemory { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Redis TTL of a conversation's transcript, refreshed on every message.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan Transcript { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Redis TTL of a conversation's dialog state, refreshed on every save.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan ConversationState { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Uploaded images older than this are deleted by the sweep.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan Uploads { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often idle conversations and old uploads are swept.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
