namespace ShopBot.Bot.Agents;

/// <summary>The agent a request's bearer key belongs to.</summary>
public sealed record AgentIdentity(string AgentId, string Name);
