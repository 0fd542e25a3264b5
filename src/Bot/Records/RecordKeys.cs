using StackExchange.Redis;

namespace ShopBot.Bot.Records;

/// <summary>The Redis keys of the records, under the handoff's prefix as the same hash tag (<c>{shopbot}:records:…</c>).</summary>
public sealed class RecordKeys(string prefix)
{
    public string Root { get; } = "{" + prefix + "}:records:";

    /// <summary>Turn records as JSON members, scored by their time in Unix milliseconds.</summary>
    public RedisKey Turns => Root + "turns";

    /// <summary>Handoff events as JSON members, scored by their time in Unix milliseconds.</summary>
    public RedisKey Events => Root + "events";

    /// <summary>The trainers' review decisions: one JSON field per reviewed line id.</summary>
    public RedisKey Review => Root + "review";
}
