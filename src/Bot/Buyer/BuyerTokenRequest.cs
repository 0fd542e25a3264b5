namespace ShopBot.Bot.Buyer;

/// <summary>The Development page's request: chat as this sample buyer.</summary>
public sealed record BuyerTokenRequest(string? UserId);
