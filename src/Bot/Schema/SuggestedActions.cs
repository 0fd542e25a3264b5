namespace ShopBot.Bot.Schema;

/// <summary>Buttons offered under a message (Web Chat shows them as suggestion chips).</summary>
public sealed record SuggestedActions
{
    public IList<string>? To { get; init; }

    public IList<CardAction>? Actions { get; init; }
}
