using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class ChangeAddressFlow
{
    /// <summary>
    /// The new address recorded on an order already past the shipping promise: the buyer hears it is late and that the
    /// warehouse is pressed to ship it with the corrected details, and the urgent note says so.
    /// </summary>
    private static async Task ChaseLateAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        // Pressed already (an urgent or hurry note open), the lateness was said then and is not said again. Asked to hold
        // ("浴巾先别发 下周三以后再发 … 电话改成…"), the buyer wants it later: pressing the warehouse would undo the hold.
        // Only a buyer who presses for it ("到现在都没发货", "急用") gets the urgent note: a province put right asks for
        // nothing more, so no rush is written or said unasked.
        var cues = context.Facts.Cues;
        if (!context.Services.Orders.Facts(order).IsPastShippingPromise || !(cues.Asserted.Contains(Entities.BuyerAction.Hurry) || cues.IsUrgent)
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote, CaseKind.HurryNote, CaseKind.DelayShipment).ConfigureAwait(false) is not null)
        {
            return;
        }

        var note = HurryFlow.OverdueNote(context.Services.OrdersOptions.ShippingPromiseHours) + "；收货信息已更正，按更正后的发";
        await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: true, note, cancellationToken).ConfigureAwait(false);
        context.Say("change_address.past_promise_chased", slots);
    }
}
