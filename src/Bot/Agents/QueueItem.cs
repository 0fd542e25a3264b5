namespace ShopBot.Bot.Agents;

/// <summary>One waiting conversation: who, how long, why, how urgent, and how many messages the buyer left while waiting.</summary>
public sealed partial record QueueItem(
    string ConversationId,
    string BuyerId,
    int Position,
    long WaitingSeconds,
    string? Intent,
    string Reason,
    string Priority,
    int HeldMessages,
    bool Returned,
    string Summary);
