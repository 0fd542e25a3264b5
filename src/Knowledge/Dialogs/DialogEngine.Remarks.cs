namespace ShopBot.Knowledge.Dialogs;

/// <summary>Short remarks after an answer, taken with what was just discussed.</summary>
public sealed partial class DialogEngine
{
    // "20号拍的", "中通的": a detail after an answer, before any doubt about which need is meant.
    private static DialogOutcome? Remarked(FlowContext context) =>
        ShortRemark.TryDetail(context) ? Outcome(context, DialogOutcomeKind.Answered, Intents.IntentIds.Other) : null;
}
