using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A flow corrected while it works on one order: the order meant instead, or an invoice's medium changed.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> CorrectedInFlowAsync(FlowContext context, string active, IDialogFlow waiting, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "不对 要纸质的 不要电子的" while an invoice is taken down: the medium corrected, which the flow takes.
        if (active == IntentIds.Invoice && InvoiceFlow.CorrectsMedium(context))
        {
            return await RunAsync(context, waiting, cancellationToken).ConfigureAwait(false);
        }

        // "哦不对 是T恤", "不是这单，是另一单": the need starts again on the order the buyer meant, and whatever this
        // conversation recorded on the wrong one is withdrawn. An invoice moves there with the title, number and medium
        // already given.
        if (CorrectedFlowOrder(context) is not { } wrongOrder)
        {
            return null;
        }

        var restarted = StillMeant(ActionIntents.Meant(active, context.Facts.Cues, context.Normalized), active, context) ?? active;
        DialogOutcome corrected;
        if (restarted == IntentIds.Invoice && active == IntentIds.Invoice)
        {
            corrected = await RunAsync(context, waiting, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            state.EndFlow();
            corrected = await StartAsync(context, restarted, cancellationToken).ConfigureAwait(false);
        }

        await WithdrawFromWrongOrderAsync(context, wrongOrder, cancellationToken).ConfigureAwait(false);
        return corrected;
    }
}
