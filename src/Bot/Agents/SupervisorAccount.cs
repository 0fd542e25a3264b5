namespace ShopBot.Bot.Agents;

/// <summary>
/// One supervisor of <c>Consoles:Supervisors</c>: a bearer key of at least 24 characters and the name people read. A
/// supervisor also works the agent desk, under <see cref="AgentId"/> when set, else under <see cref="Name"/>.
/// </summary>
public sealed class SupervisorAccount
{
    public const int MinKeyLength = 24;

    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? AgentId { get; set; }

    /// <summary>The id the queue, the buyer notices and the case records use for this supervisor.</summary>
    public string HandoffId => string.IsNullOrWhiteSpace(AgentId) ? Name.Trim() : AgentId;
}
