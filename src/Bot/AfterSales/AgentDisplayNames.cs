using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.AfterSales;

/// <summary>The name buyers see for an agent (<c>Consoles:Agents:n:Name</c>), never the internal agent id.</summary>
public sealed class AgentDisplayNames(IOptions<AgentConsoleOptions> options)
{
    public const string Fallback = "人工客服";

    public string Of(string agentId)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        var name = options.Value.Agents.FirstOrDefault(a => string.Equals(a.AgentId, agentId, StringComparison.Ordinal))?.Name;
        return string.IsNullOrWhiteSpace(name) ? Fallback : name.Trim();
    }

    /// <summary>Whether the agent has a display name of their own (<c>Consoles:Agents:n:Name</c>).</summary>
    public bool HasName(string agentId) => Of(agentId) != Fallback;

    /// <summary>Who an agent's messages come from, as the buyer's channel shows it: <c>agent:{id}</c> and the display name.</summary>
    public ChannelAccount AccountOf(string agentId) => new() { Id = ReplyScreeningMiddleware.AgentAccountPrefix + agentId, Name = Of(agentId), Role = RoleTypes.Bot };
}
