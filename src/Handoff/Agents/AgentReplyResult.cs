namespace ShopBot.Handoff.Agents;

/// <summary>
/// The outcome of an agent's reply, the text actually sent (after any rewrite) and why it was blocked;
/// <see cref="Delivered"/> is false when a screened reply could not reach the buyer's channel.
/// </summary>
public sealed record AgentReplyResult(AgentReplyOutcome Outcome, string? SentText, IReadOnlyList<string> Reasons, bool Delivered = true);
