using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>Redis keys of the agent's desk (transfers and notes), under the same hash-tagged root as <see cref="RedisKeys"/>.</summary>
public sealed class RedisDeskKeys(RedisKeys keys)
{
    /// <summary>The standing offer of a conversation: hash of <c>from</c>, <c>to</c>, <c>since</c> (the routing moment) and <c>at</c>.</summary>
    public RedisKey Transfer(string conversationId) => TransferPrefix + conversationId;

    /// <summary>Conversations offered to one agent; pruned of stale offers when read.</summary>
    public RedisKey TransfersTo(string agentId) => TransfersToPrefix + agentId;

    /// <summary>Every standing offer, scored by when it was made (ms), so the sweeper finds the unanswered ones without a scan.</summary>
    public RedisKey Transfers => keys.Root + "transfers";

    public RedisKey Notes(string conversationId) => keys.Root + "notes:" + conversationId;

    public string TransferPrefix => keys.Root + "transfer:";

    public string TransfersToPrefix => keys.Root + "transfers-to:";
}
