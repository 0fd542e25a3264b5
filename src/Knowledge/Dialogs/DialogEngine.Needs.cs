using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Less common needs the buyer names in their own words: the auto-confirm countdown and extending it, a refund paid
/// back but not arrived, a partial refund. Each has its own answer from the order and the policy, never a menu, the
/// tracking line or the fallback.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> AnswersLessCommonNeedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.ActiveFlow is not null && !LessCommonNeeds.Names(context.Normalized))
        {
            return null;
        }

        if (await ReceiptExtension.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.Track);
        }

        if (RefundMoneyMissing.TryAnswer(context))
        {
            return Answered(context, IntentIds.RefundUnshipped);
        }

        if (PartialRefund.TellsPieceSentBack(context))
        {
            return Answered(context, IntentIds.NoReasonReturn);
        }

        if (await PartialRefund.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.PriceProtection);
        }

        return null;
    }

    private static DialogOutcome Answered(FlowContext context, string intent)
    {
        context.State.ClearClarification();
        context.State.EndFlow();
        return Outcome(context, DialogOutcomeKind.Answered, intent);
    }
}
