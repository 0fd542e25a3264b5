using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A turn the engine is unsure of: answered from the policies with the order in focus, or greeted back, before a menu or a fallback.</summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> AnsweredInContextAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // "餐具那单也帮我看下", "羽绒服那个也帮忙查一下": a request to look at an order (see LineFrame), however unsure the
        // reading of its words, is answered with that order's state like "到哪了", never a guess between two needs.
        if (context.State.ActiveFlow is null && LineFrame.AsksToLook(context.Compact))
        {
            return await StartAsync(context, IntentIds.Track, cancellationToken).ConfigureAwait(false);
        }

        return await ContextualPolicy.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || ContextualPolicy.TryGreetBack(context)
            ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other)
            : null;
    }
}
