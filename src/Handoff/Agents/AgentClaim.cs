using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Agents;

/// <summary>The outcome of a claim and, when the agent got the conversation, its handover.</summary>
public sealed record AgentClaim(QueueChange Change, AgentHandover? Handover);
