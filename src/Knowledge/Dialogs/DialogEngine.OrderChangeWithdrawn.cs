using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class DialogEngine
{
    /// <summary>
    /// "算了不换了" after a change was recorded in this conversation: the open change is withdrawn (status cancelled) and
    /// the buyer told the order ships as it was, like a refund taken back. Null when no change was recorded here.
    /// </summary>
    private async Task<DialogOutcome?> WithdrawsOrderChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "算了 不要了 直接退款吧", "算了 还是整单退吧" give the order up, not the change: the refund's, never "ships as you bought it".
        if (state.ActiveFlow is not null || !(OrderChanges.TakesBack(context.Normalized) || OrderChanges.HoldsOff(context.Normalized) || CourierDifference.LetsCourierGo(context))
            || context.Facts.Cues.Asserted.Any(a => a is Entities.BuyerAction.Refund or Entities.BuyerAction.Cancel) || RefundUnshippedFlow.TakesWholeRefund(context.Compact)
            || state.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        var open = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false);
        // "不对 不用顺丰了 中通就行" when the courier note also holds the day it is needed by: the courier goes, the day stays;
        // "那中通也行" alone lets only the courier go.
        var takesBack = OrderChanges.TakesBack(context.Normalized) || OrderChanges.HoldsOff(context.Normalized);
        if (!takesBack && !open.Any(r => r.Reason == CourierDifference.Courier))
        {
            return null;
        }

        // "算了算了 随便什么快递 赶紧发" with only the courier noted: the courier let go, never "ships in the size you bought".
        // Within the promise the withdrawal's own answer says by when it ships, so only an overdue order takes this way.
        var onlyCourier = open.Count > 0 && open.All(r => r.Reason == CourierDifference.Courier) && _services.Orders.Facts(order).IsPastShippingPromise;
        if (CourierDifference.LetsCourierGo(context) && (CourierDifference.HoldsOtherWishes(open) || !takesBack) || onlyCourier && !OrderChanges.HoldsOff(context.Normalized))
        {
            state.ClearClarification();
            state.LastOrderNumber = number;
            await CourierDifference.LetGoAsync(context, order, open.Where(r => r.Reason == CourierDifference.Courier).ToList(), cancellationToken).ConfigureAwait(false);
            return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
        }

        // "算了130也怕小 要140吧": another value named is the change corrected, never taken back.
        if (open.Count == 0 || open.Any(r => r.Description is { } d && OrderChanges.Read(ItemNote().Replace(d, string.Empty)) is { } recorded
                && OrderChanges.OtherValue(context.Normalized, recorded) is not null))
        {
            return null;
        }

        if (KeepsChange(context, order, open) is { } kept)
        {
            return kept;
        }

        // "没有灰的话那就不换了 还是香槟": a condition on the change, which stands with the fallback written beside it.
        var conditional = OrderChanges.KeepsIfMissing(context.Normalized) && open.Count == 1 && open[0].Description is { } description
            && OrderChanges.Read(ItemNote().Replace(description, string.Empty)) is { } recorded && recorded.KeptIfMissing(order.Title) is not null
            && _flows.ContainsKey(OrderChangeFlow.FlowId);
        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(
                context.Turn, record.Id, conditional ? "买家补充了缺货时的安排，已按补充后的重新登记" : TakenBackNote + "，撤回修改申请，按原订单发货", cancellationToken).ConfigureAwait(false);
        }

        if (conditional)
        {
            state.ClearClarification();
            state.StartFlow(OrderChangeFlow.FlowId);
            state.OrderNumber = number;
            state.Values[OrderChangeFlow.RequestKey] = ItemNote().Replace(open[0].Description!, string.Empty);
            state.Values[OrderChangeFlow.KeepIfMissingKey] = "1";
            return await RunAsync(context, _flows[OrderChangeFlow.FlowId], cancellationToken).ConfigureAwait(false);
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        context.Say(ChangeWithdrawnTemplate(context, order), context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }
}
