using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "袜子今天能发吗 周三要送人 急" on an order not yet shipped: the date the buyer needs it by, set against the usual
/// same-or-next-day dispatch, the latest ship time of the promise and the days on the road to the receiver's region, so
/// the buyer hears plainly whether it is likely, tight or unlikely (never a promise), instead of the ship-by time alone,
/// which may be that very day.
/// </summary>
internal static class UnshippedByDate
{
    private const string Prefix = "hurry.by_date_unshipped_";

    /// <summary>True when <see cref="TrySay"/> would speak: a date named, the order still to ship and its region known.</summary>
    public static bool CanSay(FlowContext context, Order order) =>
        context.Facts.Cues.Deadline is not null && order.Status == OrderStatus.AwaitingShipment && ArrivalDays.Range(context, order) is not null;

    /// <summary>Says the estimate when the buyer named a date and the region is known; false otherwise.</summary>
    public static bool TrySay(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (context.Facts.Cues.Deadline is not { } deadline || order.Status != OrderStatus.AwaitingShipment
            || ArrivalDays.Range(context, order) is not { } range)
        {
            return false;
        }

        // Sent today at the soonest and tomorrow as a rule (the policy's 当天或次日), so the road's days count from then.
        var today = ShanghaiTime.Today(context.Services.Time);
        var kind = deadline >= today.AddDays(1 + range.Most) ? "likely" : deadline >= today.AddDays(range.Fewest) ? "close" : "unlikely";
        context.Say(Prefix + kind, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Place] = range.Place,
            [TemplateSlots.Days] = range.Said,
            [TemplateSlots.Date] = SaidDates.Format(deadline),
        });
        return true;
    }
}
