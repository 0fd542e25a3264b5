using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The wrong province on parcels sent and on an order still to ship, no order named: the parcels go by city and street,
/// and the order still to ship is the one whose province is put right. Once that fix is recorded ("已经登记改成江苏省"), it
/// is said as done, never offered again; a hurry said with the worry ("拜託快點發") hears the urgent note already open,
/// never a second one.
/// </summary>
public static partial class WrongProvinceParcel
{
    private static async Task TellSeveralAsync(FlowContext context, (Order Order, string Written, string Province, string City) waiting, CancellationToken cancellationToken)
    {
        var sent = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay && Misplaced(context, o) is not null)
            .Select(o => $"{o.Title}（订单{o.OrderNumber}）");
        var place = waiting.Province + waiting.City;
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, waiting.Order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var open = cases.Where(c => c.Status == CaseStatus.Open).ToList();
        var fixedAlready = open.Any(c => c.Kind == CaseKind.AddressChange && c.Description?.Contains(place, StringComparison.Ordinal) == true);
        context.State.ClearClarification();
        context.State.LastOrderNumber = waiting.Order.OrderNumber;
        var slots = new Dictionary<string, string?>(context.SlotsOf(waiting.Order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Change] = waiting.Written,
            [Templates.TemplateSlots.Place] = place,
            [Templates.TemplateSlots.OrderList] = string.Join('、', sent),
        };
        context.Say(fixedAlready ? "track.wrong_province_several_fixed" : "track.wrong_province_several", slots);
        if (HurryAsk.IsAsked(context.Normalized) && open.Any(c => c.Kind is CaseKind.UrgentNote or CaseKind.HurryNote))
        {
            context.Say("track.wrong_province_hurry_noted", slots);
        }
    }

    /// <summary>
    /// The worry said of no order in particular ("地址写成浙江省苏州市了 会不会送不到") when the same wrong province is on
    /// parcels already sent and on an order still to ship: the parcels go by city and street, and it is the order still
    /// to ship whose province can be put right, so none of them is chosen for a courier follow-up unasked.
    /// </summary>
    private static (Order Order, string Written, string Province, string City)? StillToShip(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (OrderResolver.Named(context).Count > 0
            || orders.Any(o => o.OrderNumber == context.State.LastOrderNumber && o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay)
            || !orders.Any(o => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay && Misplaced(context, o) is not null))
        {
            return null;
        }

        var waiting = orders.Where(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay)
            .Select(o => (Order: o, Place: Misplaced(context, o))).Where(c => c.Place is not null).ToList();
        return waiting.Count == 1 && waiting[0].Place is { } place ? (waiting[0].Order, place.Written, place.Province, place.City) : null;
    }
}
