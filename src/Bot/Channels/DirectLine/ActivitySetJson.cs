namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// An <see cref="ActivitySet"/> already written as JSON (UTF-8), as polls and streams send it: how many activities it
/// holds and the watermark to read from next.
/// </summary>
public sealed record ActivitySetJson(ReadOnlyMemory<byte> Utf8, int Count, long Watermark);
