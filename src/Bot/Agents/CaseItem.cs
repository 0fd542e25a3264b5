namespace ShopBot.Bot.Agents;

/// <summary>A case record of the buyer opened in this conversation (a refund, a return, an invoice request ...).</summary>
public sealed partial record CaseItem(
    string Id,
    string Kind,
    string KindLabel,
    string Status,
    string? OrderNumber,
    string? Reason,
    string? Description,
    int Photos,
    DateTimeOffset CreatedAt);
