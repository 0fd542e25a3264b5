using System.ComponentModel.DataAnnotations;

namespace ShopBot.Bot.Agents;

/// <summary>The agent side of the <c>Consoles</c> section: who may sign in, and the limits of the agent API.</summary>
public sealed class AgentConsoleOptions
{
    public const string Section = "Consoles";

    /// <summary>Agents and their bearer keys. Replace the development keys through environment variables (<c>Consoles__Agents__0__Key</c>).</summary>
    public List<AgentAccount> Agents { get; set; } = [];

    /// <summary>Supervisors: they may also settle cases with compensation above <c>Dialogs:MaxBotCompensation</c> (<c>Consoles__Supervisors__0__Key</c>).</summary>
    public List<SupervisorAccount> Supervisors { get; set; } = [];

    /// <summary>The longest reply an agent may send, in characters.</summary>
    [Range(1, 10_000)]
    public int MaxReplyLength { get; set; } = 1000;

    /// <summary>The largest request body the agent API reads.</summary>
    [Range(256, 1_048_576)]
    public int MaxBodyBytes { get; set; } = 16_384;

    /// <summary>How often the event stream looks for changes in the queue and the agent's chats.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan EventPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often an open event stream counts as the agent's heartbeat (and sends a keep-alive comment).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan EventHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
