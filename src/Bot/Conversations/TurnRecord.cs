using System.Text.Json.Serialization;

namespace ShopBot.Bot.Conversations;

/// <summary>
/// A record a buyer turn opened or changed, as an outside evaluation sees it: the case kind's stable name
/// (<c>refund_request</c>, <c>invoice_request</c> ...), the order, and the fields that were written down.
/// </summary>
public sealed record TurnRecord(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("order")] string? Order,
    [property: JsonPropertyName("fields")] IReadOnlyDictionary<string, string> Fields);
