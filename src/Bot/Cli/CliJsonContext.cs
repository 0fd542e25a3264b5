using System.Text.Json.Serialization;

namespace ShopBot.Bot.Cli;

/// <summary>One line of <c>eval --out</c>.</summary>
internal sealed record PredictionRecord(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("escalate")] bool Escalate,
    [property: JsonPropertyName("decision")] string Decision);

[JsonSerializable(typeof(PredictionRecord))]
[JsonSerializable(typeof(ChatRecord))]
[JsonSerializable(typeof(ScreenRecord))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Chinese stays readable in the files; they are data files, never HTML.</summary>
    public static CliJsonContext Readable { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
