using System.Text.Json.Serialization;

namespace ShopBot.Bot.Buyer;

/// <summary>A Direct Line token for a buyer and the conversation it is pinned to.</summary>
public sealed record BuyerToken(
    string Token,
    string ConversationId,
    string UserId,
    string UserName,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
