using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

/// <summary>
/// Every Redis key of the case store: the handoff's prefix as the same hash tag (<c>{shopbot}:cases:…</c>), so that
/// a case and its indexes sit in one slot on a Redis Cluster and one transaction may change them together.
/// </summary>
public sealed class CaseKeys(string prefix)
{
    public string Root { get; } = "{" + prefix + "}:cases:";

    /// <summary>The counter case ids are numbered from, shared by every host.</summary>
    public RedisKey Sequence => Root + "sequence";

    /// <summary>Every case id, scored by when the case last changed.</summary>
    public RedisKey ByUpdate => Root + "by-update";

    public RedisKey Case(string caseId) => Root + "case:" + caseId;

    /// <summary>One buyer's case ids, scored by when each last changed.</summary>
    public RedisKey Buyer(string buyerId) => Root + "buyer:" + buyerId;

    /// <summary>One order's case ids, scored by when each last changed.</summary>
    public RedisKey Order(string orderNumber) => Root + "order:" + orderNumber;
}
