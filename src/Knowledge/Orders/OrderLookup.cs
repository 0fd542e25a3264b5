using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Orders;

/// <summary>Answers the flows from the current order book, always for one buyer.</summary>
public sealed class OrderLookup(OrderStore store, OrderNumberExtractor extractor, IOptions<OrdersOptions> options, TimeProvider time) : IOrderLookup
{
    public IReadOnlyList<Order> OrdersOf(string buyerId)
    {
        ArgumentNullException.ThrowIfNull(buyerId);
        return store.Current.OfBuyer(buyerId);
    }

    public Order? Find(string buyerId, string orderNumber)
    {
        ArgumentNullException.ThrowIfNull(buyerId);
        ArgumentNullException.ThrowIfNull(orderNumber);
        var number = extractor.ExtractSingle(orderNumber);
        if (number is null)
        {
            return null;
        }

        // One question, one answer: a number owned by someone else is reported exactly as an unknown one.
        var order = store.Current.ByNumber(number);
        return order is not null && string.Equals(order.BuyerId, buyerId.Trim(), StringComparison.Ordinal) ? order : null;
    }

    public IReadOnlyList<string> ExtractOrderNumbers(string text) => extractor.Extract(text);

    public OrderFacts Facts(Order order) =>
        OrderFacts.Of(order, ShanghaiTime.Now(time), options.Value.ShippingPromiseHours, options.Value.ShippedLongAgoDays);
}
