using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Entities;

/// <summary>Orders named by when they were bought or shipped: a day ("19号买的", "前天拍的") or a stretch of days ("11月初买的", "上周下的单").</summary>
internal sealed partial class OrderReferenceReader
{
    /// <summary>Adds the orders bought (or shipped) on the days named, and returns the text with those days hidden.</summary>
    private static string ReadWhenBought(string text, IReadOnlyList<Order> orders, DateOnly today, List<OrderReference> references)
    {
        foreach (var date in DateMentions.Find(text, today).Where(d => !d.IsDeadline))
        {
            text = ReadDays(text, date.Index, date.Length, date.Text, day => day == date.Date, orders, references);
        }

        foreach (var period in PeriodMentions.Find(text, today))
        {
            text = ReadDays(text, period.Index, period.Length, period.Text, period.Holds, orders, references);
        }

        return text;
    }

    private static string ReadDays(string text, int index, int length, string mention, Func<DateOnly, bool> holds, IReadOnlyList<Order> orders, List<OrderReference> references)
    {
        var after = WhenWords().Replace(text[(index + length)..], string.Empty, 1);
        if (PurchaseAfter().IsMatch(after))
        {
            // "11月初买的": the order placed or paid then.
            references.Add(new OrderReference(OrderEvidence.Date, mention, [.. orders.Where(o => holds(ShanghaiTime.DateOf(o.CreatedAt)) || (o.PaidAt is { } paid && holds(ShanghaiTime.DateOf(paid)))).Select(o => o.OrderNumber)]));
        }
        else if (ShipmentAfter().IsMatch(after))
        {
            // "昨天发的那个", "21号发出的": the day the parcel left, not the day it was bought.
            references.Add(new OrderReference(OrderEvidence.Date, mention, ShippedOn(orders, holds)));
        }
        else if (ShippedThen().IsMatch(after) && ShippedOn(orders, holds) is { Count: > 0 } shippedThen)
        {
            // "11月3号就发货了 到现在还没收到": a day the buyer says the parcel left, when one of theirs left that day;
            // "明天发货了吗" asks, and points at no order.
            references.Add(new OrderReference(OrderEvidence.Date, mention, shippedThen));
        }

        return string.Concat(text.AsSpan(0, index), new string(MaskedText.Mask, length), text.AsSpan(index + length));
    }

    private static List<string> ShippedOn(IReadOnlyList<Order> orders, Func<DateOnly, bool> holds) =>
        [.. orders.Where(o => o.ShippedAt is { } shipped && holds(ShanghaiTime.DateOf(shipped))).Select(o => o.OrderNumber)];

    // "11月初的时候买的", "上周左右拍的", "月底就下单了", "18号那天拍的".
    [GeneratedRegex("^(?:的时候|那会儿?|那时候?|那天|左右|前后)?(?:就|才|在(?:你们|你家|店里|这|这里)(?:家|店)?)?")]
    private static partial Regex WhenWords();

    [GeneratedRegex("^(?:的|那)?(?:买|下单|下的|拍|付|单|订单|那单|那个|那笔|那件|那一单)")]
    private static partial Regex PurchaseAfter();

    // "昨天发的那个", "昨天发货那单", "21号寄出的".
    [GeneratedRegex("^(?:就|才|刚)?(?:发(?:货|出|走)?|发了|寄(?:出)?)(?:的|那|这)")]
    private static partial Regex ShipmentAfter();

    // "11月3号就发货了", "3号已经寄出了".
    [GeneratedRegex("^(?:就|才|已经|早就)?(?:发(?:货|出|走)?|寄(?:出)?)了")]
    private static partial Regex ShippedThen();
}
