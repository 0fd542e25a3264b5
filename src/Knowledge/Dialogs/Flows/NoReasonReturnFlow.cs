using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A return without a reason, checked against the order's dates: unshipped orders are cancelled instead, parcels on
/// the way can be returned within seven days of signing, and an order most likely signed more than seven days ago is
/// past the no-reason window (a quality problem is still handled). The export has no signing time, so signing is
/// taken as <see cref="DaysToSign"/> days after shipping, and the words stay hedged.
/// </summary>
public sealed class NoReasonReturnFlow : IDialogFlow
{
    public const int DaysToSign = 3;
    private const int WindowDays = 7;

    public string Intent => IntentIds.NoReasonReturn;

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var order = OrderResolver.Resolve(context, "no_reason_return", o => o.Status is OrderStatus.Shipped or OrderStatus.Completed);
        if (order is null)
        {
            return Task.CompletedTask;
        }

        var facts = context.Services.Orders.Facts(order);
        var slots = context.SlotsOf(order);
        context.Say(order.Status switch
        {
            OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment => "no_reason_return.not_shipped",
            OrderStatus.Closed => "track.closed",
            _ when facts.DaysSinceShipment > WindowDays + DaysToSign => "no_reason_return.outside_window",
            _ => "no_reason_return.within_window",
        }, slots);
        context.Finish();
        return Task.CompletedTask;
    }
}
