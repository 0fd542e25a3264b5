using System.ComponentModel.DataAnnotations;

namespace ShopBot.Handoff.Hosting;

/// <summary>The <c>Handoff</c> section of appsettings.json.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>Chats an agent may hold at once until their capacity is set.</summary>
    [Range(1, 50)]
    public int DefaultCapacity { get; set; } = 3;

    /// <summary>How long a buyer may wait for an agent's answer before the chat goes back to the head of the queue.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan AgentAnswerTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>An agent whose console has not been heard from for this long is taken offline and their chats released.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan AgentHeartbeatTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a chat offered to a named colleague waits for them to accept before it goes to the head of the queue.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan TransferOfferTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Pick-ups within this window estimate a queued buyer's wait.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan EtaWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the sweeper looks for unanswered chats and silent agents.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Conversations one buyer may have queued at once; a buyer already queued keeps their place and is told so.</summary>
    [Range(1, 20)]
    public int MaxQueuedPerUser { get; set; } = 1;

    /// <summary>Conversations one channel may have queued at once, so a flood of requests cannot push real buyers back without end.</summary>
    [Range(1, 100_000)]
    public int MaxQueuedPerChannel { get; set; } = 500;

    /// <summary>Prefix of every Redis key, so several shops or test runs can share one server.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,64}$")]
    public string RedisKeyPrefix { get; set; } = "shopbot";

    [Required]
    public BusinessHoursOptions BusinessHours { get; set; } = new();

    [Required]
    public TriggerOptions Triggers { get; set; } = new();
}
