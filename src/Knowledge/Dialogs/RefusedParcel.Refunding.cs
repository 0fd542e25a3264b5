using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "快递到了我直接拒收可以吗" about a parcel on its way whose refund is already under way, and "包裹昨天我就拒收了 快递说
/// 退回去了" about any parcel on its way: refusing is the way back (refuse-delivery). The parcel returns to the
/// warehouse by itself and the refund goes on once it is there; nothing is mailed back and no return number is asked
/// for. A refusal done is noted for the warehouse once per order.
/// </summary>
internal static partial class RefusedParcel
{
    private const string RefuseRefunding = "refund_unshipped.refuse_refunding";

    private const string RefuseRefundingAgain = "refund_unshipped.refuse_refunding_again";

    private const string RefusedRefunding = "refund_unshipped.refused_refunding";

    private const string RefusedNoRefund = "refund_unshipped.refused_no_refund";

    private const string RefusedNote = "买家说包裹已拒收，快递退回仓库途中，请仓库留意退件，签收后处理退款";

    private static async Task<bool> TryRefundingAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var compact = context.Compact;
        if (!Refuses().IsMatch(compact) || context.Facts.Cues.HasCondition)
        {
            return false;
        }

        if (RefusedAlready().IsMatch(compact) && !context.Facts.Cues.IsQuestion && OnItsWayBack(context) is { } refused)
        {
            await NoteRefusedAsync(context, refused, cancellationToken).ConfigureAwait(false);
            Close(context, refused, refused.HasRefundUnderWay ? RefusedRefunding : RefusedNoRefund);
            return true;
        }

        if (Refunding(context) is not { } order)
        {
            return false;
        }

        // "拒收以后钱是自动退吗": how the money comes back once the parcel is refused.
        if (RefundProgress.IsAsked(context.Normalized) || Money().IsMatch(compact))
        {
            Close(context, order, "refund_unshipped.refuse_parcel_money");
            return true;
        }

        // "拒收了还要我自己寄回去不" right after the answer: the short form, never the whole answer again.
        var told = context.Told(RefuseRefunding, order.OrderNumber) || context.Told(RefusedRefunding, order.OrderNumber);
        Close(context, order, told ? RefuseRefundingAgain : RefuseRefunding);
        return true;
    }

    /// <summary>The shipped order named, else the one in focus, else the buyer's only shipped order whose refund is under way.</summary>
    private static Order? Refunding(FlowContext context) =>
        ShippedMeant(context, o => o.HasRefundUnderWay) is { HasRefundUnderWay: true } order ? order : null;

    /// <summary>The shipped order named, else the one in focus, else the only one refunding, else the only one shipped.</summary>
    private static Order? OnItsWayBack(FlowContext context) =>
        ShippedMeant(context, o => o.HasRefundUnderWay) ?? ShippedMeant(context, _ => true);

    private static Order? ShippedMeant(FlowContext context, Func<Order, bool> alone)
    {
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Count == 1 && named[0].Status == OrderStatus.Shipped ? named[0] : null;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (context.State.LastOrderNumber is { } last && orders.FirstOrDefault(o => o.OrderNumber == last) is { Status: OrderStatus.Shipped } focus)
        {
            return focus;
        }

        var fitting = orders.Where(o => o.Status == OrderStatus.Shipped && alone(o)).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The warehouse is told the refused parcel is coming back; a refund is recorded when none is under way.</summary>
    private static async Task NoteRefusedAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        if (!order.HasRefundUnderWay)
        {
            await RecordAsync(context, order, cancellationToken, refusedAlready: true).ConfigureAwait(false);
            return;
        }

        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false) is null)
        {
            await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, RefusedNote, cancellationToken).ConfigureAwait(false);
        }
    }

    // "昨天我就拒收了", "已经拒签", "送来我拒签了", "拒收了 快递说退回去了": the refusal is done, not decided on ("那我拒收了") nor asked about.
    [GeneratedRegex("已经?(拒收|拒签)|(昨天|前天|今天|刚才|刚刚|刚|上午|下午|早上|晚上|早就|当时|当场)[^，。,.!?！？]{0,6}(拒收|拒签|拒绝签收)|(拒收|拒签)(了|过|掉了?)[^，。,.!?！？]{0,8}(退回|拉回|返回|送回)|(?<!那我|要不我|就|干脆|要不)(拒收|拒签)(了|掉了)(?![吗么嘛没还就要得])")]
    private static partial Regex RefusedAlready();
}
