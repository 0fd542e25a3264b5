namespace ShopBot.Bot.Agents;

/// <summary>
/// A case record of the buyer opened in this conversation (a refund, a return, an invoice request ...). <see cref="Photos"/>
/// counts every photo; <see cref="Attachments"/> are those the host keeps, with their agent addresses.
/// </summary>
public sealed partial record CaseItem(
    string Id,
    string Kind,
    string KindLabel,
    string Status,
    string? OrderNumber,
    string? Reason,
    string? Description,
    int Photos,
    DateTimeOffset CreatedAt,
    IReadOnlyList<AttachmentItem> Attachments);
