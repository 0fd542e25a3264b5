namespace ShopBot.Handoff.Desk;

/// <summary>An internal note an agent wrote on a conversation; buyers never see notes.</summary>
public sealed record ConversationNote(string AgentId, string Text, DateTimeOffset At);
