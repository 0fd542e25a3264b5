using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "3号以后再发行吗 到时候能走顺丰吗": the day already held stands (never withdrawn and written again the same), and a
/// courier asked beside the hold is answered and written on that hold.
/// </summary>
public sealed partial class DelayShipmentFlow
{
    /// <summary>
    /// The hold open on the order already holds <paramref name="date"/>: it is confirmed, rewritten only to add a courier
    /// asked now. True when the reply was given.
    /// </summary>
    private static async Task<bool> SameDayHeldAsync(FlowContext context, Order order, string date, CancellationToken cancellationToken)
    {
        var day = date.EndsWith("以后", StringComparison.Ordinal) ? date[..^2] : date;
        var open = await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, Cases.CaseKind.DelayShipment).ConfigureAwait(false);
        if (open.FirstOrDefault(r => r.Description?.Contains(day, StringComparison.Ordinal) == true) is not { Description: { } held } hold)
        {
            return false;
        }

        var courier = CourierNote(context);
        if (courier.Length > 0 && !held.Contains(courier, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, hold.Id, "买家在推迟发货上补充了想走的快递，以新的登记为准", cancellationToken).ConfigureAwait(false);
            await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, held + courier, cancellationToken).ConfigureAwait(false);
        }

        context.Say("delay_shipment.hold_confirmed", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Date] = date });
        SayCourier(context, order);
        context.Finish();
        return true;
    }

    /// <summary>"；买家希望发顺丰（…）" for the note when the line asks for a courier, else empty.</summary>
    private static string CourierNote(FlowContext context) =>
        OrderChanges.CourierWished(context.Normalized) is { } courier ? $"；买家希望发{courier}，可能要补运费差价，请同事确认能否安排" : string.Empty;

    /// <summary>The courier asked beside the hold: how it is asked for and that a colleague confirms it, no sum promised.</summary>
    private static void SayCourier(FlowContext context, Order order)
    {
        if (OrderChanges.CourierWished(context.Normalized) is { } courier)
        {
            context.Say("delay_shipment.courier_beside", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Change] = courier });
        }
    }
}
