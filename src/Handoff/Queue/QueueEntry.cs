namespace ShopBot.Handoff.Queue;

/// <summary>A conversation waiting for an agent, at its 1-based position in the queue.</summary>
public sealed record QueueEntry(string ConversationId, int Position, HandoffTicket Ticket, DateTimeOffset QueuedAt, bool Returned)
{
    public TimeSpan WaitingFor(DateTimeOffset now) => now - QueuedAt;
}
