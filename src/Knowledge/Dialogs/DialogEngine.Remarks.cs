namespace ShopBot.Knowledge.Dialogs;

/// <summary>Short remarks after an answer, taken with what was just discussed.</summary>
public sealed partial class DialogEngine
{
    // "20号拍的", "中通的": a detail after an answer, before any doubt about which need is meant.
    // "之前手滑点错了" after a refund's withdrawal was explained: why it was applied for, heard.
    private static async Task<DialogOutcome?> RemarkedAsync(FlowContext context, CancellationToken cancellationToken) =>
        WithdrawalMistake.TryAnswer(context) ? Outcome(context, DialogOutcomeKind.Answered, Intents.IntentIds.RefundUnshipped)
        : await ShortRemark.TryDetailAsync(context, cancellationToken).ConfigureAwait(false) ? Outcome(context, DialogOutcomeKind.Answered, Intents.IntentIds.Other) : null;
}
