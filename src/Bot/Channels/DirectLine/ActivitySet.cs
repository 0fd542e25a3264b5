using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>A page of activities and the watermark to poll from next.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
