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

        await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
        DeadlineAside.Say(context);
        if (context.NeedsPerson is null)
        {
            ArrivalDays.Say(context, order);
        }

        context.State.EndFlow();
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
    }
}
