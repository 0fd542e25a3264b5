namespace ShopBot.Bot.Agents;

internal static class AgentHttpContextExtensions
{
    /// <summary>The signed-in agent; set by <see cref="AgentAuthFilter"/> on every agent API endpoint.</summary>
    public static AgentIdentity Agent(this HttpContext http) =>
        http.Items[typeof(AgentIdentity)] as AgentIdentity ?? throw new InvalidOperationException("The agent API endpoint ran without its key filter.");
}
