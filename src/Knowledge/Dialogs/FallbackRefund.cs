using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "压不了的话就先退了吧 我回来再重新拍" after this chat noted a hold, "要是只能全退的话 那全退了我重拍一套也行" after it
/// noted a change, on an order still to ship: a refund only if the colleague cannot do what was asked, so nothing is
/// refunded now and no reason is asked (the buyer gave it with the request). The fallback is added to that record for
/// the colleague who confirms it, and the buyer hears that an unshipped order can be refunded from the order page and
/// that a new order is at the page's price then.
/// </summary>
internal static partial class FallbackRefund
{
    private const string HoldFallback = "如果仓库压不了，买家选择退款";
    private const string ChangeFallback = "如果改不了，买家选择整单退款";

    /// <summary>The flow the answer belongs to (the hold's or the change's), or null when the line is no such fallback.</summary>
    public static async Task<string?> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !IfNotDone().IsMatch(context.Compact) || !RefundWords().IsMatch(context.Compact)
            || context.State.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return null;
        }

        var open = await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.DelayShipment, CaseKind.OrderChange).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return null;
        }

        var record = open[^1];
        var hold = record.Kind == CaseKind.DelayShipment;
        var fallback = hold ? HoldFallback : ChangeFallback;
        context.State.ClearClarification();
        context.Say(hold ? "delay_shipment.refund_if_not_held" : "order_change.refund_if_not_changed", context.SlotsOf(order));
        var flow = hold ? Intents.IntentIds.DelayShipment : OrderChangeFlow.FlowId;
        if (record.Description?.Contains(fallback, StringComparison.Ordinal) == true)
        {
            return flow;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家补充了办不成时的处理，以新的登记为准", cancellationToken).ConfigureAwait(false);
        var description = record.Description + "；" + fallback + (Reorders().IsMatch(context.Compact) ? "，之后自己重新下单" : string.Empty);
        await (hold
            ? context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, description, cancellationToken)
            : context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, record.Reason ?? string.Empty, description, cancellationToken)).ConfigureAwait(false);
        return flow;
    }

    /// <summary>"压不了的话", "留不了就", "要是不能晚点发", "改不了的话", "要是只能全退的话", "不行的话".</summary>
    [GeneratedRegex("(压|留|押|等|放|拖|晚|推|缓|延|改|减|拆|少发|单独退|部分退)(不了|不住|不到|不成)|(不能|没法|没办法|不可以|不让)(压|留|押|等|放|晚|推|缓|延|改|减|拆|少发|单独退|部分退)|只能(全|整单|全部)退|不行的话|不行就|不可以的话|办不到|做不到")]
    private static partial Regex IfNotDone();

    [GeneratedRegex("退|取消|不要了")]
    private static partial Regex RefundWords();

    [GeneratedRegex("重新(拍|下单|买|下)|再(拍|下单|买)|重拍")]
    private static partial Regex Reorders();
}
