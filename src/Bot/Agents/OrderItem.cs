namespace ShopBot.Bot.Agents;

/// <summary>One of the buyer's orders, without the receiver's name, phone or address.</summary>
public sealed record OrderItem(
    string OrderNumber,
    string Title,
    string Status,
    decimal AmountPaid,
    string? Carrier,
    string? TrackingNumber,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ShippedAt);
