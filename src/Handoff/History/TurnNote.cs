namespace ShopBot.Handoff.History;

/// <summary>
/// What one bot turn did, kept for the agent's view of the buyer: the intent id, the order it was about, how it went
/// (<c>answered</c>, <c>clarifying</c>, <c>not_understood</c>) and, when it went to a person, the handoff reason.
/// No buyer text: the transcript holds that, with its own retention.
/// </summary>
public sealed record TurnNote(DateTimeOffset At, string Intent, string? OrderNumber, string Outcome, string? HandoffReason = null);
