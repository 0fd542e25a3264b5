namespace ShopBot.Bot.Agents;

/// <summary>The <c>typing</c> event of the agent's stream: the buyer of this chat is typing.</summary>
public sealed record BuyerTyping(string ConversationId);
