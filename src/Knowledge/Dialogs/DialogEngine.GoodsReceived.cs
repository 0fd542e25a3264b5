using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Lines about goods in hand that follow what this chat just said about them, whatever the model reads: more about the
/// quality case recorded, and an exchange for taste after the order's own colour or the no-reason return was told.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> AboutGoodsReceivedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // "换！我要灰的 下礼拜要用", "按洗标冷水洗的", "这算质量问题吧 能退吗" about the quality case recorded here: that case.
        if (_flows.ContainsKey(IntentIds.QualityReturn) && await QualityReturnFlow.AddsToRecordedAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return await StartAsync(context, IntentIds.QualityReturn, cancellationToken).ConfigureAwait(false);
        }

        // "直接给我换个藏青的吧", "有黑色的话换黑色也行" after the order's own colour or the no-reason return was told;
        // "T恤两件XL都太大了 想换L": tried on, so in hand.
        return _flows.ContainsKey(IntentIds.NoReasonReturn) && (NoReasonReturnFlow.ExchangesForTaste(context) || NoReasonReturnFlow.TriedAndExchanges(context))
            ? await StartAsync(context, IntentIds.NoReasonReturn, cancellationToken).ConfigureAwait(false)
            : null;
    }
}
