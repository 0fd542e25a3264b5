namespace ShopBot.Bot.Agents;

/// <summary>An image on a transcript item or a case: its type and its address under <c>/api/agent/attachments/</c> (agent key required).</summary>
public sealed record AttachmentItem(string ContentType, string Url);
