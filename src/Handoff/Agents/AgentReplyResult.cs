namespace ShopBot.Handoff.Agents;

/// <summary>The outcome of an agent's reply, the text actually sent (after any rewrite) and why it was blocked.</summary>
public sealed record AgentReplyResult(AgentReplyOutcome Outcome, string? SentText, IReadOnlyList<string> Reasons);
