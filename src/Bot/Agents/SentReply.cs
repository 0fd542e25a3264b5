namespace ShopBot.Bot.Agents;

/// <summary>A reply that reached the buyer, as sent.</summary>
public sealed record SentReply(string ConversationId, string Text);
