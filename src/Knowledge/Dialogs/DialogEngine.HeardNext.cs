using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The second part of what is heard before any flow (<see cref="HeardBeforeAnyFlowAsync"/>): another account, the boss
/// asked for, praise, delivery to a region, a matter let go, a hurry's date or reason, a wait on the order in focus and
/// a vague first line; then what is noted on an order and the less common needs.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> HeardNextAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "是我妈的号买的": another account's order is never looked up nor handed over; the buyer is told how to see it.
        // "你们老板在吗": who answers here, and what it is about, never "没理解".
        // "四件套挺舒服的 已经铺上了": plain praise is thanked, never a menu.
        // "加你微信 我直接转你", "要不我微信转你 你帮我改成已付款": paying outside the platform is refused plainly, before
        // money taken could read it (HeardLate).
        if (OtherAccount.TryAnswer(context) || BossAsked.TryAnswer(context) || GoodsPraised.TryAnswer(context) || OffPlatformPayment.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // "发到新疆要几天", "能寄到香港吗": delivery to a place asked before buying, never the tracking of an order.
        if (RegionDelivery.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // "顺丰的话武汉应该一两天吧" right after the days for the buyer's region: the same region answers the guess.
        if (ArrivalDays.FollowsUp(context))
        {
            state.ClearClarification();
            ArrivalDays.Say(context, state.LastOrderNumber is { } last ? _services.Orders.Find(context.Input.BuyerId, last) : null);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "算了不用了" with no flow waiting (a menu or nothing at all): acknowledged, never a menu of flows.
        if (state.ActiveFlow is null && FlowDropped.LetsGo(context.Normalized))
        {
            state.ClearClarification();
            if (FlowDropped.TakesBack(context.Normalized) && await WithdrawDroppedAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Thanks);
            }

            context.Say("dialog.let_go");
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Thanks);
        }

        // "周五之前要", "不对 下周一前就行", "成都降温了 娃等着穿" right after a hurry: the date or reason belongs on that
        // order's note. Only when a note was written or the buyer asks to hurry now: "能今天发吗" then "周六前能收到吗"
        // asks about arrival.
        if (state.ActiveFlow is null && state.LastFlow == IntentIds.Hurry
            && (context.Facts.Cues.Deadline is not null || HurryReasons.Of(context.Normalized).Count > 0)
            && OrderResolver.Named(context).All(o => o.OrderNumber == state.LastOrderNumber)
            && _flows.TryGetValue(IntentIds.Hurry, out var hurry)
            && (HurryFlow.AsksToHurry(context)
                || (state.LastOrderNumber is { } noted && await OpenCases.FindAsync(context, noted, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false) is not null)))
        {
            state.ClearClarification();
            state.StartFlow(IntentIds.Hurry);
            state.Values[HurryAsk.Key] = "1";
            return await RunAsync(context, hurry, cancellationToken).ConfigureAwait(false);
        }

        // "都三天了" right after an order was handled: that order's wait, answered by the flow its state fits.
        if (await WaitedOnFocusAsync(context, cancellationToken).ConfigureAwait(false) is { } waited)
        {
            return waited;
        }

        // "你们怎么回事" at the start names no problem: no policy answer and no menu, the buyer is asked what happened.
        if (state.ActiveFlow is null && state.LastFlow is null && VagueLine.Is(context.Normalized))
        {
            state.ClearClarification();
            return WhatHappened(context);
        }

        return await NotedOnOrderAsync(context, cancellationToken).ConfigureAwait(false) ?? await HeardLateAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
