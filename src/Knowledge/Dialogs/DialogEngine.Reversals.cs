using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A change or a hold recorded in an earlier chat and taken back now ("羽绒服还是按原来的发", "不用等了 现在发"): the
/// open record is found on the buyer's unshipped orders (the one named, or the only one that has such a record),
/// withdrawn at once, and the buyer told what happens next, whatever intent the model reads.
/// </summary>
public sealed partial class DialogEngine
{
    private const string TakenBackNote = "买家不改了";

    private async Task<DialogOutcome?> TakesBackEarlierChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "地址还是用原来的" speaks of the delivery details, which the address change holds, never of the goods; "算了 还是整单退吧"
        // switches to a whole refund, which the refund flow answers (the change withdrawn there).
        if (state.ActiveFlow is not null || !Reversal.TakesBackChange(context.Normalized) || RefundUnshippedFlow.TakesWholeRefund(context.Compact)
            || RecordWithdrawal.Read(context.Compact) is { } details && details.TakenBack.Contains(CaseKind.AddressChange))
        {
            return null;
        }

        if (await OnlyOrderWithAsync(context, r => r.Kind == CaseKind.OrderChange && r.Status == CaseStatus.Open, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            // Said again once withdrawn: it stands withdrawn, never "what would you like to change?". With another order in
            // focus ("不用换了" about the lamp just talked of), that order's need is meant, not a change withdrawn before.
            if (await OnlyOrderWithAsync(context, r => r.Kind == CaseKind.OrderChange && r.Status == CaseStatus.Cancelled && (r.Resolution ?? string.Empty).StartsWith(TakenBackNote, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false) is not { } withdrawn
                || (state.LastOrderNumber is { } focus && focus != withdrawn.Order.OrderNumber))
            {
                return null;
            }

            state.ClearClarification();
            state.LastOrderNumber = withdrawn.Order.OrderNumber;
            context.Say(OrderChangeFlow.FlowId + ".withdrawn_already", context.SlotsOf(withdrawn.Order));
            return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
        }

        var (order, open) = found;
        // "不用顺丰了 照常发" beside a quantity cut: only the courier note comes off, the other change stands.
        if (CourierDifference.LetsCourierGo(context) && open.Where(r => r.Reason == CourierDifference.Courier).ToList() is { Count: > 0 } courier)
        {
            state.ClearClarification();
            state.LastOrderNumber = order.OrderNumber;
            await CourierDifference.LetGoAsync(context, order, courier, cancellationToken).ConfigureAwait(false);
            return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
        }

        if (KeepsChange(context, order, open) is { } kept)
        {
            return kept;
        }

        if (open.Select(ChangeOnRecord).OfType<OrderChange>().ToList() is [{ } recorded, ..]
            && OrderChanges.Read(context.Normalized) is { To: { } to } said && said.Kind == recorded.Kind
            && !Same(to, recorded.To) && !Same(to, recorded.From) && !order.Title.Contains(Digits(to), StringComparison.OrdinalIgnoreCase))
        {
            // "不换130了 换140": a correction to another value, which the correction path records.
            return null;
        }

        // "不对 还是要3包吧 退1包的钱就行": a new count of pieces to keep corrects the cut, never withdraws it.
        if (OrderChanges.Read(context.Normalized) is { Kind: OrderChangeKind.Quantity, Cut: { } cut } && cut.Kept(order.Quantity) is var keeps
            && keeps > 0 && keeps < order.Quantity)
        {
            return null;
        }

        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, TakenBackNote + "，撤回修改申请，按原订单发货", cancellationToken).ConfigureAwait(false);
        }

        state.ClearClarification();
        state.LastOrderNumber = order.OrderNumber;
        context.Say(ChangeWithdrawnTemplate(context, order), context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }

    /// <summary>
    /// "那算了不换了 120就120吧 快点发": within the promise, when the order ships is said with the withdrawal; "就这样发吧 小了再换",
    /// "要是得退款重拍就算了": how an exchange goes once the goods are in hand.
    /// </summary>
    // "先别动 晚上试试再说": held off, the order ships as bought (by when, within the promise), no refund started.
    private string ChangeWithdrawnTemplate(FlowContext context, Order order) =>
        OrderChangeFlow.FlowId + (OrderChanges.HoldsOff(context.Normalized) ? OrderChanges.HeldOffTemplate(_services.Orders.Facts(order))
            : HurryAsk.IsAsked(context.Normalized) && _services.Orders.Facts(order).HoursLeftToShip > 0 ? ".withdrawn_hurry"
            : OrderChanges.ExchangesLater(context.Normalized) || DeclinedOnCondition.Declines(context.Normalized) ? ".withdrawn_exchange_later" : ".withdrawn");

    /// <summary>
    /// "改尺码那个弄好没有" with a change open on one unshipped order: where it stands, never the fallback nor a second
    /// record. A line that names a new value ("改成140了吗") is left to the change flow.
    /// </summary>
    private async Task<DialogOutcome?> AsksEarlierChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || !Reversal.AsksChangeStatus(context.Normalized) || OrderChanges.Read(context.Normalized) is { To: not null }
            || await OnlyOrderWithAsync(context, r => r.Kind == CaseKind.OrderChange && r.Status == CaseStatus.Open, cancellationToken).ConfigureAwait(false) is not { } found
            || found.Open.Select(ChangeOnRecord).OfType<OrderChange>().FirstOrDefault() is not { } recorded)
        {
            return null;
        }

        state.ClearClarification();
        state.LastOrderNumber = found.Order.OrderNumber;
        context.Say(OrderChangeFlow.FlowId + ".already_recorded", new Dictionary<string, string?>(context.SlotsOf(found.Order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Change] = recorded.Describe(found.Order.Title),
        });
        return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }

    /// <summary>
    /// "那能补多少" right after a compensation was recorded in this chat: the cap and who fixes the sum, whatever intent
    /// the model reads (never a repair question).
    /// </summary>
    private async Task<DialogOutcome?> AsksCompensationSumAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || !Reversal.AsksCompensationSum(context.Normalized)
            || QualityReturnFlow.RecordedHere(state) is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, number, cancellationToken).ConfigureAwait(false);
        if (records.LastOrDefault(r => r.Kind == CaseKind.Compensation && r.Status == CaseStatus.Open && r.ConversationId == context.Input.ConversationId) is not { } recorded)
        {
            return null;
        }

        state.ClearClarification();
        CompensationSumTold.Say(context, context.SlotsOf(order), recorded, "quality_return.compensation_amount");
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
    }

    /// <summary>"不用等了 现在发" with a hold open on an unshipped order: the hurry flow lifts it and answers the shipping.</summary>
    private async Task<DialogOutcome?> LiftsEarlierHoldAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || !HoldLifted.Lifts(context.Normalized)
            || !_flows.TryGetValue(IntentIds.Hurry, out var flow)
            || await OnlyOrderWithAsync(context, r => r.Kind == CaseKind.DelayShipment && r.Status == CaseStatus.Open, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        state.ClearClarification();
        state.StartFlow(IntentIds.Hurry);
        state.OrderNumber = found.Order.OrderNumber;
        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The unshipped order named (or, when none is named, the only one) with records that match, and those records.</summary>
    private async Task<(Order Order, List<CaseRecord> Open)?> OnlyOrderWithAsync(FlowContext context, Func<CaseRecord, bool> matches, CancellationToken cancellationToken)
    {
        var named = OrderResolver.Named(context);
        var candidates = (named.Count > 0 ? named : _services.Orders.OrdersOf(context.Input.BuyerId))
            .Where(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay)
            .ToList();
        var found = new List<(Order Order, List<CaseRecord> Open)>();
        foreach (var order in candidates)
        {
            var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            var open = records.Where(matches).ToList();
            if (open.Count > 0)
            {
                found.Add((order, open));
            }
        }

        return found is [var only] ? only : null;
    }

    private static bool Same(string value, string? other) =>
        other is not null && string.Equals(Digits(value), Digits(other), StringComparison.OrdinalIgnoreCase);

    private static string Digits(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : value;
    }
}
