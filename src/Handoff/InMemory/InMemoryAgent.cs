using ShopBot.Handoff.Agents;

namespace ShopBot.Handoff.InMemory;

/// <summary>Mutable record of one agent; only touched under the store's lock.</summary>
internal sealed class InMemoryAgent(string agentId, int capacity)
{
    public string AgentId { get; } = agentId;
    public AgentPresence Presence { get; set; }
    public int Capacity { get; set; } = capacity;
    public DateTimeOffset LastSeen { get; set; }
    public HashSet<string> Conversations { get; } = new(StringComparer.Ordinal);

    public bool CanTakeChat => Presence == AgentPresence.Online && Conversations.Count < Capacity;

    public AgentStatus Snapshot() => new(AgentId, Presence, Capacity, Conversations.Order(StringComparer.Ordinal).ToList(), LastSeen);
}
