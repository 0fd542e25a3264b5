namespace ShopBot.Bot.Agents.Settlement;

/// <summary>
/// A settled case as the agent API answers it, the same for the first call and every repeat of it.
/// <see cref="BuyerMessage"/> is what the buyer is told in their conversation (null when the case has none).
/// </summary>
public sealed record SettlementView(
    string CaseId,
    string Kind,
    string KindLabel,
    string Status,
    string Outcome,
    string OutcomeLabel,
    string? OrderNumber,
    decimal Refund,
    decimal Compensation,
    decimal Postage,
    string? TrackingNumber,
    string? Note,
    string Handler,
    DateTimeOffset? ResolvedAt,
    string? BuyerMessage);
