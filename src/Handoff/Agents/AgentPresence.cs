namespace ShopBot.Handoff.Agents;

/// <summary>An agent's availability. Only online agents take new chats; away agents keep the chats they have.</summary>
public enum AgentPresence
{
    Offline,
    Online,
    Away,
}
