using System.Text.Json;

namespace ShopBot.Bot.Schema;

/// <summary>A file or card carried by a message: a buyer's photo has a <see cref="ContentUrl"/>, a card has <see cref="Content"/>.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }

    public string? ContentUrl { get; init; }

    public JsonElement? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }
}
