using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "还没发吧？", "你们到底发没发" while the buyer waits for a person, about an order that has left: the shipment is told
/// from the order (the carrier, when it left, whether its number has synced), never the hurry rules; nothing recorded.
/// </summary>
public static partial class QueuedShipped
{
    /// <summary>A question of whether it shipped is short; a longer line carries a need of its own.</summary>
    private const int MaxLength = 16;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.Compact.Length > MaxLength || !AsksIfShipped().IsMatch(context.Compact)
            || Meant(context) is not { } order)
        {
            return false;
        }

        context.Say(ParcelFacts.ShippedAnswer(context, order), context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>The shipped order named, else the one in focus; null when that order has not left.</summary>
    private static Order? Meant(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var order = named.Count > 0 ? (named.Count == 1 ? named[0] : null)
            : context.State.LastOrderNumber is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus) : null;
        return order is { Status: OrderStatus.Shipped } ? order : null;
    }

    /// <summary>"还没发吧", "发了没", "发没发", "发货了吗", "到底发了没有": whether the order has left, asked.</summary>
    [GeneratedRegex("还?没(?:有)?发(?:货|出)?(?:吧|吗|呢)|发(?:了)?没(?:发|有)?|发(?:货|出)?了(?:吗|没|没有)|到底发(?:了)?没")]
    private static partial Regex AsksIfShipped();
}
