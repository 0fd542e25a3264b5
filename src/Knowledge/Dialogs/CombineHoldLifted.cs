using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不等了 先发餐具吧", "要是等袜子会更慢的话就别等了 先把餐具发了" while an order waits to ship with an unpaid one: the
/// combined shipment is withdrawn (the warehouse never reads a wait nobody wants) and the order pressed to go now, as
/// urgent when it is already past the promise; never a question whether the line is about quality or hurrying.
/// </summary>
internal static partial class CombineHoldLifted
{
    public static async Task<bool> TryLiftAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.ActiveFlow is not null || !StopsWaiting().IsMatch(context.Compact) || CombineHold.GivesUpOrder(context.Compact))
        {
            return false;
        }

        var named = OrderResolver.Named(context).Where(o => o.Status == OrderStatus.AwaitingShipment).ToList();
        var candidates = named.Count > 0 ? named
            : context.State.LastOrderToldOf(CombineHold.Held) is { } told && context.Services.Orders.Find(context.Input.BuyerId, told) is { Status: OrderStatus.AwaitingShipment } anchor
                ? [anchor] : [];
        foreach (var order in candidates)
        {
            if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.CombineShipment).ConfigureAwait(false) is not { } hold)
            {
                continue;
            }

            await context.Actions.WithdrawCaseAsync(context.Turn, hold.Id, "买家不等另一单了，这单先单独发出", cancellationToken).ConfigureAwait(false);
            var overdue = context.Services.Orders.Facts(order).IsPastShippingPromise;
            if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote, CaseKind.HurryNote).ConfigureAwait(false) is null)
            {
                var note = overdue ? "买家不等合并发货了，要求尽快先发这单（付款超过72小时仍未发货）" : "买家不等合并发货了，要求尽快先发这单";
                await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, overdue, note, cancellationToken).ConfigureAwait(false);
            }

            context.Say(overdue ? "policy_topics.combine_lifted_overdue" : "policy_topics.combine_lifted", context.SlotsOf(order));
            context.State.LastOrderNumber = order.OrderNumber;
            return true;
        }

        return false;
    }

    // "别先把餐具发了" holds it; only a wait given up ("不等了", "别等了") or the order asked to go first lifts it.
    [GeneratedRegex("(不|别|不用|不要|甭)(再)?等(了|啦|它|袜子了|那单了)|(?<!别|要)先(把[^，,。]{0,8})?(发|寄)(了|吧|出去|走|掉)|单独(先)?(发|寄)吧|分开(发|寄)(吧|了)")]
    private static partial Regex StopsWaiting();
}
