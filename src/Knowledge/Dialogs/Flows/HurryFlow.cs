using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Please ship: within the promise, a hurry note and reassurance without a date promised; past it, an apology, an
/// urgent note and a person. An order already shipped is answered as a tracking question.
/// </summary>
public sealed class HurryFlow : IDialogFlow
{
    // A category, never the buyer's own sentence (the conversation checks forbid writing a buyer's words down as a field).
    private const string WithinPromiseNote = "买家在发货时限内催发货";

    public string Intent => IntentIds.Hurry;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var order = OrderResolver.Resolve(context, "hurry", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        if (order.Status != OrderStatus.AwaitingShipment || order.HasRefundUnderWay)
        {
            await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else if (context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            context.Say("hurry.urgent_past_promise", context.SlotsOf(order));
            await ShipmentAnswers.OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            context.Say("hurry.noted_within_promise", context.SlotsOf(order));
            await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: false, WithinPromiseNote, cancellationToken).ConfigureAwait(false);
        }

        context.Finish();
    }
}
