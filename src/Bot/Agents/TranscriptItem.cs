namespace ShopBot.Bot.Agents;

/// <summary>One message of the transcript as plain text; <see cref="Sender"/> is <c>buyer</c>, <c>bot</c> or <c>agent</c>.</summary>
public sealed record TranscriptItem(string Sender, string? Name, string Text, DateTimeOffset? Time, int Attachments);
