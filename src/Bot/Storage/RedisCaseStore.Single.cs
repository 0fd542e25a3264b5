using System.Text.Json;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

public sealed partial class RedisCaseStore
{
    /// <summary>
    /// Looks through the order's cases for an open one of the new case's kind and buyer (compared on the stored JSON
    /// itself) and returns it; else writes the new case and its indexes. One script, so no other writer comes between
    /// the look and the write. Returns the standing case's JSON, 1 when opened, 0 when the id was taken.
    /// </summary>
    private static readonly LuaScript OpenUnlessOpen = LuaScript.Prepare("""
        local new = cjson.decode(@json)
        for _, id in ipairs(redis.call('ZRANGE', @orderIndex, 0, -1)) do
          local stored = redis.call('GET', @caseRoot .. id)
          if stored then
            local c = cjson.decode(stored)
            if c.status == new.status and c.kind == new.kind and c.buyerId == new.buyerId and c.orderNumber == new.orderNumber then
              return stored
            end
          end
        end
        if redis.call('EXISTS', @caseKey) == 1 then
          return 0
        end
        redis.call('SET', @caseKey, @json)
        redis.call('ZADD', @byUpdate, @score, @id)
        redis.call('ZADD', @buyerIndex, @score, @id)
        redis.call('ZADD', @orderIndex, @score, @id)
        return 1
        """);

    public async Task<CaseOpening> OpenUnlessOpenAsync(CaseDraft draft, CancellationToken cancellationToken = default)
    {
        CaseDraftValidator.Validate(draft);
        if (draft.OrderNumber is not { } orderNumber)
        {
            return new CaseOpening(await OpenAsync(draft, cancellationToken).ConfigureAwait(false), Opened: true);
        }

        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sequence = await Db.StringIncrementAsync(_keys.Sequence).ConfigureAwait(false);
            var now = ShanghaiTime.Now(time);
            var record = CaseChanges.Open(draft, CaseChanges.Id(now, sequence), now);
            var result = await OpenUnlessOpen.EvaluateAsync(Db, new
            {
                json = JsonSerializer.Serialize(record, CaseJsonContext.Default.CaseRecord),
                orderIndex = _keys.Order(orderNumber),
                caseRoot = _keys.Root + "case:",
                caseKey = _keys.Case(record.Id),
                byUpdate = _keys.ByUpdate,
                buyerIndex = _keys.Buyer(record.BuyerId),
                score = Score(record.UpdatedAt),
                id = record.Id,
            }).ConfigureAwait(false);
            if (result.Resp2Type == ResultType.BulkString)
            {
                return new CaseOpening(Read((RedisValue)result), Opened: false);
            }

            if ((long)result == 1)
            {
                LogOpened(record.Id, record.Kind.Name(), record.OrderNumber);
                return new CaseOpening(record, Opened: true);
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"No free case id after {MaxAttempts} tries: is the counter {_keys.Sequence} behind the stored cases?");
            }
        }
    }
}
