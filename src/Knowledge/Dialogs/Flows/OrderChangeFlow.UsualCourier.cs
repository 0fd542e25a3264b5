using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A courier named on an order still to ship, read against the shop's usual couriers (<see cref="UsualCouriers"/>):
/// "能发中通吗" wishes one the shop ships with anyway, a note with no difference to pay; "别发中通" refuses one while
/// another usual one is left, the same; "不要发极兔" refuses one the shop never ships with, so nothing changes and
/// nothing is recorded. Any other courier stays the change a colleague confirms, with its difference.
/// </summary>
public sealed partial class OrderChangeFlow
{
    /// <summary>True when the courier named was answered from the usual couriers; false for a change to record as asked.</summary>
    private static async Task<bool> UsualCourierAsync(FlowContext context, Order order, OrderChange change, CancellationToken cancellationToken)
    {
        var usual = UsualCouriers.Of(context);
        if (usual.Count == 0)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Couriers] = UsualCouriers.Listed(context) };
        if (change.To is { } wanted && UsualCouriers.Includes(context, wanted))
        {
            slots[TemplateSlots.Carrier] = wanted;
            await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, ShippingWishes.NoteReason, $"{(change.From is { } refusedToo ? $"买家不想发{refusedToo}，" : "买家")}希望发{wanted}（店里常用快递，不用补运费差价）（商品：{order.Title}）", cancellationToken).ConfigureAwait(false);
            context.Say($"{Area}.courier_usual", slots);
            return true;
        }

        if (change.To is not null || change.From is not { } refused)
        {
            return false;
        }

        slots[TemplateSlots.Carrier] = refused;
        if (!UsualCouriers.Includes(context, refused))
        {
            context.Say($"{Area}.courier_never_used", slots);
            return true;
        }

        if (usual.Where(c => !refused.StartsWith(c, StringComparison.OrdinalIgnoreCase)).ToList() is not { Count: > 0 } others)
        {
            return false;
        }

        slots[TemplateSlots.Couriers] = string.Join("、", others);
        await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, ShippingWishes.NoteReason, $"买家不想发{refused}，请用{string.Join("或", others)}发（店里常用快递，不用补运费差价）（商品：{order.Title}）", cancellationToken).ConfigureAwait(false);
        context.Say($"{Area}.courier_usual_refused", slots);
        return true;
    }
}
