using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Queue;

/// <summary>
/// A routing change, the conversation's routing afterwards (null when no conversation was involved, as when the
/// queue was empty) and, when the conversation left the queue, the 1-based position it left from, so that the
/// buyers behind it can be told they moved up.
/// </summary>
public sealed record QueueChange(TransitionOutcome Outcome, ConversationRouting? Routing, int? LeftFromPosition = null)
{
    public bool Applied => Outcome == TransitionOutcome.Applied;

    /// <summary>False when the change was made but telling the buyer failed (the service sets it; the change stands).</summary>
    public bool Delivered { get; init; } = true;
}
