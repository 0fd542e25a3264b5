using System.Text.Json.Serialization;

namespace ShopBot.Bot.Cli;

/// <summary>One violation in <c>screen --out</c>: its kind in lower case, the text matched and its UTF-16 index in the reply.</summary>
internal sealed record ScreenViolationRecord(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("match")] string Match,
    [property: JsonPropertyName("index")] int Index);
