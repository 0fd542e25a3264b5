namespace ShopBot.Bot.Agents;

/// <summary>
/// An earlier conversation of the buyer: when, about what (<see cref="Intent"/> id and <see cref="IntentName"/>), how it
/// ended (<see cref="Outcome"/> id and <see cref="OutcomeName"/> in Chinese), the rating if the buyer gave one, and the
/// order and cases it touched.
/// </summary>
public sealed record PastConversationItem(
    string ConversationId,
    DateTimeOffset StartedAt,
    DateTimeOffset LastAt,
    string Intent,
    string IntentName,
    string Outcome,
    string OutcomeName,
    int? Rating,
    string? OrderNumber,
    IReadOnlyList<string> CaseIds);
