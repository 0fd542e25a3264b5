namespace ShopBot.Handoff.Desk;

/// <summary>A chat offered by one agent to a named colleague, valid while the chat stays with the offering agent.</summary>
public sealed record TransferOffer(string ConversationId, string FromAgentId, string ToAgentId, DateTimeOffset OfferedAt);
