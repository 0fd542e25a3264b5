using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class TrackFlow
{
    /// <summary>The parcel of a refund under way, still on its way: where it is, and refusing it finishes the refund.</summary>
    public const string RefundingOnTheWay = "track.refunding_on_the_way";

    /// <summary>
    /// "浴巾退款怎么还在退款中" then "东西我还没收到 圆通的": the parcel not received is the refunding one just talked
    /// about, never another order the same courier carries that has no refund.
    /// </summary>
    private static Order? RefundingParcelInFocus(FlowContext context)
    {
        var state = context.State;
        if (state.Step is not null || state.LastOrderNumber is not { } focus
            || context.Services.Orders.Find(context.Input.BuyerId, focus) is not { HasRefundUnderWay: true, Status: OrderStatus.Shipped } refunding
            || string.IsNullOrEmpty(refunding.TrackingNumber)
            || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0
            || OrderChoice.MeansAnother(context.Normalized))
        {
            return null;
        }

        var named = OrderResolver.Named(context);
        return named.Count == 0 || named.Any(o => o.OrderNumber == focus) ? refunding : null;
    }
}
