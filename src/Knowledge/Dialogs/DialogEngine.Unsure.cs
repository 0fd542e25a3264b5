using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A turn the engine is unsure of: answered from the policies with the order in focus, or greeted back, before a menu or a fallback.</summary>
public sealed partial class DialogEngine
{
    private static async Task<DialogOutcome?> AnsweredInContextAsync(FlowContext context, CancellationToken cancellationToken) =>
        await ContextualPolicy.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || ContextualPolicy.TryGreetBack(context)
            ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other)
            : null;
}
