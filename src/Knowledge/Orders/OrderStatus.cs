namespace ShopBot.Knowledge.Orders;

/// <summary>
/// The trade state of an order, as the seller centre's 订单状态 column states it. A refund under way is not a
/// trade state of its own: it is <see cref="Order.Refund"/> on top of the state the trade is in.
/// </summary>
public enum OrderStatus
{
    /// <summary>等待买家付款.</summary>
    AwaitingPayment,

    /// <summary>买家已付款，等待卖家发货.</summary>
    AwaitingShipment,

    /// <summary>卖家已发货，等待买家确认.</summary>
    Shipped,

    /// <summary>交易成功.</summary>
    Completed,

    /// <summary>交易关闭.</summary>
    Closed,
}
