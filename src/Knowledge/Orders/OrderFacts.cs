namespace ShopBot.Knowledge.Orders;

/// <summary>
/// What the dialog flows need to know about an order at a given moment: paid, shipped, tracking number, hours since
/// payment against the shipping promise, and whether a parcel shipped long ago is still not confirmed.
/// </summary>
public sealed record OrderFacts(
    bool IsPaid,
    bool IsShipped,
    bool HasTrackingNumber,
    bool HasRefundUnderWay,
    double? HoursSincePayment,
    DateTimeOffset? ShipBy,
    bool IsPastShippingPromise,
    double? HoursLeftToShip,
    double? DaysSinceShipment,
    bool IsShippedLongAgo)
{
    /// <summary>
    /// Paid longer ago than the shipping promise and still no tracking number, though marked shipped: to the buyer the
    /// parcel has not left, so the promise counts as missed.
    /// </summary>
    public bool IsPastPromiseWithoutNumber { get; init; }

    public static OrderFacts Of(Order order, DateTimeOffset now, int shippingPromiseHours, int shippedLongAgoDays)
    {
        ArgumentNullException.ThrowIfNull(order);
        var isPaid = order.PaidAt is not null && order.Status != OrderStatus.AwaitingPayment;
        var isShipped = order.ShippedAt is not null || order.Status is OrderStatus.Shipped or OrderStatus.Completed;
        double? hoursSincePayment = isPaid ? Math.Max(0, (now - order.PaidAt!.Value).TotalHours) : null;
        DateTimeOffset? shipBy = isPaid ? order.PaidAt!.Value.AddHours(shippingPromiseHours) : null;
        var waitingToShip = isPaid && !isShipped && order.Status == OrderStatus.AwaitingShipment;
        double? daysSinceShipment = order.ShippedAt is { } shippedAt ? Math.Max(0, (now - shippedAt).TotalDays) : null;
        return new OrderFacts(
            IsPaid: isPaid,
            IsShipped: isShipped,
            HasTrackingNumber: !string.IsNullOrWhiteSpace(order.TrackingNumber),
            HasRefundUnderWay: order.HasRefundUnderWay,
            HoursSincePayment: hoursSincePayment,
            ShipBy: shipBy,
            IsPastShippingPromise: waitingToShip && hoursSincePayment > shippingPromiseHours,
            HoursLeftToShip: waitingToShip ? Math.Max(0, shippingPromiseHours - hoursSincePayment!.Value) : null,
            DaysSinceShipment: daysSinceShipment,
            IsShippedLongAgo: order.Status == OrderStatus.Shipped && daysSinceShipment >= shippedLongAgoDays)
        {
            IsPastPromiseWithoutNumber = order.Status == OrderStatus.Shipped && string.IsNullOrWhiteSpace(order.TrackingNumber)
                && hoursSincePayment > shippingPromiseHours,
        };
    }
}
