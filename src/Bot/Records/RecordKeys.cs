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

    /// <summary>Conversations with a turn for the review inbox, scored by the latest such turn's time in Unix milliseconds.</summary>
    public RedisKey ReviewConversations => Root + "review-conversations";

    /// <summary>One conversation's turns as JSON members scored by time, kept for the review inbox.</summary>
    public RedisKey Conversation(string conversationId) => Root + "conversation:" + conversationId;

    /// <summary>The trainers' review decisions: one JSON field per reviewed line id.</summary>
    public RedisKey Review => Root + "review";

    /// <summary>When each review decision was taken (line id scored in Unix milliseconds), to trim them by the retention.</summary>
    public RedisKey ReviewTimes => Root + "review-times";
}
