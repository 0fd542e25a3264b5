namespace ShopBot.Bot.Agents;

/// <summary>Another agent a chat can be transferred to: only online colleagues can receive a transfer.</summary>
public sealed record ColleagueItem(string AgentId, string Name, string Presence, int Chats, int Capacity);
