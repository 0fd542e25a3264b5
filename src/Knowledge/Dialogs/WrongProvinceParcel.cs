using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "衣服那单是不是已经发了 会不会送不到啊", "物流怎么跑到浙江的转运中心去了" about a parcel that left with its city under the
/// wrong province ("浙江省 苏州市"): it is on its way with that address, the courier is asked to put the province right
/// (recorded for a colleague), and the buyer hears that most such parcels still arrive; never a missing number alone.
/// </summary>
public static partial class WrongProvinceParcel
{
    /// <summary>How the follow-up starts, so that asking again finds it whatever the courier desk added to it.</summary>
    private const string NoteStart = "收货地址省份写错";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = RedirectAskedAfterAlike(context);
        if (context.State.ActiveFlow is not null || !(Worry().IsMatch(context.Compact) || asked))
        {
            return false;
        }

        if (!asked && StillToShip(context) is { } waiting)
        {
            await TellSeveralAsync(context, waiting, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (OrderOf(context) is not { } found)
        {
            return false;
        }

        var (order, written, province, city) = found;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Change] = written,
            [Templates.TemplateSlots.Place] = province + city,
        };
        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        // Asked again once it is recorded: it is in hand, never the whole answer twice.
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (cases.Any(c => c.Status == Cases.CaseStatus.Open && c.Kind == Cases.CaseKind.LogisticsFollowUp
            && c.Description?.StartsWith(NoteStart, StringComparison.Ordinal) == true))
        {
            context.Say("track.wrong_province_noted", slots);
            return true;
        }

        var note = $"{NoteStart}（订单写{written}{city}，{city}属{province}），包裹已发出，请联系快递按{province}{city}派送，需要时改派";
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, note, cancellationToken).ConfigureAwait(false);
        context.Say(context.Services.Orders.Facts(order).HasTrackingNumber ? "track.wrong_province_shipped" : "track.wrong_province_shipped_no_number", slots);
        return true;
    }

    /// <summary>The shipped order meant (named, else in focus, else the only one) whose city lies in another province.</summary>
    private static (Order Order, string Written, string Province, string City)? OrderOf(FlowContext context)
    {
        // A parcel whose refund is under way is going back anyway: the worry is about the one still to be delivered.
        var shipped = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay).ToList();
        var named = OrderResolver.Named(context);
        // Asked right after the alike parcels were told beside a fixed order: those parcels, never the fixed one.
        var candidates = named.Count > 0 ? named.Where(o => o.Status == OrderStatus.Shipped).ToList()
            : shipped.Where(o => o.OrderNumber == context.State.LastOrderNumber).ToList() is { Count: 1 } focus ? focus
            : context.Services.Orders.Find(context.Input.BuyerId, context.State.LastOrderNumber ?? string.Empty) is { } fixedOrder && RedirectAskedAfterAlike(context)
                ? ShippedAlike(context, fixedOrder).ToList()
            : shipped;
        var wrong = candidates.Select(o => (Order: o, Place: Misplaced(context, o))).Where(c => c.Place is not null).ToList();
        return wrong.Count == 1 && wrong[0].Place is { } place ? (wrong[0].Order, place.Written, place.Province, place.City) : null;
    }

    /// <summary>"浙江省 苏州市 …": the province written and the city's own, when they differ.</summary>
    public static (string Written, string Province, string City)? Misplaced(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var parts = order.Address?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: >= 2 } || context.Services.Analyzer.ProvinceOfCity(parts[1]) is not { } own || own == parts[0]
            || !parts[0].EndsWith('省'))
        {
            return null;
        }

        return (parts[0], own, parts[1]);
    }

    /// <summary>"会不会送不到", "会不会寄错", "能送到吗", "跑到浙江的转运中心去了": the buyer fears the parcel goes astray.</summary>
    [GeneratedRegex("会不会(送|寄|发)(不到|错)|(送|寄)不到|寄错|送错|能(送|寄)到吗|到得了吗|(转运|中转|分拨|集散)(中心|站|场)")]
    private static partial Regex Worry();
}
