using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Cancel before shipment: ask the reason and record it, make one retention offer that fits the reason, then guide
/// the buyer to the refund and record a refund request. Shipped orders are told how to refuse or return; closed or
/// refunding orders are told so.
/// </summary>
public sealed partial class RefundUnshippedFlow : IDialogFlow
{
    private const string ReasonKey = "reason";
    /// <summary>The reply that says the refund was recorded; told once per order in a conversation.</summary>
    public const string RefundRequested = "refund_unshipped.refund_requested";
    private const string Unclassified = "other";
    private const string DecidedKey = "decided";

    public string Intent => IntentIds.RefundUnshipped;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.Values.ContainsKey(RefundWithdrawal.Key))
        {
            await RefundWithdrawal.RunAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await SwitchesToWholeAsync(context, cancellationToken).ConfigureAwait(false)
            || await TellsCutStandsAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (state.Step is DialogSteps.AskReason or DialogSteps.AfterRetention && TellsWhereToApply(context, InFocus(context)))
        {
            return;
        }

        if (state.Step == DialogSteps.AskReason && WrongAddress().IsMatch(context.Normalized))
        {
            OfferAddressChange(context, state.OrderNumber);
            return;
        }

        if (state.Step == DialogSteps.AskReason)
        {
            state.Values[ReasonKey] = RefundReasons.Of(context.Facts.Reason) ?? Unclassified;
            await RetainOrRecordAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (state.Step == DialogSteps.AfterRetention)
        {
            await ConcludeAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        // "不小心付款了 钱退我吧" gives the reason for a new refund: no question about one under way.
        if (state.Step is null or DialogSteps.ChooseOrder or DialogSteps.AskOrder
            && (RefundProgress.IsAsked(context.Normalized) || state.Values.ContainsKey(RefundProgress.Key))
            && context.Facts.Reason != RefundReasons.PaidByMistake)
        {
            await RefundProgress.TellAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (PushesRefundUnderWay(context) is { } pushed)
        {
            Finish(context, AlreadyRefunding(context, pushed), context.SlotsOf(pushed));
            return;
        }

        var cancelOnly = CancelsOnly(context);
        var buyerOrders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (cancelOnly && state.Step is null && state.OrderNumber is null && OrderResolver.Named(context).Count == 0
            && buyerOrders.Count > 1 && !buyerOrders.Any(Cancellable))
        {
            // "帮我取消订单" with every order on its way or done: nothing to cancel, and no list of orders that cannot be
            // (a buyer with one order means that one, which the flow answers for its state).
            Finish(context, "listen_menus.nothing_to_cancel", new Dictionary<string, string?>());
            return;
        }

        // One unshipped and one shipped order: a refund asks which, never picked for silently; "取消订单" fits only an
        // order that can still be cancelled, so a shipped one is never offered for it.
        var order = OrderResolver.Resolve(
            context,
            "refund_unshipped",
            cancelOnly && !buyerOrders.Any(Unshipped) ? Cancellable : Unshipped,
            cancelOnly ? null : o => o.Status == OrderStatus.Shipped && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        // "我找不到在哪申请": only the buyer can apply, so where, and the platform's rule, with nothing filed in the buyer's place.
        if (TellsWhereToApply(context, order))
        {
            return;
        }

        var slots = context.SlotsOf(order);
        if (order.HasRefundUnderWay)
        {
            Finish(context, AlreadyRefunding(context, order), slots);
        }
        else if (context.Told(RefundRequested, order.OrderNumber) && await RefundReasonAfter.TryWriteAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
        }
        else if (context.Told(RefundRequested, order.OrderNumber))
        {
            // "不用了 直接退" after the refund was recorded in this conversation: it stands, nothing is asked again.
            Finish(context, "asides.refund_requested_here", slots);
        }
        else if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false) is not null)
        {
            // Recorded in an earlier chat and still open: where it stands, never a second request (OpenCaseGuard).
            Finish(context, "refund_unshipped.already_requested", slots);
        }
        else if (order.Status == OrderStatus.AwaitingPayment)
        {
            Finish(context, "refund_unshipped.awaiting_payment", slots);
        }
        else if (order.Status == OrderStatus.Shipped && context.Services.Orders.Facts(order).IsShippedLongAgo)
        {
            // Weeks on the road and never arrived: a lost parcel for a person to settle, never "refuse it at the door".
            await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
            context.Finish();
        }
        else if (order.Status == OrderStatus.Completed && !QualityProblems.NamesAProblem(context.Normalized)
            && context.Services.Orders.Facts(order).DaysSinceShipment > NoReasonReturnFlow.WindowDays + NoReasonReturnFlow.DaysToSign)
        {
            // "T恤我不想要了 能退吗" a month after it arrived: past the no-reason window, said plainly, with what remains.
            Finish(context, "no_reason_return.outside_window", slots);
        }
        else if (order.Status == OrderStatus.Completed
            || (order.Status == OrderStatus.Shipped && (QualityProblems.AlreadyOpened(context.Normalized) || context.State.GoodsInHand)))
        {
            // The goods are in hand, said now or earlier in the chat ("托特包收到了"): refusing the parcel is no longer a choice.
            Finish(context, "refund_unshipped.already_received", slots);
        }
        else if (order.Status == OrderStatus.Shipped && PolicyTopics.AsksIntercept(context.Compact))
        {
            // "不要了 帮我拦截一下": the courier is asked to stop the parcel, which a person does; refusing it stays the fallback.
            await PolicyTopics.InterceptAsync(context, order, cancellationToken).ConfigureAwait(false);
            context.Finish();
        }
        else if (order.Status == OrderStatus.Shipped && CancelsNow(context))
        {
            // Shipped but not received: no cancel, a refund before receipt (仅退款, the parcel refused or stopped), recorded.
            var reason = RefundReasons.Label(RefundReasons.Of(context.Facts.Reason) ?? RefundReasons.ChangedMind);
            await context.Actions.RequestRefundAsync(context.Turn, order.OrderNumber, reason, cancellationToken).ConfigureAwait(false);
            Finish(context, "refund_unshipped.shipped_refund_only", new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [TemplateSlots.Reason] = reason });
        }
        else if (order.Status == OrderStatus.Shipped)
        {
            Finish(context, "refund_unshipped.already_shipped", slots);
        }
        else if (order.Status == OrderStatus.Closed && order.Refund == RefundStatus.Succeeded)
        {
            // Closed because the refund went through: the money is on its way back, no re-order is suggested; a voucher
            // asked for is where Alipay shows the refund's own number.
            Finish(context, RefundVoucher.IsAsked(context.Compact) ? RefundVoucher.Situation : "refund_unshipped.progress_paid", slots);
        }
        else if (order.Status == OrderStatus.Closed)
        {
            // Never paid: nothing was taken, so nothing is refunded, and no new order is suggested.
            Finish(context, order.AmountPaid == 0 ? "asides.never_paid" : "track.closed", slots);
        }
        else if (WrongAddress().IsMatch(context.Normalized))
        {
            OfferAddressChange(context, order.OrderNumber);
        }
        else if (AsksDifferenceFirst(context))
        {
            Finish(context, "refund_unshipped.difference_first", slots);
        }
        else if (ReasonOf(context) is { } kind)
        {
            state.Values[ReasonKey] = kind;
            await RetainOrRecordAsync(context, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (Decides(context))
            {
                state.Values[DecidedKey] = "yes";
            }

            context.Say("refund_unshipped.ask_reason", slots);
            context.Suggest("拍错了", "不想要了", "发货太慢", "别家更便宜");
            context.Await(DialogSteps.AskReason);
        }
    }

    /// <summary>
    /// "不要了 取消订单", "帮我退款": a cancel or refund asked for now, neither refused, asked about nor threatened; a
    /// return or a quality problem ("我要退货退款，质量不行") is no cancel.
    /// </summary>
    private static bool CancelsNow(FlowContext context)
    {
        var cues = context.Facts.Cues;
        return cues.Asserted.Any(a => a is Entities.BuyerAction.Cancel or Entities.BuyerAction.Refund)
            && !cues.Asserted.Contains(Entities.BuyerAction.Return)
            && !QualityProblems.NamesAProblem(context.Normalized) && !context.Normalized.Contains("质量", StringComparison.Ordinal)
            && !cues.Negated.Any(a => a is Entities.BuyerAction.Cancel or Entities.BuyerAction.Refund)
            && !cues.IsQuestion && !cues.IsDeferral;
    }

    /// <summary>Paid and waiting to ship, with no refund under way.</summary>
    private static bool Unshipped(Order order) => order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay;

    /// <summary>Waiting to be paid or to ship, with no refund under way: an order the buyer can still cancel.</summary>
    private static bool Cancellable(Order order) =>
        order.Status is OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment && !order.HasRefundUnderWay;

    /// <summary>"我要取消订单", "帮我撤单": a cancel, with no word of a refund, return or goods in hand.</summary>
    private static bool CancelsOnly(FlowContext context)
    {
        var cues = context.Facts.Cues;
        return cues.Asserted.Contains(Entities.BuyerAction.Cancel)
            && !cues.Asserted.Any(a => a is Entities.BuyerAction.Refund or Entities.BuyerAction.Return)
            && !QualityProblems.AlreadyOpened(context.Normalized);
    }

    /// <summary>"地址填错了" needs no refund: the order is not shipped, so the address is changed instead.</summary>
    private static void OfferAddressChange(FlowContext context, string? orderNumber)
    {
        context.Say("refund_unshipped.offer_address_change", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = orderNumber });
        context.State.StartFlow(IntentIds.ChangeAddress);
        context.State.OrderNumber = orderNumber;
        context.Await(DialogSteps.AskAddress);
        context.Suggest("还是要退款");
    }

    [GeneratedRegex("地址(填|写|选)?错|(填|写|选)错(了)?(收货)?地址|地址不对|收货地址有误")]
    private static partial Regex WrongAddress();
}
