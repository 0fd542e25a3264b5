namespace ShopBot.Handoff.Queue;

/// <summary>
/// What the turn pipeline knows when it escalates: whose conversation, why, the detected intent, how urgent, and what
/// the agent should read first (a short summary, the order, any case records such as a refund or a lost-parcel report).
/// </summary>
public sealed record HandoffRequest(
    string ConversationId,
    string BuyerId,
    string Reason,
    string? Intent,
    HandoffPriority Priority,
    string Summary,
    string? OrderSummary = null,
    IReadOnlyList<string>? CaseRecords = null)
{
    internal HandoffTicket ToTicket(DateTimeOffset now) =>
        new(BuyerId, Reason, Intent, Priority, Summary, OrderSummary, CaseRecords ?? [], now);
}
