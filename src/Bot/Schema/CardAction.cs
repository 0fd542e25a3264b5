using System.Text.Json;

namespace ShopBot.Bot.Schema;

/// <summary>One button: <c>imBack</c> sends <see cref="Value"/> back as the buyer's text.</summary>
public sealed record CardAction
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? Image { get; init; }

    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    public JsonElement? Value { get; init; }

    /// <summary>A button that sends its title as the buyer's message.</summary>
    public static CardAction ImBack(string title) => new() { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(title, BotJsonContext.Default.String) };
}
