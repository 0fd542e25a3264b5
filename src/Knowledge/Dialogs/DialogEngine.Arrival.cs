using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>When an order that has not shipped yet will arrive: where it stands against the promise, then the usual days.</summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome> ArrivalOfUnshippedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // The track flow takes the buyer's pick when several orders wait to ship.
        context.State.StartFlow(IntentIds.Track);
        if (OrderResolver.Resolve(context, "track", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay) is not { } order)
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "浴巾还没发吧 几天能到武汉" on an order past the shipping promise: the days on the road are answered first, then
        // the apology and the person, who would otherwise be left the question.
        var overdue = _services.Orders.Facts(order).IsPastShippingPromise;
        if (overdue)
        {
            ArrivalDays.Say(context, order);
        }

        await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
        DeadlineAside.Say(context);
        if (!overdue && context.NeedsPerson is null)
        {
            ArrivalDays.Say(context, order);
        }

        context.State.EndFlow();
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
    }
}
