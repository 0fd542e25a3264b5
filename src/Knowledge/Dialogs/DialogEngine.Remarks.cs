namespace ShopBot.Knowledge.Dialogs;

/// <summary>Short remarks after an answer, taken with what was just discussed.</summary>
public sealed partial class DialogEngine
{
    // "20号拍的", "中通的": a detail after an answer, before any doubt about which need is meant.
    private static async Task<DialogOutcome?> RemarkedAsync(FlowContext context, CancellationToken cancellationToken) =>
        await ShortRemark.TryDetailAsync(context, cancellationToken).ConfigureAwait(false) ? Outcome(context, DialogOutcomeKind.Answered, Intents.IntentIds.Other) : null;
}
