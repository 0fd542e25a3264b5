using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Ship later, please: on an unshipped order the request is recorded and a person confirms whether the warehouse can
/// hold it (the bot promises no date); an order already on its way cannot be held back.
/// </summary>
public sealed class DelayShipmentFlow : IDialogFlow
{
    public string Intent => IntentIds.DelayShipment;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var order = OrderResolver.Resolve(context, "delay_shipment", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        switch (order.Status)
        {
            case OrderStatus.AwaitingShipment when order.HasRefundUnderWay:
                context.Say("delay_shipment.refund_under_way", context.SlotsOf(order));
                break;
            case OrderStatus.AwaitingShipment:
                await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, Note(context.Text), cancellationToken).ConfigureAwait(false);
                context.Say("delay_shipment.noted", context.SlotsOf(order));
                context.NeedPerson(IntentIds.DelayShipment);
                break;
            case OrderStatus.AwaitingPayment:
                context.Say("delay_shipment.awaiting_payment", context.SlotsOf(order));
                break;
            case OrderStatus.Shipped:
                context.Say("delay_shipment.already_shipped", context.SlotsOf(order));
                break;
            case OrderStatus.Closed:
                context.Say("track.closed", context.SlotsOf(order));
                break;
            default:
                context.Say("track.completed", context.SlotsOf(order));
                break;
        }

        context.Finish();
    }

    private static string Note(string text) => text.Length <= 200 ? text : text[..200];
}
