using System.Text.Json.Serialization;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line conversation object returned by token and conversation calls.</summary>
public sealed record Conversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
