using System.Collections.Frozen;

namespace ShopBot.Knowledge.Orders;

/// <summary>An immutable set of orders indexed by number and by buyer; the store swaps whole books, so readers never see half an import.</summary>
public sealed class OrderBook
{
    private readonly FrozenDictionary<string, Order> _byNumber;
    private readonly FrozenDictionary<string, Order[]> _byBuyer;

    public OrderBook(IEnumerable<Order> orders, string source)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var list = orders.ToList();
        _byNumber = list.DistinctBy(o => o.OrderNumber).ToFrozenDictionary(o => o.OrderNumber, StringComparer.Ordinal);
        _byBuyer = _byNumber.Values.GroupBy(o => o.BuyerId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(o => o.CreatedAt).ToArray(), StringComparer.Ordinal);
        Source = source;
    }

    public static OrderBook Empty { get; } = new([], "(none)");

    public string Source { get; }

    public int Count => _byNumber.Count;

    public IEnumerable<Order> All => _byNumber.Values;

    /// <summary>The buyer's orders, newest first.</summary>
    public IReadOnlyList<Order> OfBuyer(string buyerId) => _byBuyer.TryGetValue(buyerId.Trim(), out var orders) ? orders : [];

    /// <summary>Any buyer's order: for the shop's own people only, never for a buyer-facing answer.</summary>
    public Order? ByNumber(string orderNumber) => _byNumber.GetValueOrDefault(orderNumber);
}
