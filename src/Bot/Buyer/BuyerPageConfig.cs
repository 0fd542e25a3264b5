namespace ShopBot.Bot.Buyer;

/// <summary>What the buyer page needs to draw itself: never anything secret.</summary>
public sealed record BuyerPageConfig(
    string ShopName,
    string Locale,
    string DirectLineDomain,
    string AccentColor,
    string BackgroundColor,
    string BotBubbleColor,
    string UserBubbleColor,
    string UserBubbleTextColor,
    IReadOnlyList<SampleBuyer> SampleBuyers);
