namespace ShopBot.Bot.Attachments;

/// <summary>An image kept for a conversation: whose it is (conversation and buyer), its sniffed content type and its bytes.</summary>
public sealed record StoredAttachment(string ConversationId, string BuyerId, string ContentType, byte[] Content);
