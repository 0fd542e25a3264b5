namespace ShopBot.Knowledge.Orders;

/// <summary>
/// One order of the seller centre's export. Times are Asia/Shanghai local times. <see cref="ToString"/> leaves out
/// the receiver's name, phone and address so that an order written to a log carries no personal data.
/// </summary>
public sealed record Order
{
    /// <summary>订单编号: 18 or 19 digits.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>买家会员名: the buyer's member name, which is the conversation's user id.</summary>
    public required string BuyerId { get; init; }

    public string? AlipayAccount { get; init; }

    /// <summary>买家应付货款.</summary>
    public decimal AmountDue { get; init; }

    /// <summary>买家实际支付金额.</summary>
    public decimal AmountPaid { get; init; }

    /// <summary>买家应付邮费: 0 for a free-shipping order, null when the source does not say.</summary>
    public decimal? Postage { get; init; }

    public required OrderStatus Status { get; init; }

    public RefundStatus Refund { get; init; }

    public string? ReceiverName { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PaidAt { get; init; }

    public DateTimeOffset? ShippedAt { get; init; }

    /// <summary>宝贝标题.</summary>
    public string Title { get; init; } = string.Empty;

    public int Quantity { get; init; }

    public string? Carrier { get; init; }

    public string? TrackingNumber { get; init; }

    /// <summary>订单备注: what the buyer wrote.</summary>
    public string? BuyerNote { get; init; }

    /// <summary>商家备注: the shop's internal note; never shown to the buyer.</summary>
    public string? SellerNote { get; init; }

    /// <summary>店铺名称: the shop the order was placed at.</summary>
    public string? ShopName { get; init; }

    public bool HasRefundUnderWay => Refund == RefundStatus.InProgress;

    public override string ToString() => $"Order {OrderNumber} of {BuyerId}: {Status}, refund {Refund}";

    /// <summary>The same order with every time moved by <paramref name="shift"/>.</summary>
    public Order ShiftedBy(TimeSpan shift) => shift == TimeSpan.Zero ? this : this with
    {
        CreatedAt = CreatedAt + shift,
        PaidAt = PaidAt + shift,
        ShippedAt = ShippedAt + shift,
    };
}
