using System.Security.Claims;
using ShopBot.Bot.Consoles;

namespace ShopBot.Bot.Agents;

internal static class AgentHttpContextExtensions
{
    /// <summary>The signed-in agent, from the console key the agent API's authorization policy already checked.</summary>
    public static AgentIdentity Agent(this HttpContext http)
    {
        var user = http.User;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || !user.IsInRole(ConsoleRoles.Agent))
        {
            throw new InvalidOperationException("The agent API endpoint ran without its authorization policy.");
        }

        return new AgentIdentity(id, user.Identity?.Name ?? id, user.IsInRole(ConsoleRoles.Supervisor));
    }
}
