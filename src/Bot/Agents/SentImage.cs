namespace ShopBot.Bot.Agents;

/// <summary>An image an agent sent; <see cref="Delivered"/> is false when the channel did not take it (it is in the transcript).</summary>
public sealed record SentImage(string ConversationId, AttachmentItem Attachment, bool Delivered);
