using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Whether a request could apply to any of the buyer's orders, so that a clarifying question offers only what fits
/// them: no quality problem to a buyer with nothing delivered, no refund before shipment when everything has shipped.
/// </summary>
internal static class ClarifyFit
{
    public static bool Fits(string intent, IReadOnlyList<Order> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return intent switch
        {
            IntentIds.QualityReturn or IntentIds.NoReasonReturn or IntentIds.Track or IntentIds.Repair or IntentIds.Installation =>
                orders.Any(o => o.Status is OrderStatus.Shipped or OrderStatus.Completed),
            IntentIds.RefundUnshipped or IntentIds.Hurry or IntentIds.DelayShipment =>
                orders.Any(o => o.Status == OrderStatus.AwaitingShipment),
            IntentIds.ChangeAddress => orders.Any(o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment or OrderStatus.Shipped),
            IntentIds.RestoreOrder => orders.Any(o => o.Status == OrderStatus.Closed),
            _ => true,
        };
    }
}
