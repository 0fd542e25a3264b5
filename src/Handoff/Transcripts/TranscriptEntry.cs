namespace ShopBot.Handoff.Transcripts;

/// <summary>One stored activity of a conversation, as JSON, at its position in the conversation (0, 1, 2, ...).</summary>
public sealed record TranscriptEntry(long Index, string ActivityJson);
