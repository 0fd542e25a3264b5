using System.Globalization;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;
using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

public sealed partial class RedisHandoffStore
{
    public async Task<QueueChange> ClaimNextAsync(string agentId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.ClaimNext, ClaimKeys(agentId), ClaimArguments(agentId, now)).ConfigureAwait(false);
        return ReadChange(null, result);
    }

    public async Task<QueueChange> ClaimAsync(string agentId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.Claim,
            [.. ClaimKeys(agentId), _keys.Conversation(conversationId)],
            [.. ClaimArguments(agentId, now), conversationId]).ConfigureAwait(false);
        return ReadChange(conversationId, result);
    }

    public async Task<bool> MarkBuyerWaitingAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.MarkBuyerWaiting,
            [_keys.Conversation(conversationId), _keys.Unanswered], [conversationId, QueueScore.Milliseconds(now)]).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<bool> MarkAgentAnsweredAsync(string agentId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.MarkAgentAnswered,
            [_keys.Conversation(conversationId), _keys.Unanswered], [conversationId, agentId]).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<QueueChange> ReleaseAsync(string conversationId, string? agentId, DateTimeOffset? unansweredSince, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.Release,
            [_keys.Conversation(conversationId), _keys.Queue, _keys.History(conversationId), _keys.Unanswered],
            [conversationId, agentId ?? "", unansweredSince is { } since ? QueueScore.Milliseconds(since) : "",
             QueueScore.Milliseconds(now), Iso(now), actor, reason, _keys.AgentChatsPrefix, _keys.Root, QueueScore.MaxPriority]).ConfigureAwait(false);
        return ReadChange(conversationId, result);
    }

    public async Task<QueueChange> EndChatAsync(string agentId, string conversationId, RoutingStatus target, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (target is not (RoutingStatus.BackWithBot or RoutingStatus.Closed))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "An agent's chat ends back with the bot or closed.");
        }

        var result = await Db.ScriptEvaluateAsync(RedisScripts.EndChat,
            [_keys.Conversation(conversationId), _keys.History(conversationId), _keys.Unanswered, _keys.Held(conversationId)],
            [conversationId, agentId, target.ToString(), Iso(now), reason, _keys.AgentChatsPrefix, _retention]).ConfigureAwait(false);
        return ReadChange(conversationId, result);
    }

    public async Task<IReadOnlyList<string>> ListUnansweredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var ids = await Db.SortedSetRangeByScoreAsync(_keys.Unanswered, double.NegativeInfinity, QueueScore.Milliseconds(cutoff)).ConfigureAwait(false);
        return ids.Select(v => v.ToString()).ToList();
    }

    public async Task<AgentStatus> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.SetPresence,
            [_keys.Agent(agentId), _keys.AgentChats(agentId), _keys.Agents],
            [agentId, presence.ToString(), Iso(now), options.Value.DefaultCapacity]).ConfigureAwait(false);
        return ReadAgent(agentId, result)!;
    }

    public async Task<AgentStatus?> SetCapacityAsync(string agentId, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.SetCapacity, [_keys.Agent(agentId), _keys.AgentChats(agentId)], [capacity]).ConfigureAwait(false);
        return ReadAgent(agentId, result);
    }

    public async Task<bool> HeartbeatAsync(string agentId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.Heartbeat, [_keys.Agent(agentId)], [Iso(now)]).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<AgentStatus?> GetAsync(string agentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        var result = await Db.ScriptEvaluateAsync(RedisScripts.GetAgent, [_keys.Agent(agentId), _keys.AgentChats(agentId)]).ConfigureAwait(false);
        return ReadAgent(agentId, result);
    }

    public async Task<IReadOnlyList<AgentStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var ids = await Db.SetMembersAsync(_keys.Agents).ConfigureAwait(false);
        var agents = new List<AgentStatus>(ids.Length);
        foreach (var id in ids.Select(v => v.ToString()).Order(StringComparer.Ordinal))
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } agent)
            {
                agents.Add(agent);
            }
        }

        return agents;
    }

    private RedisKey[] ClaimKeys(string agentId) =>
        [_keys.Queue, _keys.Agent(agentId), _keys.AgentChats(agentId), _keys.Pickups, _keys.Unanswered, _keys.Quarantine];

    private RedisValue[] ClaimArguments(string agentId, DateTimeOffset now) =>
        [agentId, QueueScore.Milliseconds(now), Iso(now), _keys.ConversationPrefix, _keys.HistoryPrefix, PickupsKept];

    private static AgentStatus? ReadAgent(string agentId, RedisResult result)
    {
        var reply = (RedisResult[])result!;
        if (reply.Length == 0)
        {
            return null;
        }

        var hash = (RedisResult[])reply[0]!;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < hash.Length; i += 2)
        {
            fields[(string)hash[i]!] = (string)hash[i + 1]!;
        }

        var chats = ((RedisResult[])reply[1]!).Select(r => (string)r!).Order(StringComparer.Ordinal).ToList();
        return new AgentStatus(
            agentId,
            Enum.Parse<AgentPresence>(fields["presence"]),
            int.Parse(fields["capacity"], CultureInfo.InvariantCulture),
            chats,
            DateTimeOffset.Parse(fields["lastSeen"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
    }
}
