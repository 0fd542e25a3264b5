using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>One buyer turn as the dialog sees it: who, what they wrote, photos they sent, and what the bot understood.</summary>
public sealed record DialogInput(
    string ConversationId,
    string BuyerId,
    string Text,
    IReadOnlyList<string> PhotoUrls,
    Understanding Understanding)
{
    /// <summary>The second need of a message ("…再就是地址改成…"): a request of its own, never a correction of the first.</summary>
    public bool IsSecondNeed { get; init; }
}
