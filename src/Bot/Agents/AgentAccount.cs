namespace ShopBot.Bot.Agents;

/// <summary>One agent of <c>Consoles:Agents</c>: the bearer key they sign in with, their id in the handoff, and the name the console shows.</summary>
public sealed class AgentAccount
{
    public string Key { get; set; } = string.Empty;

    /// <summary>The id the queue uses; buyers see <see cref="Name"/>.</summary>
    public string AgentId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
