using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Agents;

/// <summary>
/// The outcome of a claim and, when the agent got the conversation, its handover; <see cref="Delivered"/> is false when
/// the buyer could not be told that an agent joined (the claim stands).
/// </summary>
public sealed record AgentClaim(QueueChange Change, AgentHandover? Handover, bool Delivered = true);
