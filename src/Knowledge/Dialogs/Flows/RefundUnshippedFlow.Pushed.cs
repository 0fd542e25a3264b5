using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class RefundUnshippedFlow
{
    /// <summary>
    /// The answer to a refund pushed or asked again while one is under way: "东西还在路上 我不要了" about a shipped parcel
    /// gets the parcel's ways back (refuse it, have it stopped, return it after), never only "the refund is in hand".
    /// </summary>
    private static string AlreadyRefunding(FlowContext context, Orders.Order order) =>
        order.Status == Orders.OrderStatus.Shipped && RefusedParcel.SaysUnwantedOnTheWay(context) ? RefusedParcel.UnwantedRefunding : "refund_unshipped.already_refunding";

    /// <summary>
    /// "台灯我申请退款了 你们咋还没同意" then "还没发货的 直接退就好了呀": the buyer pushes the refund under way on the order in
    /// focus, so no new refund is opened on another order; null when another order is named or meant. "还没发货的" says
    /// where the refunding order stands too, so an order pointed at by its state alone is no other order.
    /// </summary>
    private static Orders.Order? PushesRefundUnderWay(FlowContext context)
    {
        var state = context.State;
        if (state.Step is null && OrderResolver.NamedByGoods(context) is [var goods]
            && context.Services.Orders.Find(context.Input.BuyerId, goods) is { HasRefundUnderWay: true, Status: Orders.OrderStatus.AwaitingShipment } named
            && !AnotherOrder().IsMatch(context.Compact))
        {
            // "台灯还没发货的 我不要了 赶紧给我退" names the lamp whose refund is waiting: that one, never the only other
            // unshipped order (the refunding one is no candidate for a new refund).
            return named;
        }


        var pointed = context.Facts.OrderReferences.Any(r => r.Evidence != Entities.OrderEvidence.State);
        if (state.Step is not null || state.LastOrderNumber is not { } focus
            || (pointed && !OrderResolver.Named(context).Any(o => o.OrderNumber == focus))
            || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0 || AnotherOrder().IsMatch(context.Compact))
        {
            return null;
        }

        return context.Services.Orders.Find(context.Input.BuyerId, focus) is { HasRefundUnderWay: true } pushed ? pushed : null;
    }

    [GeneratedRegex("另一|另外|别的|其他|其它|那单也|也(帮我)?退|也要退|都退|全退|两单|几单")]
    private static partial Regex AnotherOrder();
}
