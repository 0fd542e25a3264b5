using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不能补是吧 那我收到直接退货再重新拍", "不退的话我收到就退货", "不退的话我就退货了 反正还没收到", "那我退了吧" after the
/// price-protection answer, about an order on its way: returning it to buy it again cheaper is the buyer's right, so the rules are said as they are (signed for, within
/// 7 days, unused, the buyer's postage; or refused at the door) with the new order at the page's price that day, never
/// a defect's photos, a window counted as if the parcel had been signed for, nor the price-protection answer again.
/// </summary>
public static partial class ReturnToReorder
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || !PriceDifferenceDemand.Told(state)
            || !(ReturnOnArrival().IsMatch(compact) || ReturnThenReorder().IsMatch(compact) || ReturnThreatened.IsSaid(compact))
            || state.LastOrderNumber is not { } number
            || OrderResolver.Named(context).Any(o => o.OrderNumber != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped, HasRefundUnderWay: false } order)
        {
            return false;
        }

        state.ClearClarification();
        // "退我40差价 不退的话我收到就退货": the difference demanded is answered first (the shop cannot refund it itself).
        PriceDifferenceDemand.TryAnswer(context);
        context.Say("price_protection.return_to_reorder", context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// "收到就退货 再给你们一个差评" that fetches a supervisor: the return threatened of the order in focus, on its way or
    /// received, is told as the 7-day no-reason return stands (the buyer's postage), whatever else the turn said.
    /// </summary>
    public static bool TryAnswerBesideComplaint(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (!ReturnOnArrival().IsMatch(context.Compact) || (state.LastOrderNumber ?? state.OrderNumber) is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped or OrderStatus.Completed, HasRefundUnderWay: false } order)
        {
            return false;
        }

        context.Say("no_reason_return.within_window", context.SlotsOf(order));
        return true;
    }

    // "收到直接退货", "我收到就退货", "到了就退回去", "收到貨就退": a return once the parcel arrives.
    [GeneratedRegex("(?:收到|到了|到货|到貨|签收|簽收)(?:货|貨|以后|之后|後)?(?:我)?(?:就|直接|马上|馬上|立马)?(?:给你们)?(?:退|退货|退貨|退回去|退掉)")]
    private static partial Regex ReturnOnArrival();

    // "退货再重新拍", "退了重拍", "退掉再买": returned to be bought again at today's price.
    [GeneratedRegex("(?:退货|退貨|退了|退掉|退回去)[^,，。;；]{0,4}(?:重新拍|重拍|再拍|重新买|重新買|再买|再買|重新下单|重新下單)")]
    private static partial Regex ReturnThenReorder();
}
