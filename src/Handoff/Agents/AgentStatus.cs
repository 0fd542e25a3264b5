namespace ShopBot.Handoff.Agents;

/// <summary>An agent's presence, how many chats they may hold at once, the chats they hold, and when they were last heard from.</summary>
public sealed record AgentStatus(string AgentId, AgentPresence Presence, int Capacity, IReadOnlyList<string> Conversations, DateTimeOffset LastSeen)
{
    public bool CanTakeChat => Presence == AgentPresence.Online && Conversations.Count < Capacity;
}
