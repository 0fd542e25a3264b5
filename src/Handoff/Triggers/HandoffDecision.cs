using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff.Triggers;

/// <summary>A decision to hand the turn to a person: the trigger, the queue priority, and a reason for the audit trail.</summary>
public sealed record HandoffDecision(HandoffTrigger Trigger, HandoffPriority Priority, string Reason);
