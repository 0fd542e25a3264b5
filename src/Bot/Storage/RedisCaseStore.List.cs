using ShopBot.Knowledge.Cases;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

public sealed partial class RedisCaseStore
{
    /// <summary>Ids read from an index per round trip: a day's register or an agent's list takes one or two.</summary>
    private const int PageSize = 256;

    /// <summary>
    /// Walks the narrowest index (the buyer's, else the order's, else all) newest first within the time bounds, reading
    /// the cases a page at a time and keeping those the query matches, until the limit is reached.
    /// </summary>
    public async Task<IReadOnlyList<CaseRecord>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var found = new List<CaseRecord>();
        if (query.Limit <= 0)
        {
            return found;
        }

        var index = query.BuyerId is not null ? _keys.Buyer(query.BuyerId)
            : query.OrderNumber is not null ? _keys.Order(query.OrderNumber)
            : _keys.ByUpdate;
        // Scores are whole microseconds, so both bounds are inclusive here and the query's own test is exact.
        var newest = query.UpdatedBefore is { } before ? Score(before) : double.PositiveInfinity;
        var oldest = query.UpdatedFrom is { } from ? Score(from) : double.NegativeInfinity;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (long skip = 0; found.Count < query.Limit; skip += PageSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = await Db.SortedSetRangeByScoreAsync(index, oldest, newest, Exclude.None, Order.Descending, skip, PageSize).ConfigureAwait(false);
            var values = ids.Length == 0 ? [] : await Db.StringGetAsync([.. ids.Select(id => _keys.Case(id!))]).ConfigureAwait(false);
            foreach (var json in values)
            {
                // A case changed while the pages were read moves up its index and may be met twice.
                if (!json.IsNull && Read(json) is { } record && query.Matches(record) && seen.Add(record.Id))
                {
                    found.Add(record);
                }
            }

            if (ids.Length < PageSize)
            {
                break;
            }
        }

        return [.. found.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).Take(query.Limit)];
    }
}
