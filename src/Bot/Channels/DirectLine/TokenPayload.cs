namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// What a Direct Line token pins: the user, the conversation, when it stops working, and when its chain of refreshes
/// began (all Unix seconds; 0 for a token issued before chains were counted).
/// </summary>
public sealed record TokenPayload(string UserId, string? UserName, string ConversationId, long ExpiresAt, long ChainStartedAt = 0);
