namespace ShopBot.Bot.Schema;

/// <summary>A participant of a conversation: the buyer, the bot or an agent.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Role { get; init; }
}
