using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class DialogEngine
{
    /// <summary>
    /// The second half of what is heard before any flow (<see cref="HeardBeforeAnyFlowAsync"/>): money and refunds the
    /// buyer is not content with, unpaid orders, a question missed, a quality case settled, changes to an order and
    /// the less common needs.
    /// </summary>
    private async Task<DialogOutcome?> HeardLateAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "扣了两次钱", "付了款怎么还显示待付款": money taken that the orders do not show goes to a person who checks the payment.
        // "退款都十多天了", "退款怎么给我关了": a refund the buyer has and is not content with stays on that order, with a person.
        if (MoneyTaken.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Payment);
        }

        // "撤了以后能正常给我发货吗" right after the withdrawal was explained: it ships as usual, never "a refund is under way".
        if (WithdrawalShipping.TryAnswer(context)
            || await RefundStanding.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "那我拒收了 你们记得给我重发" after the door-side advice: refused for damage, sent again, never a refund.
        if (await TrackFlow.TryAfterDoorDamageAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "保温杯拒收": a parcel on its way no longer wanted (never a quality problem); "今天能发就不退": a refund on condition.
        // "我拒收了 给我补发" after a quality case was recorded here sends the goods again: that case's, never a refund.
        var reshipsRecorded = QualityReturnFlow.RecordedHere(state) is not null && QualitySettlements.WantsReship(context.Normalized);
        if ((!reshipsRecorded && await RefusedParcel.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
            || await RefundWithdrawal.TryOnConditionAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        if (QueuedRefund.PaidByMistake(context) && _flows.TryGetValue(IntentIds.RefundUnshipped, out var mistaken))
        {
            state.ClearClarification();
            state.StartFlow(IntentIds.RefundUnshipped);
            return await RunAsync(context, mistaken, cancellationToken).ConfigureAwait(false);
        }

        // "退款我不想退了", "点错了退款": a refund under way is withdrawn, never confirmed again, whatever the model reads.
        if (RefundWithdrawal.IsAsked(context) && await WithdrawRefundAsync(context, cancellationToken).ConfigureAwait(false) is { } withdrawn)
        {
            return withdrawn;
        }

        // "我忘付款了", "订单怎么没了": the buyer's unpaid order, waiting or closed for non-payment, never a payment-method answer.
        if (UnpaidOrders.TryAnswer(context))
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RestoreOrder);
        }

        if (await NamesOnlyAnOrderAsync(context, cancellationToken).ConfigureAwait(false) is { } insisted)
        {
            return insisted;
        }

        if (AnswersAsSaid(context) is { } asSaid)
        {
            return asSaid;
        }

        // "我问的是…", "答非所问": the question again, never the same answer.
        if ((await AnswersMissedQuestionAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await AnswersTopicChoiceAsync(context, cancellationToken).ConfigureAwait(false)) is { } missed)
        {
            return missed;
        }

        // "电话不变" right after an address change was recorded: the record stands, never a menu of needs.
        if (state.ClarifyOptions.Count == 0 && ChangeAddressFlow.OnlyKeepsAfterRecord(context) && _flows.ContainsKey(IntentIds.ChangeAddress))
        {
            return await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false);
        }

        // "换个颜色" after a quality problem settles that case; only otherwise is it a change to an order not yet shipped.
        if (await SettlesQualityCaseAsync(context, cancellationToken).ConfigureAwait(false) is { } settled)
        {
            return settled;
        }

        // "羽绒服改成130的" is a change to an order, whatever flow waits or whatever nearest need the model reads; "帮我延长收货",
        // "退款成功了钱没到", "少发了一件 退那件的钱": their own answers, never a menu or the tracking line.
        return await ChangesOrderAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await AnswersLessCommonNeedAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The refund under way withdrawn by the refund flow, whatever the model read; null when no refund flow is known.</summary>
    private async Task<DialogOutcome?> WithdrawRefundAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (!_flows.TryGetValue(IntentIds.RefundUnshipped, out var refund))
        {
            return null;
        }

        var state = context.State;
        state.ClearClarification();
        state.StartFlow(IntentIds.RefundUnshipped);
        state.Values[RefundWithdrawal.Key] = "1";
        var withdrawn = await RunAsync(context, refund, cancellationToken).ConfigureAwait(false);
        // "退款不要了 地址改成…": the new address said beside it is taken down too, after the withdrawal.
        return state.ActiveFlow is null && context.Facts.Address?.City is not null && AddressKeeps.ChangesAddress(context.Compact)
            ? await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false)
            : withdrawn;
    }
}
