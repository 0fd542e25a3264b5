using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我没撤销啊 谁关的", "怎么被关了", "谁给我关的退款" about an order whose refund shows closed. The order export says
/// only that it closed, not by whom, so the bot says what the record shows and the ways a refund closes (the buyer
/// withdrew it, it timed out, the shop turned it down), never guesses which, and says what can be done now: a
/// colleague checks the closing in the shop's back office (a person is called), and goods still faulty are handled
/// as a quality case with a photo or video; the fault told in the chat is written on the order for that colleague.
/// Never a repair recorded instead of the answer.
/// </summary>
public static partial class RefundClosedWho
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WhoClosed().IsMatch(context.Compact) || Meant(context) is not { } order)
        {
            return false;
        }

        // The fault told before the question goes on the order for the colleague the chat is handed to.
        var recorded = await RefundStanding.DisputedFaultAsync(context, order, cancellationToken).ConfigureAwait(false);
        var faulty = recorded || context.State.ProblemSaid is not null || Flows.QualityProblems.NamesAProblem(context.Normalized)
            || context.State.ActiveFlow == Intents.IntentIds.QualityReturn;
        RefundStanding.Hand(context, order, faulty ? "steer.refund_closed_who_fault" : "steer.refund_closed_who", context.SlotsOf(order), RefundStanding.DisputeReason);
        return true;
    }

    /// <summary>The order named, in focus or in play with a closed refund, else the buyer's only one; null otherwise.</summary>
    private static Order? Meant(FlowContext context)
    {
        var closed = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Refund == RefundStatus.Closed).ToList();
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.FirstOrDefault(o => o.Refund == RefundStatus.Closed);
        }

        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        return closed.Find(o => o.OrderNumber == focus) ?? (closed.Count == 1 && (focus is null || RefundNamed().IsMatch(context.Compact) || context.Told("steer.refund_disputed", closed[0].OrderNumber) || IsFocusGoods(context, closed[0])) ? closed[0] : null);
    }

    /// <summary>The order in focus is the same goods as the closed one (the chat talks about the lamp whose refund closed).</summary>
    private static bool IsFocusGoods(FlowContext context, Order closed) =>
        (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus && context.Services.Orders.Find(context.Input.BuyerId, focus)?.Title == closed.Title;

    // "谁关的", "谁给我关了", "谁关闭的", "怎么被关了", "怎么给我关了", "为啥关了", "怎么就关闭了", "谁撤销的"; "凭什么关了"
    // disputes the closing rather than asking about it (RefundStanding's dispute).
    [GeneratedRegex("谁(?:给我|帮我|把它|把退款)?(?:关|关闭|撤销|撤|取消)(?:的|了)|(?:怎么|咋|为什么|为啥)(?:就|又)?(?:被|给我)?(?:关|关闭|撤销)(?:了|掉了|的)")]
    private static partial Regex WhoClosed();

    [GeneratedRegex("退款|退货|售后|申请")]
    private static partial Regex RefundNamed();
}
