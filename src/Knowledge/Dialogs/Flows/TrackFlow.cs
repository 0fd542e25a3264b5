using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Where is my parcel, in the situation the buyer is in: just asking (carrier, number, when it left), shown as signed
/// or completed but not received (a not-received case and a person), tracking stalled or a courier who will not
/// deliver (a follow-up case the shop chases), or needed by a date (no promise, what can be done).
/// </summary>
public sealed partial class TrackFlow : IDialogFlow
{
    public const string NotReceived = "not_received";

    public string Intent => IntentIds.Track;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var situation = context.State.Values.TryGetValue(SituationKey, out var kept) && Enum.TryParse<TrackSituation>(kept, out var earlier)
            ? earlier
            : DamageSeenAtDoor(context) ? TrackSituation.DamagedInTransit : TrackSituations.Of(context.Normalized, context.Facts.Cues);
        context.State.Values[SituationKey] = situation.ToString();
        // "显示送到了 东西呢" then "1" when asked which order: the parcel was said to show as signed in the first message.
        var shownDone = context.State.Values.ContainsKey(ShownDoneKey) || TrackSituations.MentionsCompleted(context.Normalized);
        if (shownDone)
        {
            context.State.Values[ShownDoneKey] = "1";
        }

        // "问了门卫也没有" while the order is asked for: where to look is never listed to the buyer who looked.
        if (TrackSituations.SaysPlacesChecked(context.Normalized))
        {
            context.State.Values[PlacesCheckedKey] = "1";
        }

        var completedToo = situation == TrackSituation.NotReceived || shownDone;
        // "到底到哪了 一直没发货": the parcel the buyer waits for has not left, so the order is an unshipped one.
        // "发了跟我说一声单号": the number is wanted once the parcel leaves, so the order is one still to ship.
        var toldWhenShipped = AsksToBeToldWhenShipped(context.Compact);
        var notShipped = SaysNotShipped(context.Normalized) || toldWhenShipped || WaitMeansOverdue(context, situation);
        if (!notShipped && !shownDone && RefundingParcelInFocus(context) is { } refunding)
        {
            context.Say(RefundingOnTheWay, context.SlotsOf(refunding));
            context.Finish();
            return;
        }

        var order = OrderResolver.Resolve(context, "track", o => !o.HasRefundUnderWay && (notShipped
            ? o.Status == OrderStatus.AwaitingShipment
            : o.Status == OrderStatus.Shipped || (completedToo && o.Status == OrderStatus.Completed)));
        if (order is null)
        {
            return;
        }

        if (await TraceAnswers.TryAnswerAsync(context, order, situation, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
            return;
        }

        var slots = context.SlotsOf(order);
        if (toldWhenShipped && order.Status == OrderStatus.AwaitingShipment)
        {
            context.Say("track.told_when_shipped", slots);
            context.Finish();
            return;
        }

        // "到了跟我说一声" about a parcel on its way: the courier and Taobao tell the buyer when it is delivered.
        if (AsksToBeToldWhenArrived(context.Compact) && order.Status == OrderStatus.Shipped)
        {
            context.Say("track.told_when_arrived", slots);
            context.Finish();
            return;
        }

        // "Not received" of a parcel shown as signed is a lost parcel; of one still on its way it is "where is it".
        // "显示签收了" then "没收到": the signing said a turn earlier still counts.
        var delivered = order.Status == OrderStatus.Completed || (order.Status == OrderStatus.Shipped && (shownDone || context.Told(ShownSignedCheck, order.OrderNumber)));
        var facts = context.Services.Orders.Facts(order);
        var onTheRoad = order.Status == OrderStatus.Shipped && !order.HasRefundUnderWay && facts.HasTrackingNumber;
        // "周二要送人的": a date named for a parcel on its way is answered with the estimate, once; asked again, the courier is chased.
        var byDate = onTheRoad && !delivered && ArrivalByDate.Applies(context, order) && !ArrivalByDate.Told(context, order.OrderNumber);
        // "三天了 一直在中转" after this chat already took the stalled parcel up: a person takes it, never the ship date again.
        var followedHere = order.Status == OrderStatus.Shipped
            && (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false)).Count > 0;
        switch (situation)
        {
            // "四件套前几天才到 快递慢得要死": the goods came, late; no lost parcel, no chase, only the wait regretted.
            case TrackSituation.WhereIsIt or TrackSituation.Stalled or TrackSituation.NeededBy when order.Status == OrderStatus.Shipped && ArrivedLate(context):
                context.State.GoodsInHand = true;
                context.Say("track.arrived_late", slots);
                break;
            // Long on the road and not arrived, however the buyer puts it: a lost-parcel case and a person, never a
            // follow-up note again and again.
            case not TrackSituation.DamagedInTransit when onTheRoad && !delivered && facts.IsShippedLongAgo:
                await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.Stalled when followedHere:
                context.Say("track.asked_again_followed", slots);
                context.NeedPerson(ShipmentAnswers.TrackingFollowUp);
                break;
            // Left this morning and no number yet: the pick-up and the number still to sync are told, nothing stalled.
            case TrackSituation.Stalled when order.Status == OrderStatus.Shipped && !facts.HasTrackingNumber && JustLeft(facts):
                await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
                break;
            // A parcel a day or two on its way that "does not move" is in normal transit: explained, nothing recorded.
            case TrackSituation.Stalled when onTheRoad && facts.DaysSinceShipment < NormalTransitDays && !context.Told(InTransit, order.OrderNumber):
                context.Say(InTransit, slots);
                break;
            case TrackSituation.NotReceived when delivered:
            {
                // Left at the door or in a locker and not found: the courier is asked where it went, not told to look again.
                var left = TrackSituations.SaysLeftButNotFound(context.Normalized) && TrackSituations.NamesDropPlace(context.Normalized);
                if (!await ShipmentAnswers.AlreadyFollowedAsync(context, order, cancellationToken).ConfigureAwait(false))
                {
                    // Where to look was said with "显示签收了" just before: not said twice.
                    context.Say(left ? "track.not_received_left" : context.Told(ShownSignedCheck, order.OrderNumber) || context.State.Values.ContainsKey(PlacesCheckedKey) ? "track.not_received_after_check" : "track.not_received", slots);
                    var description = left ? "快递显示已放门口、快递柜或驿站，买家说没有找到包裹" : "物流显示已签收或交易已完成，买家说没有收到包裹";
                    await context.Actions.ReportLostParcelAsync(context.Turn, order.OrderNumber, LostParcelChoices.Noted(context, description, slots), cancellationToken).ConfigureAwait(false);
                }
            }
                context.NeedPerson(NotReceived);
                break;
            case TrackSituation.Stalled when order.Status == OrderStatus.Shipped:
                context.Say("track.stalled", slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "买家反映物流多日没有更新", cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.CourierProblem when order.Status == OrderStatus.Shipped:
                var access = TrackSituations.IsAccessProblem(context.Normalized) && !AsksMoney(context);
                // "快递员电话一直打不通": nobody asked for money, so no word of fees; the courier is chased to call the buyer.
                var unreachable = !access && TrackSituations.CourierUnreachable(context.Normalized) && !AsksMoney(context);
                context.Say(access ? "track.courier_access" : unreachable ? "track.courier_unreachable" : "track.courier_problem", slots);
                await context.Actions.FollowUpLogisticsAsync(
                    context.Turn,
                    order.OrderNumber,
                    WithWish(context, access ? "买家反映快递员进不了小区或不送上楼，请联系网点约定派送时间地点"
                    : unreachable ? "买家反映联系不上快递员，请联系网点催派送并让快递员联系买家"
                    : AsksMoney(context) ? "买家反映快递要加钱才送货上门或让买家自取，请联系网点按地址派送，买家不另付钱"
                    : "买家反映快递不派送或联系不上快递员"),
                    cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.DamagedInTransit when order.Status == OrderStatus.Shipped:
                await AdviseDoorSideDamageAsync(context, order, cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.FollowUpRequested when order.Status == OrderStatus.Shipped
                && (context.Told(ShipmentAnswers.NoTrackingYet, order.OrderNumber) || context.Told(ShipmentAnswers.NoTrackingHoursPassedOffer, order.OrderNumber)):
                await ShipmentAnswers.NoTrackingAgainAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.FollowUpRequested when order.Status == OrderStatus.Shipped:
                context.Say("track.follow_up_requested", slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, WithWish(context, "买家请店铺联系快递、催促派送"), cancellationToken).ConfigureAwait(false);
                break;
            // "物流显示派送中 一上午了": the buyer reads the tracking already; the parcel arrives today, the number is not told again.
            case TrackSituation.WhereIsIt or TrackSituation.NeededBy when order.Status == OrderStatus.Shipped && ArrivalDays.SaysOutForDelivery(context.Compact):
                context.Say(ArrivalDays.OutForDeliveryTemplate, slots);
                break;
            // "显示签收了" and no more: whether it is in hand, where to look, never the tracking number as if on its way.
            case TrackSituation.WhereIsIt when order.Status == OrderStatus.Shipped && TrackSituations.SaysShownSigned(context.Normalized) && !context.Told(ShownSignedCheck, order.OrderNumber):
                context.Say(ShownSignedCheck, slots);
                break;
            case TrackSituation.WhereIsIt or TrackSituation.NeededBy when byDate:
                ArrivalByDate.Say(context, order);
                break;
            // "到不了我得另买了 给个准话" after the no-promise answer or the estimate: the courier is chased with the need noted.
            case TrackSituation.NeededBy when order.Status == OrderStatus.Shipped
                && (context.Told(NeededByTemplate, order.OrderNumber) || ArrivalByDate.Told(context, order.OrderNumber)):
                context.Say("track.needed_by_chase", slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, WithWish(context, context.State.NeededBy is { } day ? $"买家{day}要用，担心赶不上，请联系快递网点催促派送" : "买家着急用，担心赶不上，请联系快递网点催促派送"), cancellationToken).ConfigureAwait(false);
                break;
            case TrackSituation.NeededBy when order.Status == OrderStatus.Shipped:
                await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
                context.Say(NeededByTemplate, slots);
                break;
            default:
                await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
                break;
        }

        context.Finish();
    }

    /// <summary>"我下午要出门", "放驿站就行": what the buyer wants the courier to do goes into the follow-up note, in the shop's words.</summary>
    private static string WithWish(FlowContext context, string description) =>
        DeliveryWish.Read(context.Compact) is { } wish ? $"{description}；{wish}" : description;

    private const string ShownSignedCheck = "track.shown_signed_check";

    private const string NeededByTemplate = "track.needed_by";


    /// <summary>Days a parcel may go without news before "it does not move" counts as stalled.</summary>
    public const double NormalTransitDays = 2;

    private const string InTransit = "track.in_normal_transit";

    /// <summary>Where the situation read from the first message is kept while the flow asks which order.</summary>
    public const string SituationKey = "situation";

    /// <summary>Kept while the flow asks which order when the buyer said the parcel shows as signed or completed.</summary>
    private const string ShownDoneKey = "shown_done";
    private const string PlacesCheckedKey = "places_checked";

    /// <summary>"一直没发货", "怎么还不发": the buyer says the parcel has not left, so the order in question is an unshipped one.</summary>
    public static bool SaysNotShipped(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return NotShippedYet().IsMatch(CompactText.Of(normalizedText));
    }

    /// <summary>"马克杯什么时候到", "被套到了没": a question about when a parcel arrives.</summary>
    public static bool AsksArrival(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Arrival().IsMatch(CompactText.Of(normalizedText));
    }

    /// <summary>"发了跟我说一声单号", "发货后告诉我单号": the buyer wants the tracking number once the parcel leaves.</summary>
    /// <summary>"到了跟我说一声", "签收了通知我": the buyer wants word when the parcel is delivered.</summary>
    public static bool AsksToBeToldWhenArrived(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return ToldWhenArrived().IsMatch(compactText);
    }

    [GeneratedRegex("(?:到了|到货了?|签收了?|送到了?|送达了?)(?:以后|之后|后)?(?:记得|麻烦)?(?:跟|和|给)?我?(?:说|讲|告诉|通知)(?:一声|一下|下|我)")]
    private static partial Regex ToldWhenArrived();

    public static bool AsksToBeToldWhenShipped(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return ToldWhenShipped().IsMatch(compactText);
    }

    [GeneratedRegex("(发了|发货了?|发出了?|发出去了?|寄出了?|发走了?)(以后|之后|后)?(记得|麻烦)?(跟|和|给)?我?(说|讲|告诉|通知)(一声|一下|下|我)?(单号|运单号|快递单号)?|(发货|发出|寄出)(以后|之后|后)(把)?(单号|运单号)(发|告诉|给)我")]
    private static partial Regex ToldWhenShipped();

    [GeneratedRegex("(什么时候|啥时候|几时|多久|哪天|多会儿?)(能|可以|才能|会)?(到|送到|收到)|到哪|到了没|到没到|到了吗|还没到|(之前|以前|前)?能(送)?到吗|到得了吗|能不能(送)?到|会不会到")]
    private static partial Regex Arrival();

    [GeneratedRegex("(还|都|一直|怎么|为什么|咋)(没|不|没有)发(货|出)?|没有?发货|未发货|不发货")]
    private static partial Regex NotShippedYet();
}
