namespace ShopBot.Bot.Agents;

/// <summary>
/// One message of the transcript as plain text; <see cref="Sender"/> is <c>buyer</c>, <c>bot</c> or <c>agent</c>.
/// <see cref="Attachments"/> are the images the host keeps (a message may be an image alone, with empty text).
/// </summary>
public sealed record TranscriptItem(string Sender, string? Name, string Text, DateTimeOffset? Time, IReadOnlyList<AttachmentItem> Attachments);
