namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The topic stays when only the order changes. A correction right after a flow finished corrects what it wrote down;
/// a line that does nothing but point at another order ("浴巾那单也一起开了吧", "啊不对 是帆布包 两个那单") carries the
/// need just talked about, or the one asked for goods no order held, onto that order, whatever the model guessed.
/// </summary>
public sealed partial class DialogEngine
{
    /// <summary>"地址别搞错了" after an invoice: the address; "不是这单 是T恤" after a record: moved, the wrong one withdrawn.</summary>
    private async Task<DialogOutcome?> CorrectedAfterFlowAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || context.Input.IsSecondNeed || state.LastFlow is not { } finished
            || !(context.Facts.Cues.IsCorrection || OrderChoice.MeansAnother(context.Normalized)) || !_flows.ContainsKey(finished) || CorrectsAddressInstead(context, finished))
        {
            return null;
        }

        var wrongOrder = state.LastOrderNumber;
        var corrected = await StartAsync(context, finished, cancellationToken).ConfigureAwait(false);
        await WithdrawFromWrongOrderAsync(context, wrongOrder, cancellationToken).ConfigureAwait(false);
        return corrected;
    }

    /// <summary>
    /// A bare reference to another of the buyer's orders: the need of the last flow, or the one the goods not found were
    /// asked for (then even on the order a date in that question pointed at), runs on it. An "也" keeps what was done on
    /// the first order; nothing is withdrawn.
    /// </summary>
    private async Task<DialogOutcome?> OrderReferencedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var topic = state.LastFlow ?? (state.UnownedItem is not null ? state.UnownedAskedFor : null);
        if (state.ActiveFlow is not null || context.Input.IsSecondNeed || topic is null || !_flows.ContainsKey(topic)
            || OrderResolver.Named(context) is not [var named]
            || (named.OrderNumber == state.LastOrderNumber && state.LastFlow is not null) || !BareOrderReference.Is(context, topic))
        {
            return null;
        }

        return await StartAsync(context, topic, cancellationToken).ConfigureAwait(false);
    }
}
