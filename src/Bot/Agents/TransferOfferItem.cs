namespace ShopBot.Bot.Agents;

/// <summary>A chat a colleague offers the agent: accept it, or decline and it goes back to the head of the queue.</summary>
public sealed record TransferOfferItem(string ConversationId, string FromAgent, string FromName, string? BuyerId, DateTimeOffset OfferedAt);
