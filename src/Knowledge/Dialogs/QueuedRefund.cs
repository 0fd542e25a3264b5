using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Two ways a refund of an unshipped order is taken at once. "手滑付错单了", "不小心付款了": paid by mistake, a refund
/// wanted whatever the model reads. "不要了 退款" from a buyer waiting in the queue after chasing a late order: a plain
/// cancel-and-refund needs no person, so it is recorded now (with the apology for the delay) instead of
/// leaving it in the queue.
/// </summary>
internal static class QueuedRefund
{
    /// <summary>
    /// "付错单了", "误付", "不小心付了": the reason read is a payment made by mistake, with no refund refused. "手滑拍了两套
    /// 其实只要一套" keeps some pieces: fewer pieces, never the whole order refunded.
    /// </summary>
    public static bool PaidByMistake(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow is null && context.Facts.Reason == RefundReasons.PaidByMistake
            && !Refused(context) && OrderChanges.Read(context.Normalized) is not { Kind: OrderChangeKind.Quantity }
            && context.Services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay);
    }

    /// <summary>
    /// While queued: a cancel or refund asked for now on the unshipped order in focus — neither refused, asked about
    /// nor put off — is recorded, once per order; past the shipping promise the wait is the reason, with an apology.
    /// </summary>
    public static async Task<bool> TryRecordWhileQueuedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var cues = context.Facts.Cues;
        if (state.ActiveFlow is not null
            || !(cues.Asserted.Any(a => a is Entities.BuyerAction.Cancel or Entities.BuyerAction.Refund) || RefundReasons.Decided(context.Normalized))
            || Refused(context) || cues.IsQuestion || cues.IsDeferral || cues.HasCondition || ActionIntents.RefundThreat().IsMatch(context.Compact)
            || QualityProblems.NamesAProblem(context.Normalized)
            || state.LastOrderNumber is not { } last
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return false;
        }

        var slots = context.SlotsOf(order);
        if (context.Told(RefundUnshippedFlow.RefundRequested, order.OrderNumber)
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, Cases.CaseKind.RefundRequest).ConfigureAwait(false) is not null)
        {
            context.Say("asides.refund_requested_here", slots);
            return true;
        }

        var late = context.Services.Orders.Facts(order).IsPastShippingPromise;
        var reason = RefundReasons.Label(late ? RefundReasons.SlowShipping : RefundReasons.Of(context.Facts.Reason) ?? RefundReasons.ChangedMind);
        await context.Actions.RequestRefundAsync(context.Turn, order.OrderNumber, reason, cancellationToken).ConfigureAwait(false);
        if (late)
        {
            OverdueApology.SayOnce(context, order.OrderNumber, slots);
        }

        context.Say(RefundUnshippedFlow.RefundRequested, new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [Templates.TemplateSlots.Reason] = reason });
        return true;
    }

    /// <summary>A cancel or refund turned down, also "不要整单取消 2条照发就行", which the cues read as a cancel.</summary>
    private static bool Refused(FlowContext context) =>
        context.Facts.Cues.Negated.Any(a => a is Entities.BuyerAction.Cancel or Entities.BuyerAction.Refund) || OrderKept.Says(context);
}
