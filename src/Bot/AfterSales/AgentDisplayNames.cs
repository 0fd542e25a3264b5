using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents;

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
}
