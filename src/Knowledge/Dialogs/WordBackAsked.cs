using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "能压就备注一下 不能的话也跟我说一声" right after something was noted here on the order in focus: the buyer asks to be told
/// how it goes, so she hears that the colleague answers here either way, never a fallback or a person fetched for it.
/// </summary>
public static class WordBackAsked
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "发了跟我说一声单号" wants the number itself, which tracking answers.
        if (context.State.ActiveFlow is not null || context.Input.Understanding.HandoffRequested || !WordAsked.IsAsked(context.Compact)
            || context.Compact.Contains("单号", StringComparison.Ordinal)
            || context.State.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || !await OpenCases.AwaitedOnFocusAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        context.Say("listen_followups.word_back", context.SlotsOf(order));
        return true;
    }
}
