namespace ShopBot.Handoff.Queue;

/// <summary>A handoff request as stored with the conversation, stamped with the time it was first queued.</summary>
public sealed record HandoffTicket(
    string BuyerId,
    string Reason,
    string? Intent,
    HandoffPriority Priority,
    string Summary,
    string? OrderSummary,
    IReadOnlyList<string> CaseRecords,
    DateTimeOffset RequestedAt);
