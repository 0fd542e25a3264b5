using StackExchange.Redis;

namespace ShopBot.Handoff.Redis;

/// <summary>
/// The Lua scripts of the agent's desk, with named parameters. An offer stands while the conversation is with the
/// offering agent at the routing moment (<c>since</c>) the offer was made in; any later change makes it stale.
/// </summary>
internal static class RedisDeskScripts
{
    private const string Standing = """
        local function standing(conversation, transfer)
          local o = redis.call('HMGET', transfer, 'from', 'to', 'since')
          if not o[1] then return nil end
          local c = redis.call('HMGET', conversation, 'status', 'agent', 'since')
          if c[1] ~= 'WithAgent' or c[2] ~= o[1] or c[3] ~= o[3] then return nil end
          return o
        end

        """;

    public static readonly LuaScript MarkTyping = LuaScript.Prepare("""
        if redis.call('HGET', @conversation, 'status') ~= 'WithAgent' or redis.call('HGET', @conversation, 'agent') ~= @agent then return 0 end
        redis.call('ZADD', @unanswered, 'XX', @nowMs, @id)
        return 1
        """);

    public static readonly LuaScript Offer = LuaScript.Prepare("""
        if redis.call('HGET', @conversation, 'status') ~= 'WithAgent' then return 'WrongState' end
        if redis.call('HGET', @conversation, 'agent') ~= @from then return 'NotOwner' end
        if @from == @to or redis.call('HGET', @toAgent, 'presence') ~= 'Online' then return 'AgentUnavailable' end
        local previous = redis.call('HGET', @transfer, 'to')
        if previous then redis.call('SREM', @transfersToPrefix .. previous, @id) end
        redis.call('DEL', @transfer)
        redis.call('HSET', @transfer, 'from', @from, 'to', @to, 'since', redis.call('HGET', @conversation, 'since'), 'at', @nowIso)
        redis.call('SADD', @transfersTo, @id)
        redis.call('ZADD', @transfers, @nowMs, @id)
        return 'Applied'
        """);

    public static readonly LuaScript Accept = LuaScript.Prepare(Standing + """
        local o = standing(@conversation, @transfer)
        if not o or o[2] ~= @to then
          local r = redis.call('HGETALL', @conversation)
          table.insert(r, 1, -1); table.insert(r, 1, 'WrongState')
          return r
        end
        local capacity = tonumber(redis.call('HGET', @toAgent, 'capacity') or '0')
        if redis.call('HGET', @toAgent, 'presence') ~= 'Online' or redis.call('SCARD', @toChats) >= capacity then
          local r = redis.call('HGETALL', @conversation)
          table.insert(r, 1, -1); table.insert(r, 1, 'AgentUnavailable')
          return r
        end
        redis.call('SREM', @agentChatsPrefix .. o[1], @id)
        redis.call('SADD', @toChats, @id)
        redis.call('HSET', @toAgent, 'lastSeen', @nowIso)
        redis.call('HSET', @conversation, 'agent', @to, 'since', @nowIso)
        redis.call('ZADD', @unanswered, 'XX', @nowMs, @id)
        redis.call('RPUSH', @history, cjson.encode({from = 'WithAgent', to = 'WithAgent', actor = 'agent:' .. @to, reason = 'transferred from ' .. o[1], at = @nowIso}))
        redis.call('DEL', @transfer)
        redis.call('SREM', @transfersTo, @id)
        redis.call('ZREM', @transfers, @id)
        local r = redis.call('HGETALL', @conversation)
        table.insert(r, 1, -1); table.insert(r, 1, 'Applied')
        return r
        """);

    public static readonly LuaScript TakeBack = LuaScript.Prepare(Standing + """
        local o = standing(@conversation, @transfer)
        redis.call('SREM', @transfersTo, @id)
        if not o or o[2] ~= @to then return false end
        redis.call('DEL', @transfer)
        redis.call('ZREM', @transfers, @id)
        return o[1]
        """);

    // Reply: {id, from, at, ...} of the offers that stand; stale ones are dropped on the way.
    public static readonly LuaScript ListOffers = LuaScript.Prepare(Standing + """
        local r = {}
        for _, id in ipairs(redis.call('SMEMBERS', @transfersTo)) do
          local transfer = @transferPrefix .. id
          local o = standing(@conversationPrefix .. id, transfer)
          if o and o[2] == @to then
            table.insert(r, id); table.insert(r, o[1]); table.insert(r, redis.call('HGET', transfer, 'at'))
          else
            redis.call('SREM', @transfersTo, id)
            if not o then redis.call('DEL', transfer); redis.call('ZREM', @transfers, id) end
          end
        end
        return r
        """);

    // Reply: {id, from, to, at, ...} of the standing offers made at or before the cutoff; stale ones are dropped on the way.
    public static readonly LuaScript ListOffersMadeBefore = LuaScript.Prepare(Standing + """
        local r = {}
        for _, id in ipairs(redis.call('ZRANGEBYSCORE', @transfers, '-inf', @cutoffMs)) do
          local transfer = @transferPrefix .. id
          local o = standing(@conversationPrefix .. id, transfer)
          if o then
            table.insert(r, id); table.insert(r, o[1]); table.insert(r, o[2]); table.insert(r, redis.call('HGET', transfer, 'at'))
          else
            local to = redis.call('HGET', transfer, 'to')
            if to then redis.call('SREM', @transfersToPrefix .. to, id) end
            redis.call('DEL', transfer)
            redis.call('ZREM', @transfers, id)
          end
        end
        return r
        """);

    public static readonly LuaScript AddNote = LuaScript.Prepare("""
        redis.call('RPUSH', @notes, @json)
        redis.call('LTRIM', @notes, -tonumber(@kept), -1)
        redis.call('PEXPIRE', @notes, @ttl)
        return 1
        """);
}
