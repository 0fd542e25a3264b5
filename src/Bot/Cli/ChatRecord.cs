using System.Text.Json.Serialization;
using ShopBot.Bot.Conversations;

namespace ShopBot.Bot.Cli;

/// <summary>
/// One line of <c>chat --json</c>: what the buyer said, what the bot understood, who answers now, every reply, and the
/// records the turn opened or changed.
/// </summary>
internal sealed record ChatRecord(
    [property: JsonPropertyName("said")] string Said,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("replies")] IReadOnlyList<string> Replies,
    [property: JsonPropertyName("records")] IReadOnlyList<TurnRecord> Records);
