using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// The Lua scripts behind every change of routing, queue and agents: each runs atomically on the server, so no change
/// is a read-modify-write across calls. Replies of routing changes are <c>{outcome, position, field, value, ...}</c>:
/// the outcome name, the 1-based position the conversation left the queue from (-1 if none) and the conversation hash.
/// </summary>
internal static class RedisScripts
{
    private const string Common = """
        local function status(key) return redis.call('HGET', key, 'status') or 'WithBot' end
        local function reply(key, outcome, position)
          local r = redis.call('HGETALL', key)
          table.insert(r, 1, position or -1)
          table.insert(r, 1, outcome)
          return r
        end
        local function record(historyKey, from, to, actor, reason, at)
          redis.call('RPUSH', historyKey, cjson.encode({from = from, to = to, actor = actor, reason = reason, at = at}))
        end
        -- A conversation back with the bot or closed expires with its transcript; queueing it again makes it persistent.
        local function expireAll(ttl, ...)
          for _, key in ipairs({...}) do redis.call('PEXPIRE', key, ttl) end
        end
        -- A queue entry whose conversation is missing or whose ticket is unreadable: out of the queue, kept aside, and
        -- the buyer back with the bot, so one bad entry never blocks the queue or fails an agent's request.
        local function quarantine(queueKey, quarantineKey, key, id)
          redis.call('ZREM', queueKey, id)
          redis.call('SADD', quarantineKey, id)
          if redis.call('EXISTS', key) == 1 then redis.call('HSET', key, 'status', 'WithBot') end
        end

        """;

    // Named parameters (LuaScript.Prepare). The buyer's and the channel's index sets may hold conversations that left the
    // queue (claims and cancels do not maintain them); only a set that looks full is pruned and counted again, so an
    // enqueue below the caps stays O(1).
    public static readonly LuaScript Enqueue = LuaScript.Prepare(Common + """
        local s = status(@conversation)
        if s == 'Queued' then return reply(@conversation, 'Unchanged') end
        if s == 'WithAgent' then return reply(@conversation, 'WrongState') end
        local function full(index, limit)
          limit = tonumber(limit)
          if redis.call('SCARD', index) < limit then return false end
          local n = 0
          for _, member in ipairs(redis.call('SMEMBERS', index)) do
            if redis.call('HGET', @conversationPrefix .. member, 'status') == 'Queued' then n = n + 1 else redis.call('SREM', index, member) end
          end
          return n >= limit
        end
        if full(@buyerIndex, @maxPerUser) then return reply(@conversation, 'BuyerAlreadyQueued') end
        if full(@channelIndex, @maxPerChannel) then return reply(@conversation, 'QueueFull') end
        redis.call('ZADD', @queue, @score, @id)
        redis.call('SADD', @buyerIndex, @id)
        redis.call('SADD', @channelIndex, @id)
        redis.call('PERSIST', @conversation)
        redis.call('PERSIST', @history)
        redis.call('HDEL', @conversation, 'agent', 'rating')
        redis.call('HSET', @conversation, 'id', @id, 'status', 'Queued', 'ticket', @ticket, 'buyer', @buyer, 'channel', @channel,
          'priority', @priority, 'queuedAt', @nowMs, 'returned', '0', 'since', @nowIso)
        redis.call('DEL', @held)
        record(@history, s, 'Queued', @actor, @reason, @nowIso)
        return reply(@conversation, 'Applied')
        """);

    // KEYS: conversation, queue, history, held. ARGV: id, now iso, actor, reason, retention ms.
    public const string Cancel = Common + """
        local s = status(KEYS[1])
        if s == 'WithAgent' then return reply(KEYS[1], 'WrongState') end
        if s ~= 'Queued' then return reply(KEYS[1], 'Unchanged') end
        local rank = redis.call('ZRANK', KEYS[2], ARGV[1])
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('HSET', KEYS[1], 'status', 'BackWithBot', 'since', ARGV[2])
        record(KEYS[3], s, 'BackWithBot', ARGV[3], ARGV[4], ARGV[2])
        expireAll(ARGV[5], KEYS[1], KEYS[3], KEYS[4])
        return reply(KEYS[1], 'Applied', rank + 1)
        """;

    // KEYS: conversation, held. ARGV: text, messages kept.
    public const string Hold = Common + """
        if status(KEYS[1]) ~= 'Queued' then return 0 end
        redis.call('RPUSH', KEYS[2], ARGV[1])
        redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
        return 1
        """;

    // KEYS: queue, agent, agent chats, pickups, unanswered, quarantine [, conversation].
    // ARGV: agent id, now ms, now iso, conversation key prefix, history key prefix, pickups kept [, conversation id].
    private const string ClaimCommon = Common + """
        local function available()
          if redis.call('HGET', KEYS[2], 'presence') ~= 'Online' then return false end
          return redis.call('SCARD', KEYS[3]) < tonumber(redis.call('HGET', KEYS[2], 'capacity') or '0')
        end
        local function assign(id)
          local key = ARGV[4] .. id
          local rank = redis.call('ZRANK', KEYS[1], id)
          redis.call('ZREM', KEYS[1], id)
          redis.call('SADD', KEYS[3], id)
          redis.call('HSET', KEYS[2], 'lastSeen', ARGV[3])
          redis.call('LPUSH', KEYS[4], ARGV[2] .. ':' .. redis.call('HGET', key, 'queuedAt'))
          redis.call('LTRIM', KEYS[4], 0, tonumber(ARGV[6]) - 1)
          redis.call('ZADD', KEYS[5], ARGV[2], id)
          redis.call('HSET', key, 'status', 'WithAgent', 'agent', ARGV[1], 'since', ARGV[3])
          record(ARGV[5] .. id, 'Queued', 'WithAgent', 'agent:' .. ARGV[1], 'claimed', ARGV[3])
          return reply(key, 'Applied', rank + 1)
        end
        local function claimable(key)
          local ticket = redis.call('HGET', key, 'ticket')
          if not ticket then return false end
          local ok, value = pcall(cjson.decode, ticket)
          return ok and type(value) == 'table'
        end

        """;

    public const string ClaimNext = ClaimCommon + """
        if not available() then return {'AgentUnavailable', -1} end
        local skipped = {}
        while true do
          local head = redis.call('ZRANGE', KEYS[1], 0, 0)
          if #head == 0 then
            local r = {'QueueEmpty', -1}
            if #skipped > 0 then table.insert(r, 'quarantined'); table.insert(r, table.concat(skipped, ' ')) end
            return r
          end
          if claimable(ARGV[4] .. head[1]) then
            local r = assign(head[1])
            if #skipped > 0 then table.insert(r, 'quarantined'); table.insert(r, table.concat(skipped, ' ')) end
            return r
          end
          quarantine(KEYS[1], KEYS[6], ARGV[4] .. head[1], head[1])
          table.insert(skipped, head[1])
        end
        """;

    public const string Claim = ClaimCommon + """
        local s = status(KEYS[7])
        if s == 'WithAgent' then
          if redis.call('HGET', KEYS[7], 'agent') == ARGV[1] then return reply(KEYS[7], 'Unchanged') end
          return reply(KEYS[7], 'NotOwner')
        end
        if s ~= 'Queued' then return reply(KEYS[7], 'WrongState') end
        if not claimable(KEYS[7]) then
          quarantine(KEYS[1], KEYS[6], KEYS[7], ARGV[7])
          local r = reply(KEYS[7], 'WrongState')
          table.insert(r, 'quarantined'); table.insert(r, ARGV[7])
          return r
        end
        if not available() then return reply(KEYS[7], 'AgentUnavailable') end
        return assign(ARGV[7])
        """;

    // KEYS: conversation, unanswered. ARGV: id, now ms.
    public const string MarkBuyerWaiting = Common + """
        if status(KEYS[1]) ~= 'WithAgent' then return 0 end
        redis.call('ZADD', KEYS[2], 'NX', ARGV[2], ARGV[1])
        return 1
        """;

    // KEYS: conversation, unanswered. ARGV: id, agent id.
    public const string MarkAgentAnswered = Common + """
        if status(KEYS[1]) ~= 'WithAgent' or redis.call('HGET', KEYS[1], 'agent') ~= ARGV[2] then return 0 end
        redis.call('ZREM', KEYS[2], ARGV[1])
        return 1
        """;

    // KEYS: conversation, queue, history, unanswered.
    // ARGV: id, agent id or '', unanswered-since ms or '', now ms, now iso, actor, reason, agent chats key prefix, key root,
    // highest priority. The score puts a released chat first in its own band, as QueueScore.Of(priority, returned: true, now) does.
    public const string Release = Common + """
        local s = status(KEYS[1])
        if s == 'Queued' then return reply(KEYS[1], 'Unchanged') end
        if s ~= 'WithAgent' then return reply(KEYS[1], 'WrongState') end
        local agent = redis.call('HGET', KEYS[1], 'agent')
        if ARGV[2] ~= '' and agent ~= ARGV[2] then return reply(KEYS[1], 'NotOwner') end
        if ARGV[3] ~= '' then
          local since = redis.call('ZSCORE', KEYS[4], ARGV[1])
          if not since or tonumber(since) > tonumber(ARGV[3]) then return reply(KEYS[1], 'Unchanged') end
        end
        redis.call('SREM', ARGV[8] .. agent, ARGV[1])
        redis.call('ZREM', KEYS[4], ARGV[1])
        local p = tonumber(redis.call('HGET', KEYS[1], 'priority'))
        redis.call('ZADD', KEYS[2], (tonumber(ARGV[10]) - p) * 2 * 1000000000000 + tonumber(ARGV[4]), ARGV[1])
        redis.call('HDEL', KEYS[1], 'agent')
        redis.call('HSET', KEYS[1], 'status', 'Queued', 'returned', '1', 'queuedAt', ARGV[4], 'since', ARGV[5])
        redis.call('SADD', ARGV[9] .. 'queued-buyer:' .. (redis.call('HGET', KEYS[1], 'buyer') or ''), ARGV[1])
        redis.call('SADD', ARGV[9] .. 'queued-channel:' .. (redis.call('HGET', KEYS[1], 'channel') or 'default'), ARGV[1])
        record(KEYS[3], s, 'Queued', ARGV[6], ARGV[7], ARGV[5])
        return reply(KEYS[1], 'Applied')
        """;

    // KEYS: conversation, history, unanswered, held. ARGV: id, agent id, target status, now iso, reason, agent chats key prefix, retention ms.
    public const string EndChat = Common + """
        local s = status(KEYS[1])
        if s == ARGV[3] then return reply(KEYS[1], 'Unchanged') end
        if s ~= 'WithAgent' then return reply(KEYS[1], 'WrongState') end
        if redis.call('HGET', KEYS[1], 'agent') ~= ARGV[2] then return reply(KEYS[1], 'NotOwner') end
        redis.call('SREM', ARGV[6] .. ARGV[2], ARGV[1])
        redis.call('ZREM', KEYS[3], ARGV[1])
        redis.call('HDEL', KEYS[1], 'agent')
        redis.call('HSET', KEYS[1], 'status', ARGV[3], 'since', ARGV[4])
        record(KEYS[2], s, ARGV[3], 'agent:' .. ARGV[2], ARGV[5], ARGV[4])
        expireAll(ARGV[7], KEYS[1], KEYS[2], KEYS[4])
        return reply(KEYS[1], 'Applied')
        """;

    // KEYS: conversation. ARGV: buyer id, rating.
    public const string Rate = Common + """
        local s = status(KEYS[1])
        if s ~= 'Closed' and s ~= 'BackWithBot' then return 'NotClosed' end
        if redis.call('HGET', KEYS[1], 'buyer') ~= ARGV[1] then return 'WrongBuyer' end
        if redis.call('HSETNX', KEYS[1], 'rating', ARGV[2]) == 0 then return 'AlreadyRated' end
        return 'Recorded'
        """;

    // KEYS: queue, quarantine. ARGV: conversation key prefix.
    // Reply: {{id, ticket, queuedAt, returned, ...}, {quarantined id, ...}} head first, one snapshot.
    public const string ListQueue = Common + """
        local r = {}
        local skipped = {}
        for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
          local key = ARGV[1] .. id
          local f = redis.call('HMGET', key, 'ticket', 'queuedAt', 'returned')
          local ok = f[1] and f[2] and pcall(cjson.decode, f[1])
          if ok then
            table.insert(r, id); table.insert(r, f[1]); table.insert(r, f[2]); table.insert(r, f[3] or '0')
          else
            quarantine(KEYS[1], KEYS[2], key, id)
            table.insert(skipped, id)
          end
        end
        return {r, skipped}
        """;

    private const string AgentReply = """
        local function agentReply() return {redis.call('HGETALL', KEYS[1]), redis.call('SMEMBERS', KEYS[2])} end

        """;

    // KEYS: agent, agent chats, agents. ARGV: agent id, presence, now iso, default capacity.
    public const string SetPresence = AgentReply + """
        redis.call('HSETNX', KEYS[1], 'capacity', ARGV[4])
        redis.call('HSET', KEYS[1], 'id', ARGV[1], 'presence', ARGV[2], 'lastSeen', ARGV[3])
        redis.call('SADD', KEYS[3], ARGV[1])
        return agentReply()
        """;

    // KEYS: agent, agent chats. ARGV: capacity.
    public const string SetCapacity = AgentReply + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
        redis.call('HSET', KEYS[1], 'capacity', ARGV[1])
        return agentReply()
        """;

    // KEYS: agent, agent chats.
    public const string GetAgent = AgentReply + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
        return agentReply()
        """;

    // KEYS: agent. ARGV: now iso.
    public const string Heartbeat = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], 'lastSeen', ARGV[1])
        return 1
        """;
}
