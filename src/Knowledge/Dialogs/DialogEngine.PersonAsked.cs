using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A person asked for: what the buyer told on the way is recorded first, so the colleague starts from a record.</summary>
public sealed partial class DialogEngine
{
    private static async Task<DialogOutcome> PersonAskedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        context.State.ClearClarification();
        // "你做不了主就找个能做主的来" while a sum above the limit waits: the supervisor who decides sums is the person,
        // with the sum asked recorded.
        if (await QualityReturnFlow.EscalatesSumWaitingAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        await NoteBeforePersonAsync(context, cancellationToken).ConfigureAwait(false);
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Human, askedForPerson: true);
    }
}
