namespace ShopBot.Handoff.Agents;

/// <summary>Agents' presence and capacity. An agent is registered the first time their presence is set.</summary>
public interface IAgentDirectory
{
    Task<AgentStatus> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Sets the maximum number of concurrent chats; null when the agent is unknown.</summary>
    Task<AgentStatus?> SetCapacityAsync(string agentId, int capacity, CancellationToken cancellationToken = default);

    /// <summary>Records that the agent's console is alive; false when the agent is unknown.</summary>
    Task<bool> HeartbeatAsync(string agentId, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<AgentStatus?> GetAsync(string agentId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AgentStatus>> ListAsync(CancellationToken cancellationToken = default);
}
