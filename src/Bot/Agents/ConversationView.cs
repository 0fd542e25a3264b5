namespace ShopBot.Bot.Agents;

/// <summary>
/// The handover of a conversation the agent owns: the ticket, the transcript, the buyer's orders and the case records.
/// <see cref="Delivered"/> is false after a claim whose "agent joined" notice did not reach the buyer (the claim stands).
/// </summary>
public sealed partial record ConversationView(
    string ConversationId,
    string BuyerId,
    string Status,
    string? AgentId,
    string? Intent,
    string Reason,
    string Priority,
    string Summary,
    string? OrderSummary,
    DateTimeOffset RequestedAt,
    IReadOnlyList<string> HeldMessages,
    IReadOnlyList<TranscriptItem> Transcript,
    IReadOnlyList<OrderItem> Orders,
    IReadOnlyList<CaseItem> Cases,
    bool Delivered = true);
