using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "刚看订单显示已发货了？那咋办 家里这周没人", "这周出差收不了怎么办" about a parcel already on its way: it cannot be
/// called back to ship later, so the buyer hears the ways out (a time agreed with the courier, a parcel station or
/// locker, someone to take it in, refusing it and the refund that follows, an interception only if asked), never the
/// tracking line again nor a menu of other orders.
/// </summary>
public static partial class NobodyHome
{
    public const string Template = "track.nobody_home";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "T恤到哪了 明天不在家怎么办": where it is comes first (the track flow), the ways to receive it beside.
        if (context.State.ActiveFlow is not null || TrackSituations.MentionsCompleted(context.Normalized) || AsksWhere().IsMatch(context.Compact)
            || OrderOf(context) is not { } order)
        {
            return false;
        }

        // "改不了的話怎麼辦 會不會送到舊家沒人收" while the redirect is with a person: what happens if it fails, and the ways
        // to receive it at the old address.
        var redirected = Redirected(context, order.OrderNumber);
        var notHome = BesideNeeds.NotHome(context.Compact) && (WhatToDo().IsMatch(context.Compact) || HoldTold(context));
        if (!notHome && !(redirected && RedirectFails().IsMatch(context.Compact)))
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(redirected ? RedirectFallback : Template, context.SlotsOf(order));
        return true;
    }

    public const string RedirectFallback = "change_address.redirect_fallback";

    private static bool Redirected(FlowContext context, string orderNumber) =>
        context.Told("change_address.after_shipment", orderNumber) || context.Told("change_address.after_shipment_noted", orderNumber)
        || context.Told("change_address.redirect_noted", orderNumber);

    /// <summary>The order in focus was just said to have left too early to be held ("先别发" on a shipped order).</summary>
    private static bool HoldTold(FlowContext context) =>
        context.State.LastOrderNumber is { } last && context.Told(DelayShipmentFlow.AlreadyShipped, last);

    /// <summary>The shipped parcel named, else the one in focus, else the buyer's only parcel on its way.</summary>
    private static Order? OrderOf(FlowContext context)
    {
        static bool OnTheWay(Order o) => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay;
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Count == 1 && OnTheWay(named[0]) ? named[0] : null;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (context.State.LastOrderNumber is { } last && orders.FirstOrDefault(o => o.OrderNumber == last) is { } focus)
        {
            return OnTheWay(focus) ? focus : null;
        }

        var onTheWay = orders.Where(OnTheWay).ToList();
        return onTheWay.Count == 1 ? onTheWay[0] : null;
    }

    [GeneratedRegex("到哪|在哪|哪了|什么时候到|几天(?:能)?到|单号|运单")]
    private static partial Regex AsksWhere();

    [GeneratedRegex("(?:改|拦|派)(?:不了|不成|不下|不住)|(?:不能|没法|没办法)(?:改|拦|改派)|改派失败")]
    private static partial Regex RedirectFails();

    [GeneratedRegex("咋办|怎么办|怎么弄|咋弄|咋整|怎么处理|咋处理|如何处理|收不了|没法收|收不到|签收不了|没人签|会不会(?:被)?退回|怎么收")]
    private static partial Regex WhatToDo();
}
