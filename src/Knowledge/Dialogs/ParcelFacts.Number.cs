using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

public static partial class ParcelFacts
{
    /// <summary>
    /// "今天早上刚发的顺丰 单号是多少" while the buyer waits for a person about a parcel on its way: the number, or that it
    /// has not synced yet and when it shows, with the colleague still on the case. False for a reshipment's number, a
    /// number the buyer gives, or an order not on its way.
    /// </summary>
    public static bool TryNumberWhileQueued(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AsksNumber().IsMatch(context.Compact) || GivesNumber().IsMatch(context.Compact) || context.State.ActiveFlow is not null
            || Focus(context) is not { Status: OrderStatus.Shipped } order)
        {
            return false;
        }

        var synced = context.Services.Orders.Facts(order).HasTrackingNumber;
        context.Say(synced ? "track.number_is_while_queued" : "track.number_not_synced_while_queued", context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    // "单号是多少", "快递单号呢", "给我个单号", "運單號多少": the number asked for, not a reshipment's.
    [GeneratedRegex("(?<!补发的?|补寄的?|重发的?)(运|運|快递|快遞|物流)?(单|單)号(是)?(多少|呢|是啥|是什么|发我|给我|有吗|有没有|在哪|查不到)|(给|發|发)(我)?(个|一下)?(运|運|快递|快遞)?(单|單)号|(多少|啥|什么)(单|單)号")]
    private static partial Regex AsksNumber();

    [GeneratedRegex("[a-z]{0,3}[0-9]{8,}")]
    private static partial Regex GivesNumber();
}
