using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Where is my parcel, in the situation the buyer is in: just asking (carrier, number, when it left), shown as signed
/// or completed but not received (a not-received case and a person), tracking stalled or a courier who will not
/// deliver (a follow-up case the shop chases), or needed by a date (no promise, what can be done).
/// </summary>
public sealed class TrackFlow : IDialogFlow
{
    public const string NotReceived = "not_received";

    public string Intent => IntentIds.Track;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var situation = context.State.Values.TryGetValue(SituationKey, out var kept) && Enum.TryParse<TrackSituation>(kept, out var earlier)
            ? earlier
            : TrackSituations.Of(context.Normalized, context.Facts.Cues);
        context.State.Values[SituationKey] = situation.ToString();
        var completedToo = situation == TrackSituation.NotReceived || TrackSituations.MentionsCompleted(context.Normalized);
        var order = OrderResolver.Resolve(context, "track", o => !o.HasRefundUnderWay && (o.Status == OrderStatus.Shipped || (completedToo && o.Status == OrderStatus.Completed)));
        if (order is null)
        {
            return;
        }

        var slots = context.SlotsOf(order);
        // "Not received" of a parcel shown as signed is a lost parcel; of one still on its way it is "where is it".
        var delivered = order.Status == OrderStatus.Completed || (order.Status == OrderStatus.Shipped && TrackSituations.MentionsCompleted(context.Normalized));
        switch (situation)
        {
            case TrackSituation.NotReceived when delivered:
                context.Say("track.not_received", slots);
                await context.Actions.ReportLostParcelAsync(context.Turn, order.OrderNumber, "物流显示已签收或交易已完成，买家说没有收到包裹", cancellationToken).ConfigureAwait(false);
                context.NeedPerson(NotReceived);
                break;
            case TrackSituation.Stalled when order.Status == OrderStatus.Shipped:
                context.Say("track.stalled", slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "买家反映物流多日没有更新", cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.CourierProblem when order.Status == OrderStatus.Shipped:
                context.Say("track.courier_problem", slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "买家反映快递不派送或联系不上快递员", cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.DamagedInTransit when order.Status == OrderStatus.Shipped:
                context.Say("quality_return.courier_damage", slots);
                break;
            case TrackSituation.NeededBy when order.Status == OrderStatus.Shipped:
                await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
                context.Say("track.needed_by", slots);
                break;
            default:
                await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
                break;
        }

        context.Finish();
    }

    private const string SituationKey = "situation";
}
