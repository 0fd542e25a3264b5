using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// Every Redis key of the handoff library. The prefix is a hash tag (<c>{shopbot}:…</c>), so on a Redis Cluster all keys
/// live in one slot and the Lua scripts may touch several of them and derive per-conversation keys at run time.
/// </summary>
public sealed class RedisKeys(string prefix)
{
    public string Root { get; } = "{" + prefix + "}:";

    public RedisKey Queue => Root + "queue";

    public RedisKey Agents => Root + "agents";

    public RedisKey Unanswered => Root + "unanswered";

    public RedisKey Pickups => Root + "pickups";

    /// <summary>Queue entries taken out because their conversation was missing or unreadable.</summary>
    public RedisKey Quarantine => Root + "quarantine";

    /// <summary>Conversations of one buyer, or one channel, that were queued; pruned and counted against the queue caps.</summary>
    public RedisKey QueuedByBuyer(string buyerId) => Root + "queued-buyer:" + buyerId;

    public RedisKey QueuedByChannel(string channel) => Root + "queued-channel:" + channel;

    /// <summary>Key prefixes the scripts complete with a conversation or agent id.</summary>
    public string ConversationPrefix => Root + "conv:";

    public string HistoryPrefix => Root + "history:";

    public string HeldPrefix => Root + "held:";

    public string AgentPrefix => Root + "agent:";

    public string AgentChatsPrefix => Root + "agent-chats:";

    public RedisKey Conversation(string conversationId) => ConversationPrefix + conversationId;

    public RedisKey History(string conversationId) => HistoryPrefix + conversationId;

    public RedisKey Held(string conversationId) => HeldPrefix + conversationId;

    public RedisKey Agent(string agentId) => AgentPrefix + agentId;

    public RedisKey AgentChats(string agentId) => AgentChatsPrefix + agentId;

    public RedisKey Transcript(string conversationId) => Root + "transcript:" + conversationId;

    public RedisKey State(string conversationId) => Root + "state:" + conversationId;

    public RedisKey ClientActivityIds(string conversationId) => Root + "client-ids:" + conversationId;

    public RedisKey ClientActivityOrder(string conversationId) => Root + "client-order:" + conversationId;
}
