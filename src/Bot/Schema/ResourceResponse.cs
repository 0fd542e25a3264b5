namespace ShopBot.Bot.Schema;

/// <summary>The id a channel gave an activity it accepted.</summary>
public sealed record ResourceResponse(string Id);
