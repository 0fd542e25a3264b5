namespace ShopBot.Bot.Agents;

/// <summary>The signed-in agent as the console shows them: presence, capacity, the chats they hold, and the reply limit.</summary>
public sealed record AgentProfile(string AgentId, string Name, string Presence, int Capacity, IReadOnlyList<string> Conversations, int MaxReplyLength);
