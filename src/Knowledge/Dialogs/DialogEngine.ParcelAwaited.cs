using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "19号发的", "都三天了", "？？？" right after the carrier and number of a parcel on its way were told: the buyer is
/// still waiting and says so, so the parcel is taken up again (the days on the road said, the courier chased), never a
/// problem question or "I don't understand".
/// </summary>
public sealed partial class DialogEngine
{
    /// <summary>Longest line read as a bare "still waiting" (a date, a number of days, question marks).</summary>
    private const int AwaitedLength = 12;

    /// <summary>
    /// What a buyer says about a parcel, mostly right after being told about it: sending it elsewhere, a courier who asks
    /// money to deliver, the chase already under way, when the order still to ship was paid, still waiting
    /// for it, or the date it is needed by.
    /// </summary>
    private async Task<DialogOutcome?> AfterParcelAnswerAsync(FlowContext context, CancellationToken cancellationToken) =>
        await RedirectAsync(context, cancellationToken).ConfigureAwait(false) ?? await CourierProblemAsync(context, cancellationToken).ConfigureAwait(false)
        ?? (await ChaseUnderWay.TryAnswerAsync(context, queued: false, cancellationToken).ConfigureAwait(false)
            ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track)
            : ShortRemark.TryPaid(context) ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Hurry)
            : await ParcelAwaitedAsync(context, cancellationToken).ConfigureAwait(false) ?? await DateForParcelAsync(context, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// "能不能幫我改寄到新家 浦東新區…": the parcel sent elsewhere is a change of address (a redirect once shipped), never
    /// the courier chased for the last parcel talked of, whatever the model makes of the polite words.
    /// </summary>
    /// <summary>
    /// "中通打电话说要我自己去驿站拿 送上门要加5块": the courier asking money to deliver or refusing to bring it up is the
    /// parcel's problem to take up with the courier, however unsure the model is of a line it rarely sees.
    /// </summary>
    private async Task<DialogOutcome?> CourierProblemAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var understanding = context.Input.Understanding;
        var otherNeed = understanding.Decision == TurnDecision.Answer
            && understanding.Intent is not (IntentIds.Track or IntentIds.CourierChoice or IntentIds.Other or IntentIds.Complaint or IntentIds.Hurry);
        if (context.State.ActiveFlow is not null || otherNeed || !TrackSituations.IsCourierProblem(context.Normalized)
            || !_services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.Shipped)
            || !_flows.ContainsKey(IntentIds.Track))
        {
            return null;
        }

        return await StartAsync(context, IntentIds.Track, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogOutcome?> RedirectAsync(FlowContext context, CancellationToken cancellationToken) =>
        context.State.ActiveFlow is null && ParcelRedirect.IsAsked(context) && _flows.ContainsKey(IntentIds.ChangeAddress)
            ? await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>
    /// "周二朋友生日要送的" right after a parcel on its way was answered: a date named with no question is still whether
    /// it arrives in time, answered by the track flow with the estimate, never a line that the detail was heard.
    /// </summary>
    private async Task<DialogOutcome?> DateForParcelAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // A question ("周二要送人 能到吗") is the arrival question's, which also adds the days on the road.
        if (state.ActiveFlow is not null || context.Facts.Cues.Deadline is null || state.LastFlow != IntentIds.Track
            || context.Facts.Cues.IsQuestion || ArrivalQuestion.IsAsked(context.Normalized)
            || context.Input.Understanding.HandoffRequested
            || (context.Input.Understanding.Decision == TurnDecision.Answer && context.Input.Understanding.Intent is not (IntentIds.Other or IntentIds.Track or IntentIds.Hurry))
            || state.LastOrderNumber is not { } last || context.Facts.MatchedOrderNumbers.Any(n => n != last)
            || _services.Orders.Find(context.Input.BuyerId, last) is not { Status: OrderStatus.Shipped } order
            || !_services.Orders.Facts(order).HasTrackingNumber || !ArrivalByDate.Applies(context, order)
            || !_flows.TryGetValue(IntentIds.Track, out var track))
        {
            return null;
        }

        state.ClearClarification();
        state.StartFlow(IntentIds.Track);
        return await RunAsync(context, track, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogOutcome?> ParcelAwaitedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var line = CompactText.Of(ShipmentAnswers.WaitingText(context));
        if (state.ActiveFlow is not null || line.Length > AwaitedLength || !Awaited().IsMatch(line)
            || state.LastOrderNumber is not { } last || !context.Told(ShipmentAnswers.Shipped, last)
            || _services.Orders.Find(context.Input.BuyerId, last) is not { Status: OrderStatus.Shipped }
            || !_flows.TryGetValue(IntentIds.Track, out var track))
        {
            return null;
        }

        state.ClearClarification();
        state.StartFlow(IntentIds.Track);
        return await RunAsync(context, track, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex("^(?:都|已经|这都)?(?:[0-9一二三四五六七八九十两几]+天了?|[0-9一二三四五六七八九十]+号(?:就)?(?:发|寄|发货)的?(?:了|啊|呀)?|这么久了?|好几天了?)[了啊呀!！。.]*$|^[?？]+$")]
    private static partial Regex Awaited();
}
