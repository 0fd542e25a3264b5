using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我没申请过退款啊 怎么显示退款成功了", "退款不是我点的": a refund shown as paid back that the buyer says they never
/// asked for. Whose request it was is for a colleague to check: a refund check is recorded on that order and the buyer
/// handed over, never told again that the refund went through.
/// </summary>
internal static partial class RefundNotAsked
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!NotAsked().IsMatch(context.Compact) || Meant(context) is not { } order)
        {
            return false;
        }

        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.RefundCheck).ConfigureAwait(false) is null)
        {
            await context.Actions.RequestRefundCheckAsync(context.Turn, order.OrderNumber,
                "订单显示退款成功，买家说没有申请过退款：请核实这笔退款是谁发起的、钱退到了哪里，再跟买家说明", cancellationToken).ConfigureAwait(false);
        }

        RefundStanding.Hand(context, order, "steer.refund_not_asked", context.SlotsOf(order), RefundStanding.DisputeReason);
        return true;
    }

    /// <summary>The order named, else the one in focus, else the buyer's only one, whose refund went through.</summary>
    private static Order? Meant(FlowContext context) =>
        RefundStanding.Meant(context, o => o.Refund == RefundStatus.Succeeded, RefundStatus.Succeeded);

    // "我没申请过退款", "没有申请退款啊", "我没点退款", "退款不是我申请的", "谁给我申请的退款", "我沒申請過退款".
    [GeneratedRegex("(?:没|沒|没有|沒有|从没|從沒|从来没|從來沒)(?:申请|申請|点|點|提交|要|要求)(?:过|過)?(?:什么|什麼)?(?:退款|退钱|退錢)|退款?(?:不是|又不是)我(?:申请|申請|点|點|提交|弄)|不是我(?:申请|申請|点|點|提交)的?退|谁(?:给我|幫我|帮我|給我)?(?:申请|申請|点|點)的?退款")]
    private static partial Regex NotAsked();
}
