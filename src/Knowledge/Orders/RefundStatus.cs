namespace ShopBot.Knowledge.Orders;

/// <summary>Where a refund on the order stands, from the 退款状态 column or an 订单状态 of 退款中.</summary>
public enum RefundStatus
{
    None,

    /// <summary>Requested and not yet finished: the buyer asked, the seller has not refunded or refused.</summary>
    InProgress,

    Succeeded,

    /// <summary>The buyer withdrew the request or it was refused.</summary>
    Closed,
}
