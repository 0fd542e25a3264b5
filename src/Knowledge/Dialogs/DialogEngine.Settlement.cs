using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>How the buyer wants an open quality case settled goes to that case, whatever the model reads.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// "不想退，补偿点就行", "给我部分退款吧", "能换个颜色吗" while a quality problem is being handled or was recorded in
    /// this conversation: the quality flow changes its case (and withdraws the return it replaces); never a new refund
    /// of an unshipped order, nor a no-reason exchange with postage on the buyer. A remedy named while photos or the
    /// remedy are asked for, or right after the case was recorded ("我要退货", "只换不退", "不要补偿 直接退"), is the
    /// answer to that case too, unless it names another order. Null when it does not apply.
    /// </summary>
    private async Task<DialogOutcome?> SettlesQualityCaseAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var choosesRemedy = QualityReturnFlow.ChoosesRemedy(context) && context.Facts.OrderReferences.Count == 0 && !context.Input.IsSecondNeed
            && (state.ActiveFlow is null ? state.ClarifyOptions.Count == 0 : state.Step is DialogSteps.AskPhoto or DialogSteps.AskRemedy);
        if (!_flows.TryGetValue(IntentIds.QualityReturn, out var flow) || !(QualitySettlements.Concerns(context.Normalized) || choosesRemedy) || QualityProblems.Denied(context.Normalized))
        {
            return null;
        }

        if (state.ActiveFlow == IntentIds.QualityReturn)
        {
            return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
        }

        // "四件套颜色发错了 要换" after a case on the lamp names another order: a new problem there, not this case settled.
        if (state.ActiveFlow is not null || QualityReturnFlow.RecordedHere(state) is not { } recorded
            || OrderResolver.Named(context) is { Count: > 0 } named && named.All(o => o.OrderNumber != recorded))
        {
            return null;
        }

        state.ClearClarification();
        state.StartFlow(IntentIds.QualityReturn);
        state.OrderNumber = recorded;
        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "发之前帮我检查一下", "新的别再漏了" after an exchange or reshipment was recorded: a wish on that record;
    /// "要么就赔我钱": a demand for money beside it, for a person; "你们说怎么弄" after a quality case was recorded: the
    /// options for it.
    /// </summary>
    private static async Task<DialogOutcome?> NotesSendCareAsync(FlowContext context, CancellationToken cancellationToken) =>
        await QualityReturnFlow.NotesSendCareAsync(context, cancellationToken).ConfigureAwait(false)
            || await QualityReturnFlow.HandsMoneyDemandAsync(context, cancellationToken).ConfigureAwait(false)
            || await QualityReturnFlow.OffersOptionsAsync(context, cancellationToken).ConfigureAwait(false)
            ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn)
            : null;

    /// <summary>
    /// A doubt the named problem settles for the quality flow: against a repair (the order's dates decide), or against a
    /// no-reason return ("四件套颜色跟图片差好多"), where goods unlike the listing are the shop's fault, not the buyer's taste;
    /// or against nothing, when an order number up front ("3600… 台灯最亮那一档一闪一闪的") leaves the model unsure; or
    /// against anything, when the goods named are all in the buyer's hands.
    /// </summary>
    private bool ProblemSettles(FlowContext context, string top, string runnerUp) =>
        top is IntentIds.Repair or IntentIds.NoReasonReturn or IntentIds.Other || runnerUp is IntentIds.Repair or IntentIds.NoReasonReturn or IntentIds.Other
        || NamesOnlyGoodsInHand(context);

    /// <summary>
    /// "台灯之前申请退款被拒了 现在又坏了": the goods the line names have all reached the buyer, so a problem named with
    /// them is a defect of goods in hand, never a refund of an order not sent.
    /// </summary>
    private bool NamesOnlyGoodsInHand(FlowContext context) =>
        OrderResolver.Named(context) is { Count: > 0 } named && named.All(o => o.Status is Orders.OrderStatus.Completed || (o.Status is Orders.OrderStatus.Shipped && context.Facts.Cues.AlreadyReceived))
        && !_services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == Orders.OrderStatus.AwaitingShipment && named.Any(n => n.Title == o.Title));
}
