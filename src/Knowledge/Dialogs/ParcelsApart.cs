using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "保温杯跟浴巾是一起寄的吗", "枕套和四件套是一個包裹嗎": whether goods already bought went in one parcel. Two goods of
/// two orders are two parcels, and each is told from its own order: shipped with its courier and number, shipped with
/// the number not synced yet, or still to ship by its ship-by time; never the rule for combining orders still to ship.
/// </summary>
public static partial class ParcelsApart
{
    /// <summary>True when the two goods named lie in two orders and at least one has left: each parcel is told.</summary>
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!SameParcelAsked().IsMatch(context.Compact) || NamedOrders(context) is not [var first, var second]
            || (first.Status != OrderStatus.Shipped && second.Status != OrderStatus.Shipped))
        {
            return false;
        }

        var lines = new[] { first, second }.Select(o => Line(context, o));
        var slots = new Dictionary<string, string?>(context.SlotsOf(first), StringComparer.Ordinal)
        {
            [TemplateSlots.OrderList] = string.Concat(lines),
        };
        context.Say("policy_topics.parcels_apart", slots);
        context.State.ClearClarification();
        context.State.LastOrderNumber = first.OrderNumber;
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>One order's own parcel, from its state: courier and number, number not synced yet, or its ship-by time.</summary>
    private static string Line(FlowContext context, Order order)
    {
        var template = order.Status switch
        {
            OrderStatus.Shipped when string.IsNullOrEmpty(order.TrackingNumber) => "policy_topics.parcel_own_unsynced",
            OrderStatus.Shipped => "policy_topics.parcel_own_shipped",
            _ => "policy_topics.parcel_own_unshipped",
        };
        return context.Services.Templates.RenderEach(template, context.SlotsOf(order), context.Input.ConversationId)[0].Text;
    }

    /// <summary>
    /// The two orders meant, in the order named: each side of "跟", "和", "还有" names one order by its goods; a side that
    /// names none ("这个跟浴巾") is the order in focus. Any other count is no pair.
    /// </summary>
    private static IReadOnlyList<Order> NamedOrders(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var now = context.Services.Time.GetUtcNow();
        var named = Joiner().Split(context.AsChinese)
            .Select(side => context.Services.Analyzer.Analyze(side, orders, now).MatchedOrderNumbers)
            .Where(numbers => numbers.Count == 1)
            .Select(numbers => numbers[0]).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 1 && context.State.LastOrderNumber is { } focus && focus != named[0])
        {
            named.Insert(0, focus);
        }

        return named.Count != 2 ? []
            : [.. named.Select(n => orders.FirstOrDefault(o => o.OrderNumber == n)).OfType<Order>()
                .Where(o => o.Status is OrderStatus.Shipped or OrderStatus.AwaitingShipment)];
    }

    [GeneratedRegex("跟|和|與|与|同|还有|還有|以及")]
    private static partial Regex Joiner();

    // "是一起寄的吗", "一起發的嗎", "是不是一个包裹", "是分开寄的吧": the parcels as they went, not a wish to combine.
    [GeneratedRegex("是(不是)?(一起|一块|一同|同时)(寄|发|發|邮|送)(出|过来|來|来)?(的|得)|(一起|一块|同时)(寄|发|發)(出|过来|來|来)?的(吗|嗎|么|麼|吧|不|没)|(是不是|是)(一个|一個|同一个|同一個)包[裹裏里]|(一个|一個|同一个|同一個)包[裹裏里](吗|嗎|么|麼)|(分开|分開|单独|單獨)(寄|发|發)(的|得)")]
    private static partial Regex SameParcelAsked();
}
