using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "两个订单能合并发货吗": only orders paid and not yet shipped, to the same address and not being refunded, go in one
/// parcel. Two such orders are recorded as a combined shipment for the warehouse (never a hold); with one only, the
/// buyer hears why the other cannot join (already shipped, being refunded, not paid yet: pay it and say so, another
/// address), or, with no other order at all, to order and pay the new item first.
/// </summary>
public static partial class PolicyTopics
{
    private const string CombineNoted = "policy_topics.combine_noted";
    private const string CombinePayFirst = "policy_topics.combine_pay_first";
    private const string CombinePayFirstUnshipped = "policy_topics.combine_pay_first_unshipped";

    /// <summary>Told of an unpaid order that can join once paid: "付好了" next records the combined shipment.</summary>
    public const string CombineUnpaid = "policy_topics.combine_unpaid";

    /// <summary>Paid, not shipped, no refund under way: the only orders the warehouse may pack together.</summary>
    public static bool Combinable(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay;
    }

    /// <summary>The newest combinable order to the same address as <paramref name="other"/>: the one a combined shipment is noted on.</summary>
    public static Order? CombineAnchor(IReadOnlyList<Order> orders, Order other)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(other);
        return orders.Where(o => o.OrderNumber != other.OrderNumber && Combinable(o) && SameAddress(o, other)).MaxBy(o => o.PaidAt);
    }

    /// <summary>Records the combined shipment on <paramref name="order"/>, with the other order and why it may join.</summary>
    public static async Task RecordCombinedAsync(FlowContext context, Order order, string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        await context.Actions.RecordCombineShipmentAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        context.Say(CombineNoted, context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
    }

    private static async Task<bool> CombineAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (AsksPostage(context.Compact))
        {
            TellCombinedPostage(context);
            return true;
        }

        var named = context.Facts.MatchedOrderNumbers.Select(n => orders.FirstOrDefault(o => o.OrderNumber == n)).OfType<Order>().Distinct().ToList();
        // "还想再买个保温杯 能跟浴巾一起寄吗" with the towel on its way: why that parcel cannot wait, never another order that could.
        if (AddsItem().IsMatch(context.Normalized) && JoinedTo(context, orders) is { } joined && !Combinable(joined) && WhyNot(joined) is { } cannot)
        {
            context.Say(cannot, context.SlotsOf(joined));
            context.State.LastOrderNumber = joined.OrderNumber;
            return true;
        }

        var order = named.FirstOrDefault(Combinable) ?? orders.Where(Combinable).MaxBy(o => o.PaidAt);
        if (order is null)
        {
            // Nothing can ship any more: an order named gets its own reason, else all are on their way.
            if (named.FirstOrDefault() is { } only && WhyNot(only) is { } why)
            {
                context.Say(why, context.SlotsOf(only));
            }
            else
            {
                context.Say("policy_topics.combine_all_shipped");
            }

            return true;
        }

        // "27号之后再发吧 还有袜子能不能和餐具一起寄": the day is held on the order before the two are put together.
        await Flows.DelayShipmentFlow.NoteBesideAsync(context, order, cancellationToken).ConfigureAwait(false);

        // Noted already, also as a hold until another order is paid ("餐具能等我一下吗 我还拍了袜子"): said so, never asked again.
        if (context.State.Told(CombineNoted, order.OrderNumber) || context.State.LastOrderToldOf(CombineHold.Held) == order.OrderNumber)
        {
            context.Say("policy_topics.combine_already_noted", context.SlotsOf(order));
            return true;
        }

        // "再加一个台灯" names a new item, not the lamp bought before: it is ordered and paid first.
        var addsItem = AddsItem().IsMatch(context.Normalized);
        var others = addsItem ? [] : named.Where(o => o.OrderNumber != order.OrderNumber).ToList();
        var partner = addsItem ? null
            : orders.Where(o => o.OrderNumber != order.OrderNumber && Combinable(o) && SameAddress(o, order) && (others.Count == 0 || others.Contains(o))).MaxBy(o => o.PaidAt);
        if (partner is not null)
        {
            await RecordCombinedAsync(context, order, $"和订单{partner.OrderNumber}（{partner.Title}）合在一个包裹发出：两单都已付款、未发货，收货地址相同", cancellationToken).ConfigureAwait(false);
            return true;
        }

        // The orders that keep this one from being combined: those named, else every one that would otherwise fit.
        List<Order> blocking = addsItem ? []
            : [.. (others.Count > 0 ? others : orders.Where(o => o.OrderNumber != order.OrderNumber && StillOpen(o))).Where(o => WhyNot(o, order) is not null)];
        // "付了以后能跟四件套一起发吗" right after the tote bag: the order just talked of is the one meant, not every other.
        if (others.Count == 0 && blocking.FirstOrDefault(o => o.OrderNumber == context.State.LastOrderNumber) is { } focus)
        {
            blocking = [focus];
        }

        // "两单一起发" with every other order already on its way: the newest of those is the one the buyer means.
        if (blocking.Count == 0 && !addsItem && orders.Where(o => o.Status == OrderStatus.Shipped).MaxBy(o => o.ShippedAt) is { } gone)
        {
            blocking.Add(gone);
        }

        if (blocking.Count > 0)
        {
            foreach (var other in blocking)
            {
                // "付了以后能跟四件套一起发吗" after hearing the unpaid order is placed anew in another colour: the new order
                // is the one to pay, never the old one.
                var why = WhyNot(other, order)!;
                var reordered = why == CombineUnpaid && (context.State.Told(Flows.OrderChangeFlow.FlowId + ".unpaid", other.OrderNumber) || context.State.Told(ProductQuestion.Reorder, other.OrderNumber));
                context.Say(reordered ? "policy_topics.combine_reorder" : why, context.SlotsOf(reordered ? order : other));
            }

            context.State.LastOrderNumber = order.OrderNumber;
            return true;
        }

        // "我重新拍一单 能跟羽绒服一起发吗": the buyer places the new order herself, so it is noted at once to go with this one.
        if (addsItem && Reordered().IsMatch(context.Compact))
        {
            await NoteNewOrderAsync(context, order, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!context.State.Told(CombinePayFirst, order.OrderNumber) && !context.State.Told(CombinePayFirstUnshipped, order.OrderNumber))
        {
            // "袜子还没发吧 我想再加个保温杯一起发": whether it left is answered with the way to add the item.
            context.Say(addsItem && AsksIfShipped().IsMatch(context.Compact) ? CombinePayFirstUnshipped : CombinePayFirst, context.SlotsOf(order));
            return true;
        }

        // Asked again after hearing to place it first: the new order is not in the export yet, so it is checked at packing.
        await RecordCombinedAsync(context, order, "和买家另拍的一单合在一个包裹发出：新单还没同步到订单里，打包前请核对已付款、同一地址", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The order the buyer was told to place the added item apart for, still waiting to ship, or null.</summary>
    public static Order? PayFirstToldOn(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var told = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => Combinable(o) && (context.State.Told(CombinePayFirst, o.OrderNumber) || context.State.Told(CombinePayFirstUnshipped, o.OrderNumber))).ToList();
        return told.FirstOrDefault(o => o.OrderNumber == context.State.LastOrderNumber) ?? (told.Count == 1 ? told[0] : null);
    }

    /// <summary>"我重新拍一单", "I'll place a new order now": the new order, not yet in the export, is noted to go with this one.</summary>
    public static async Task NoteNewOrderAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        await context.Actions.RecordCombineShipmentAsync(context.Turn, order.OrderNumber, "和买家重新拍的一单合在一个包裹发出：新单还没同步到订单里，打包前请核对已付款、同一地址", cancellationToken).ConfigureAwait(false);
        context.Say("policy_topics.combine_noted_new_order", context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
    }

    /// <summary>
    /// "我另外拍一单 你们两单一起发就行": two orders (one placed apart) to go in one parcel, giving none up; "补一双 跟羽绒服
    /// 一起寄" is a quality case's reshipment instead.
    /// </summary>
    public static bool ShipsOrdersTogether(string compact) => SecondOrder().IsMatch(compact) && !CombineHold.GivesUpOrder(compact);

    [GeneratedRegex("另拍|另外拍|另下|另外下|再拍一单|再下一单|两单|两个订单|2单")]
    private static partial Regex SecondOrder();

    /// <summary>"一起发能省运费吗", "一块发邮费能便宜点不": the postage of shipping together, never a bargaining answer.</summary>
    public static bool AsksPostage(string compact) => Postage().IsMatch(compact);

    /// <summary>What shipping costs, from the orders' own postage and the free-shipping rule; the parcels are another question.</summary>
    public static void TellCombinedPostage(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var open = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(StillOpen).ToList();
        context.Say(open.Count > 0 && open.All(o => o.Postage is null or 0) ? "policy_topics.combine_postage_free" : "policy_topics.combine_postage");
        context.State.RememberPolicy(CombineShipping);
    }

    /// <summary>Why <paramref name="other"/> cannot go with <paramref name="order"/>; null when it could.</summary>
    private static string? WhyNot(Order other, Order? order = null) => other switch
    {
        { Status: OrderStatus.AwaitingPayment } => CombineUnpaid,
        { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: true } => "policy_topics.combine_refunding",
        { Status: OrderStatus.AwaitingShipment } when order is not null && !SameAddress(other, order) => "policy_topics.combine_other_address",
        { Status: OrderStatus.Shipped or OrderStatus.Completed } => "policy_topics.combine_one_shipped",
        { Status: OrderStatus.Closed } => "track.closed",
        _ => null,
    };

    /// <summary>The one order named as the parcel to go with ("跟浴巾一起", "和四件套那单一块"), or null.</summary>
    private static Order? JoinedTo(FlowContext context, IReadOnlyList<Order> orders)
    {
        var match = JoinedGoods().Match(context.Compact);
        var joined = match.Success ? orders.Where(o => o.Title.Contains(match.Groups["goods"].Value, StringComparison.Ordinal)).ToList() : [];
        return joined.Count == 1 ? joined[0] : null;
    }

    /// <summary>Orders a buyer asking to combine may have in mind unnamed: not yet shipped, paid or not.</summary>
    private static bool StillOpen(Order order) => order.Status is OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment;

    private static bool SameAddress(Order a, Order b) =>
        string.Equals(CompactText.Of(a.Address ?? string.Empty), CompactText.Of(b.Address ?? string.Empty), StringComparison.Ordinal);

    [GeneratedRegex("运费|邮费|快递费|省钱|省点钱|省点")]
    private static partial Regex Postage();

    /// <summary>
    /// "再加个保温杯一起发", "想加一件 一块寄", "再買一個一起發": an item to add to a parcel not yet sent, which is a new order
    /// shipped with it, whatever the model reads.
    /// </summary>
    public static bool AddsItemToShip(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return AddsItem().IsMatch(compact) && ShipTogether().IsMatch(compact);
    }

    [GeneratedRegex("(?:一起|一块|一同|一并|合并)(?:发|法|寄|送|打包)|合在一起|一个包裹")]
    private static partial Regex ShipTogether();

    [GeneratedRegex("还没发|没发吧|发了吗|发了没|发货了吗|寄了吗|寄出了吗|发出了吗")]
    private static partial Regex AsksIfShipped();

    [GeneratedRegex("(?:跟|和|与|同)(?<goods>\\p{IsCJKUnifiedIdeographs}{2,4}?)(?:那单|那个|那件|的)?(?:一起|一块|一同|合)")]
    private static partial Regex JoinedGoods();

    // "在加2双": 在 typed for 再, as buyers (and pinyin "zai jia") write it.
    [GeneratedRegex("加一|再加|在加[0-9一二两三几个件双条套包]|加个|加件|加购|再买|再拍|多买|另拍|重新拍|重拍|新拍|重新下单|重新买")]
    private static partial Regex AddsItem();

    /// <summary>"我重新拍一单", "新拍的", "重新下单了": an order the buyer places again herself, not an item still to choose.</summary>
    [GeneratedRegex("重新拍|重拍|新拍|重新下单|重新买")]
    private static partial Regex Reordered();
}
