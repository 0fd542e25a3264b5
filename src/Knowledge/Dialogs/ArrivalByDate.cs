using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "周二朋友生日要送的", "明天要穿 来得及吗" on a parcel on its way: the usual days to the receiver's region, counted from
/// the day it left, set against the date the buyer named, so the buyer hears plainly whether it is likely, close or
/// unlikely (never a promise), with an offer to note the date and chase the courier, instead of the tracking
/// number again and a line that says nothing.
/// </summary>
internal static partial class ArrivalByDate
{
    private const string Prefix = "arrival.by_date_";

    private static readonly string[] Kinds = ["likely", "close", "unlikely"];

    /// <summary>True when this turn already gave the estimate.</summary>
    public static bool Said(FlowContext context) => context.Replies.Any(r => r.TemplateId.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary>True when the estimate was given for the order earlier in the chat: asked again, the courier is chased.</summary>
    public static bool Told(FlowContext context, string orderNumber) => Kinds.Any(k => context.Told(Prefix + k, orderNumber));

    /// <summary>True when the buyer named a date and the order's ship time and region give an estimate.</summary>
    public static bool Applies(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        return context.Facts.Cues.Deadline is not null && order.ShippedAt is not null && ArrivalDays.Range(context, order) is not null;
    }

    /// <summary>Says the estimate for the date the buyer named (see <see cref="Applies"/>).</summary>
    public static void Say(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (context.Facts.Cues.Deadline is not { } deadline || order.ShippedAt is not { } shipped || ArrivalDays.Range(context, order) is not { } range)
        {
            return;
        }

        var left = ShanghaiTime.DateOf(shipped);
        var kind = deadline >= left.AddDays(range.Most) ? Kinds[0] : deadline >= left.AddDays(range.Fewest) ? Kinds[1] : Kinds[2];
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Place] = range.Place,
            [TemplateSlots.Days] = range.Said,
            [TemplateSlots.Date] = SaidDates.Format(deadline),
        };
        context.Say(Prefix + kind, slots);
        context.State.NeededBy = SaidDates.Format(deadline);
        // Asked by date first thing, the number is still wanted; said already in this chat, it is not said again; a
        // parcel whose number has not reached the order yet has none to say.
        if (!context.Told(ShipmentAnswers.Shipped, order.OrderNumber) && context.Services.Orders.Facts(order).HasTrackingNumber)
        {
            context.Say("arrival.by_date_number", slots);
        }

        // "我明天就走了": what to do if it comes after the buyer leaves, never only "phone the courier".
        if (DeliveryWish.SaysAway(context.Compact) || Leaving().IsMatch(context.Compact))
        {
            context.Say("arrival.away_plan", slots);
        }

        context.Suggest("帮我催一下快递");
    }

    // "我明天就走了", "明天就出门了", "后天出差", "要回老家了": the buyer leaves the address.
    [GeneratedRegex("(就|要|得|准备|马上)要?(走|出门)(了|啦)?(?![0-9一二两三四五六七八九十几]天)|出差|出远门|回老家|搬走")]
    private static partial Regex Leaving();
}
