using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A refund under way that the buyer finds slow, answered from the refund rules before any person is called. Not
/// shipped: the platform refunds by itself two days after the request, so within that window the rule is told and the
/// shop is noted to agree it; past it ("申请5天了", "好几天了") a person checks. Shipped: the refund waits for the goods,
/// so the buyer is asked for the return's courier and number and told the warehouse checks the parcel on arrival,
/// unless they ask for a push, which a person gives.
/// </summary>
internal static partial class RefundStanding
{
    private const string PendingUnshipped = "refund_unshipped.pending_unshipped";

    private const string PendingShipped = "refund_unshipped.pending_shipped";

    /// <summary>The rule already told for this order: the note and what comes next in short, never the rule pasted again.</summary>
    private const string PendingAgain = "refund_unshipped.pending_again";

    /// <summary>Days after a request on an unshipped order before the platform refunds by itself (refund-before-shipment).</summary>
    private const int AutoRefundDays = 2;

    /// <summary>How every note chasing the refund begins, so a withdrawal of the refund can find and close it.</summary>
    public const string ChasePrefix = "买家催退款：";

    private const string AgreeNote = ChasePrefix + "订单还没发货，退款申请在等店铺同意，请尽快同意退款，不要发货";

    private static async Task<bool> PendingAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (order.Status == OrderStatus.AwaitingShipment)
        {
            if (DaysWaited(context) is > AutoRefundDays || LongWait().IsMatch(context.Compact))
            {
                Hand(context, order, "steer.refund_overdue", slots, OverdueReason);
                return true;
            }

            // Pushed again after the short answer: a person, never the rule a third time.
            var ruleTold = context.Told(PendingUnshipped, order.OrderNumber) || context.Told("refund_unshipped.progress_in_progress", order.OrderNumber);
            if (ruleTold && context.Told(PendingAgain, order.OrderNumber))
            {
                Hand(context, order, "steer.refund_overdue", slots, OverdueReason);
                return true;
            }

            // One note for the shop per order: asked again, the rule is not told again and no second record is made.
            await ChaseOnceAsync(context, order, AgreeNote, cancellationToken).ConfigureAwait(false);

            Answer(context, order, ruleTold ? PendingAgain : PendingUnshipped, slots);
            return true;
        }

        // "退货寄回去了 退款还没到": the parcel sent back is taken down by AlreadyDone, which knows the return.
        if (AlreadyDone.ReturnSent(context.Normalized))
        {
            return false;
        }

        // "帮我催催商家": the buyer asks for a push, which a person gives; a wait alone ("好几天了") is first held against the return.
        if (Hurries().IsMatch(context.Compact))
        {
            Hand(context, order, "steer.refund_overdue", slots, OverdueReason);
            return true;
        }

        // "怎么一直没人处理": the wait itself is the complaint, so the shop is noted to take the request up, once per order.
        if (NobodyHandles().IsMatch(context.Compact))
        {
            await ChaseOnceAsync(context, order, ChaseNote, cancellationToken).ConfigureAwait(false);

            Answer(context, order, "refund_unshipped.pending_shipped_chased", slots);
            // "我是花呗付的": where the money goes back, from the refund rules.
            if (RefundTiming.WayTemplate(context.Compact) is { } way)
            {
                context.Say(way);
            }

            return true;
        }

        // "快递还在路上": the goods have not reached the buyer, so refusing the parcel is the way, never a return's number.
        Answer(context, order, OnTheWay().IsMatch(context.Compact) && !context.State.GoodsInHand ? "refund_unshipped.pending_shipped_on_the_way" : PendingShipped, slots);
        return true;
    }

    /// <summary>
    /// One note chasing the refund per order; a note not to agree it ("退款能撤回吗" earlier, now "还是退吧 怎么还没同意")
    /// is withdrawn first, so colleagues never see both instructions open.
    /// </summary>
    private static async Task ChaseOnceAsync(FlowContext context, Order order, string note, CancellationToken cancellationToken)
    {
        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        foreach (var kept in records.Where(r => r.Kind == CaseKind.RefundWithdrawal && r.Status == CaseStatus.Open))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, kept.Id, "买家又要退款并催同意：不要同意退款的备注作废，以催退款的备注为准", cancellationToken).ConfigureAwait(false);
        }

        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false) is null)
        {
            await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: false, note, cancellationToken).ConfigureAwait(false);
        }
    }

    [GeneratedRegex("(?:还|都|仍)在路上|在途|还没(?:到|收到|签收|送到)|没收到|未签收|还在(?:运输|派送|中转)|在派送")]
    private static partial Regex OnTheWay();

    private const string ChaseNote = ChasePrefix + "退款申请一直没人处理，订单已发货，请尽快审核处理这笔退款（仅退款还是退货退款以买家的申请为准）";

    // "卖家一直没处理", "商家都不同意", "一直没动静": the shop, not the buyer, is who has not acted.
    [GeneratedRegex("没人(处理|管|理|审核|回)|没有人(处理|管|理|审核)|(卖家|商家|店家|店铺|店里|你们|客服)(一直|还|都|也|怎么|就是)*(没|没有|不)(处理|审核|同意|通过|管|理|回复|回应|动)|一直(没|没有)(处理|审核|同意|通过|动静|回应)")]
    private static partial Regex NobodyHandles();

    /// <summary>
    /// "又没发货" right after the rule for an unshipped refund was told: that is why the refund comes back by itself, said
    /// in short, never a question which order is meant.
    /// </summary>
    private static bool NotShippedAfterRule(FlowContext context)
    {
        if (context.State.ActiveFlow is not null || context.State.LastOrderNumber is not { } last || !context.Told(PendingUnshipped, last)
            || !NotShipped().IsMatch(context.Compact) || context.Facts.MatchedOrderNumbers.Any(n => n != last)
            || OrderResolver.Named(context).Any(o => o.OrderNumber != last)
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { Status: OrderStatus.AwaitingShipment } order)
        {
            return false;
        }

        Answer(context, order, "refund_unshipped.pending_not_shipped", context.SlotsOf(order));
        return true;
    }

    private static void Answer(FlowContext context, Order order, string templateId, IReadOnlyDictionary<string, string?> slots)
    {
        context.State.ClearClarification();
        context.State.EndFlow();
        context.State.LastOrderNumber = order.OrderNumber;
        context.State.LastFlow = Intents.IntentIds.RefundUnshipped;
        context.Say(templateId, slots);
    }

    [GeneratedRegex("(又|都|还|也)?(没|没有|未)(发货|发出|发)")]
    private static partial Regex NotShipped();

    /// <summary>A wait the buyer puts past two days without a number: "好几天了", "十多天了", "好久了".</summary>
    [GeneratedRegex("好几天|好多天|十多天|十几天|十来天|几个礼拜|几个星期|好久|很久|老久|这么久|太久")]
    private static partial Regex LongWait();
}
