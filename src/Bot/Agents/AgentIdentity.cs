namespace ShopBot.Bot.Agents;

/// <summary>The agent a request's bearer key belongs to; a supervisor works the desk as an agent with <see cref="IsSupervisor"/> set.</summary>
public sealed record AgentIdentity(string AgentId, string Name, bool IsSupervisor = false);
