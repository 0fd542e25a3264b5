using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A step the buyer says is done ("退货已经寄回去了", "照片发过了") is answered with what comes next, and "帮我把订单取消了"
/// asks to cancel, however the model reads the "了" (never "your order was closed").
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> AnswersDoneOrCancelAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (await AlreadyDone.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        if (context.State.ActiveFlow is null && context.Input.Understanding.Intent == IntentIds.RestoreOrder
            && context.Facts.Cues.Asserted.Contains(Entities.BuyerAction.Cancel) && CancelRequest().IsMatch(context.Compact)
            && _flows.ContainsKey(IntentIds.RefundUnshipped))
        {
            context.State.ClearClarification();
            return await StartAsync(context, IntentIds.RefundUnshipped, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    [GeneratedRegex("^(?!.*(恢复|怎么|为什么|为啥|被)).*(帮我|给我|麻烦|请|我要|我想)(把)?[^，。,.!?！？]{0,8}取消")]
    private static partial Regex CancelRequest();
}
