using System.Text.Json.Serialization;

namespace ShopBot.Bot.Cli;

/// <summary>One line of <c>chat --json</c>: what the buyer said, what the bot understood, who answers now, and every reply.</summary>
internal sealed record ChatRecord(
    [property: JsonPropertyName("said")] string Said,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("replies")] IReadOnlyList<string> Replies);
