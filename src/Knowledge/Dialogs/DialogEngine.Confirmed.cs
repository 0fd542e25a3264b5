using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class DialogEngine
{
    /// <summary>
    /// "确定", "好的", "嗯嗯", "对", "是的" right after the bot recorded something in this chat: a brief acknowledgement that it stands,
    /// never the not-understood menu nor a thank-you reply to a word that was no thanks.
    /// </summary>
    private static async Task<DialogOutcome?> ConfirmsRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } orderNumber
            || !Agreement.IsBare(CompactText.Of(context.Normalized)))
        {
            return null;
        }

        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        if (!cases.Any(c => c.Status == CaseStatus.Open && c.ConversationId == context.Input.ConversationId))
        {
            return null;
        }

        context.Say("listen_known.recorded_confirmed", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = orderNumber });
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    /// <summary>
    /// "因为尺码选错了" right after the refund was recorded in this chat, asking for nothing else: the reason goes onto
    /// the refund record, whatever the model makes of a few words about sizes.
    /// </summary>
    private static async Task<DialogOutcome?> GivesReasonAfterRefundAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } orderNumber
            || !(context.Told(RefundUnshippedFlow.RefundRequested, orderNumber) || context.Told("refund_unshipped.shipped_refund_only", orderNumber)) || context.Facts.Cues.Asserted.Any(a => a != BuyerAction.Refund)
            || context.Facts.MatchedOrderNumbers.Any(n => n != orderNumber)
            || !await RefundReasonAfter.TryWriteAsync(context, orderNumber, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
    }
}
