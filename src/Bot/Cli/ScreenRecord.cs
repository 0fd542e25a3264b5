using System.Text.Json.Serialization;

namespace ShopBot.Bot.Cli;

/// <summary>One line of <c>screen --out</c>: the reply, the verdict, each violation and the compliant rewrite (null when none).</summary>
internal sealed record ScreenRecord(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("allowed")] bool Allowed,
    [property: JsonPropertyName("violations")] IReadOnlyList<ScreenViolationRecord> Violations,
    [property: JsonPropertyName("rewrite")] string? Rewrite);
