namespace ShopBot.Knowledge.Orders;

/// <summary>
/// The buyer-facing view of the orders, for the dialog flows. Every lookup is scoped to one buyer (the conversation's
/// user id, matched to 买家会员名): another buyer's order number gives exactly what an unknown number gives.
/// </summary>
public interface IOrderLookup
{
    /// <summary>The buyer's orders, newest first; empty for a buyer with none.</summary>
    IReadOnlyList<Order> OrdersOf(string buyerId);

    /// <summary>The buyer's order with this number, or null when it is unknown or belongs to someone else.</summary>
    Order? Find(string buyerId, string orderNumber);

    /// <summary>The 18–19 digit order numbers in free text, in the order they appear.</summary>
    IReadOnlyList<string> ExtractOrderNumbers(string text);

    /// <summary>Shipped or not, hours since payment against the promise, shipped long ago: as of now.</summary>
    OrderFacts Facts(Order order);
}
