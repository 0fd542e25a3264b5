using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Where is my parcel: the buyer's shipped order, its carrier and tracking number.</summary>
public sealed class TrackFlow : IDialogFlow
{
    public string Intent => IntentIds.Track;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var order = OrderResolver.Resolve(context, "track", o => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
        context.Finish();
    }
}
