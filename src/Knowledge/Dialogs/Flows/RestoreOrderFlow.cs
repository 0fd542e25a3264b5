using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A cancelled order cannot be brought back: the buyer is asked to order again. When money was paid on it, a person
/// checks that it is on its way back, unless the order shows the refund succeeded.
/// </summary>
public sealed class RestoreOrderFlow : IDialogFlow
{
    public string Intent => IntentIds.RestoreOrder;

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var order = OrderResolver.Resolve(context, "restore_order", o => o.Status == OrderStatus.Closed);
        if (order is null)
        {
            return Task.CompletedTask;
        }

        if (order.Status != OrderStatus.Closed)
        {
            context.Say(order.HasRefundUnderWay ? "restore_order.refund_under_way" : "restore_order.still_open", context.SlotsOf(order));
        }
        else if (order.PaidAt is not null && order.Refund == RefundStatus.Succeeded)
        {
            // Refunded in full: the money is back, nothing for a person to check; the price of a new order is the page's.
            context.Say("restore_order.refunded", context.SlotsOf(order));
        }
        else if (order.PaidAt is not null)
        {
            context.Say("restore_order.paid", context.SlotsOf(order));
            context.NeedPerson(IntentIds.RestoreOrder);
        }
        else
        {
            context.Say("restore_order.order_again", context.SlotsOf(order));
        }

        context.Finish();
        return Task.CompletedTask;
    }
}
