using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Please ship: within the promise, a hurry note and reassurance without a date promised (only when the buyer asks to
/// hurry: "什么时候发货" is answered with the shipping window); past it, an apology, an urgent note and a person. An
/// order already shipped, unpaid or closed is answered as a tracking question. A hurry already noted on the order (in
/// this chat or an earlier one) is not noted twice: the buyer hears it is in hand and what comes next.
/// </summary>
public sealed partial class HurryFlow : IDialogFlow
{
    public string Intent => IntentIds.Hurry;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (AsksToHurry(context))
        {
            context.State.Values[HurryAsk.Key] = "1";
        }

        var order = OrderResolver.Resolve(context, "hurry", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        // "你们别先把四件套发了啊" on an order held for a reason: the hold stands and nothing is hurried.
        if (await HoldLifted.KeepsHoldAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // "那就正常发 不用等了": lifting the hold is the whole wish; one reply says it is lifted and when the order goes,
        // and no hurry note is written unless the buyer also asks to hurry ("可以发了 快点").
        // "要是已经发了也行 邻居帮我收" keeps the hold with its fallback: nothing is hurried, even past the promise.
        if (!order.HasRefundUnderWay && await HoldLifted.LiftAsync(context, order, answerFollows: context.State.Values.ContainsKey(HurryAsk.Key), cancellationToken).ConfigureAwait(false)
            && !context.State.Values.ContainsKey(HurryAsk.Key)
            && (!context.Services.Orders.Facts(order).IsPastShippingPromise || HoldLifted.ShipsIfNotHeld(context.Normalized)))
        {
            context.Finish();
            return;
        }

        // "能保证吗 别到时候发出去了" on a held order asks nothing to hurry: the hold is the answer, never the ship-by time.
        if (!context.State.Values.ContainsKey(HurryAsk.Key) && await HoldLifted.TellHeldAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
            return;
        }

        if (order.Status != OrderStatus.AwaitingShipment || order.HasRefundUnderWay)
        {
            await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
            // "餐具什么时候到 周五请客要用": the date the buyer named is said back with the parcel's facts.
            DeadlineAside.Say(context);
        }
        else if (context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            // "浴巾咋还不发 寄到武汉要多久": the days on the road first, never left to the person called for the delay.
            if (ArrivalQuestion.IsAsked(context.Normalized))
            {
                ArrivalDays.Say(context, order);
            }

            if (!await ShipmentAnswers.TryStillChasedAsync(context, order, cancellationToken).ConfigureAwait(false))
            {
                context.Say("hurry.urgent_past_promise", context.SlotsOf(order));
                await ShipmentAnswers.OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (!context.State.Values.ContainsKey(HurryAsk.Key))
        {
            // "什么时候发货", "发了吗": the shipping window is the answer; a hurry note is only written when asked for.
            // "今天能发吗": the day asked is answered with the policy's usual same or next day, never the window alone.
            if (ShipTodayQuestion.Asks(context.Compact))
            {
                ShipTodayQuestion.Answer(context, order);
            }
            else
            {
                context.Say("track.not_shipped_within_promise", context.SlotsOf(order));
            }

            SayDeadline(context, order);
            context.Suggest("帮我催一下");
        }
        else if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false) is { } noted)
        {
            await SayNotedAsync(context, order, noted, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // "成都降温了 娃等着穿": the reason told is said back with the note, so the buyer sees it was heard.
            // With a date needed, the estimate that follows carries the ship-by time: the note is said without it.
            var reasons = HurryReasons.Of(context.Normalized);
            var dated = UnshippedByDate.CanSay(context, order);
            context.Say(reasons.Count > 0 ? (dated ? "hurry.need_noted_dated" : "hurry.need_noted") : dated ? "hurry.noted_dated" : "hurry.noted_within_promise",
                new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Reason] = NeedSaid(reasons) });
            await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: false, Note(context), cancellationToken).ConfigureAwait(false);
            SayDeadline(context, order);
        }

        // "羽绒服啥时候能到 孩子等着穿": besides when it ships, the days on the road to the receiver's region.
        if (order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay && context.NeedsPerson is null && ArrivalQuestion.IsAsked(context.Normalized))
        {
            ArrivalDays.Say(context, order);
        }

        context.Finish();
    }

    /// <summary>"周三要送人" on an order within the promise: how likely the date is met, else the date said back.</summary>
    private static void SayDeadline(FlowContext context, Order order)
    {
        if (!UnshippedByDate.TrySay(context, order))
        {
            DeadlineAside.Say(context);
        }
    }

    /// <summary>
    /// "催一下", "周五之前要", "急用", "降温了 娃等着穿": the buyer asks to hurry. "周六前能收到吗" only asks whether it arrives in time, so a
    /// deadline or urgency said in a question writes no note.
    /// </summary>
    public static bool AsksToHurry(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cues = context.Facts.Cues;
        // "今天能发吗 下周三要送人": a need by a date is pressed even when the line asks, so the warehouse sees it.
        var reasons = HurryReasons.Of(context.Normalized).Count > 0;
        return HurryAsk.IsAsked(context.Normalized) || ((cues.IsUrgent || cues.Deadline is not null) && !cues.IsQuestion)
            || (reasons && (!HurryReasons.AsksWhen(context.Compact) || cues.Deadline is not null));
    }

    /// <summary>
    /// "算了不退了 快点发就行": a hurry asked beside another need (a refund taken back) on an unshipped order is noted as
    /// the hurry flow notes it (past the promise an urgent note with an apology and a person; within it a hurry note),
    /// never twice on one order.
    /// </summary>
    public static async Task NoteBesideAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Status != OrderStatus.AwaitingShipment || !HurryAsk.IsAsked(context.Normalized))
        {
            return;
        }

        if (context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            context.Say("hurry.urgent_past_promise", context.SlotsOf(order));
            await ShipmentAnswers.OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false) is null)
        {
            context.Say("hurry.noted_within_promise", context.SlotsOf(order));
            await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: false, Note(context), cancellationToken).ConfigureAwait(false);
        }
    }
}
