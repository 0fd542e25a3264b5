using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>One activity set as it arrived on a stream.</summary>
internal sealed record ActivitySetMessage(IReadOnlyList<Activity> Activities, string? Watermark);
