namespace ShopBot.Bot.Agents;

/// <summary>A transfer offered: the chat stays with the offering agent until the colleague accepts.</summary>
public sealed record TransferView(string ConversationId, string ToAgent, string ToName, string Status);
