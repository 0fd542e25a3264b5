namespace ShopBot.Bot.Agents;

/// <summary>The <c>conversation</c> event: a chat the agent holds got new messages, <see cref="BuyerMessages"/> of them from the buyer.</summary>
public sealed record ConversationActivity(string ConversationId, int BuyerMessages);
