namespace ShopBot.Bot.Agents;

/// <summary>A reply that passed the screen, as sent; <see cref="Delivered"/> is false when the buyer's channel could not take it.</summary>
public sealed record SentReply(string ConversationId, string Text, bool Delivered = true);
