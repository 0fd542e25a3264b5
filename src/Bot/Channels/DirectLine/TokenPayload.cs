namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token pins: the user, the conversation, and when it stops working (Unix seconds).</summary>
public sealed record TokenPayload(string UserId, string? UserName, string ConversationId, long ExpiresAt);
