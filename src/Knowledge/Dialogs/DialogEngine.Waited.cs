using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "都三天了", "这么久了" on its own, right after an order was handled and naming no other: the wait is that order's,
/// so the flow its state fits answers (the hurry flow while it waits to ship, tracking once shipped), never a list of
/// the buyer's other orders. An order with a refund (under way or done) is left to the refund's own answers.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> WaitedOnFocusAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || WaitedOrder(context) is not { } waitedOn
            || _services.Orders.Find(context.Input.BuyerId, waitedOn) is not { Refund: RefundStatus.None } order)
        {
            return null;
        }

        var flowId = order.Status switch
        {
            OrderStatus.AwaitingShipment => IntentIds.Hurry,
            OrderStatus.Shipped => IntentIds.Track,
            _ => null,
        };
        if (flowId is null || !_flows.TryGetValue(flowId, out var flow))
        {
            return null;
        }

        state.ClearClarification();
        state.StartFlow(flowId);
        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The order waited on: the one in focus for "都三天了"; for "毛巾17号付的款 到现在还没发", "浴巾17号就拍了 拖到现在"
    /// the one whose goods are named, else the one in focus, else the buyer's only order waiting to ship ("支付宝18号就扣钱了
    /// 咋还没发" at the start, however the payment was made: the wait since paying, never the ways to pay).
    /// </summary>
    private static string? WaitedOrder(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var last = context.State.LastOrderNumber;
        if (WaitedOnly().IsMatch(context.Compact))
        {
            return last is not null && named.All(o => o.OrderNumber == last) ? last : null;
        }

        if (!WaitedSincePaid().IsMatch(context.Compact) && !PaidThenNotShipped().IsMatch(context.Compact))
        {
            return null;
        }

        return named.Count switch
        {
            1 => named[0].OrderNumber,
            0 => last ?? OnlyUnshipped(context),
            _ => null,
        };
    }

    /// <summary>"毛巾17号付的款 到现在还没发", "浴巾17号就拍了 拖到现在", "上週就買了 到現在都沒動靜": the day paid and the wait since.</summary>
    [GeneratedRegex("^[\\p{IsCJKUnifiedIdeographs}]{0,8}?(?:那单|这单|那个|的)?(?:[0-9一二三四五六七八九十]{1,3}(?:号|日)|上周[一二三四五六日天]?|上个?礼拜[一二三四五六日天]?|前天|大前天|[0-9一二三四五六七八九十几两]+天前)(?:就|已经|都)?(?:拍|买|付|下单|下的单)(?:了|的)?(?:款|单)?了?(?:一直)?(?:拖到现在|拖到今天|等到现在|(?:到现在|到今天)?(?:都|还|也)?(?:没|没有|不)(?:发|发货|动静|消息|动)(?:货)?)(?:了|啊|呀|吧|呢|[!！?？。.…,，~])*$")]
    private static partial Regex WaitedSincePaid();

    private static string? OnlyUnshipped(FlowContext context) =>
        context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == OrderStatus.AwaitingShipment).ToList() is [var only] ? only.OrderNumber : null;

    /// <summary>
    /// "18号用花呗付的款 怎么现在还不发", "支付宝18号就扣钱了 咋还没发", "钱都付了四天了 还没发货": a day or days of paying,
    /// and no shipping since, in any order of words, ending the line (a courier wished, "不想等了" beside it are needs of their own).
    /// </summary>
    [GeneratedRegex("(?:[0-9一二三四五六七八九十]{1,3}(?:号|日)|上周[一二三四五六日天]?|上个?礼拜|前天|大前天|[0-9一二三四五六七八九十几两]+天前)[^，。,！!？?]{0,6}?(?:付|扣|拍|买|下单|下的单)(?:了|的|过|完)?(?:款|钱|单)?[^。！!]{0,10}?(?:没|没有|不)(?:发(?![票错])(?:货)?|动静|消息)(?:了|啊|呀|吧|呢|吗|嘛|[!！?？。.…,，~])*(?:什么情况|怎么回事|咋回事)?(?:了|啊|呀|吧|呢|吗|[!！?？。.…,，~])*$|(?:(?:付|扣)(?:了|的|完)?(?:款|钱)|(?:钱|款)(?:都|已经|也|早就)?(?:付|扣)(?:了|过|完)?)(?:都|已经|也)?(?:[0-9一二三四五六七八九十几两]+|好几|这么多)(?:天|个?星期|个?礼拜)了?[^。！!]{0,8}?(?:没|没有|不)(?:发(?![票错])(?:货)?|动静|消息)(?:了|啊|呀|吧|呢|吗|嘛|[!！?？。.…,，~])*(?:什么情况|怎么回事|咋回事)?(?:了|啊|呀|吧|呢|吗|[!！?？。.…,，~])*$")]
    private static partial Regex PaidThenNotShipped();

    [GeneratedRegex("^(?:这|那|可)?(?:都|已经|都已经|这都)?(?:快|好|整整)?(?:[0-9一二两三四五六七八九十几多半]+多?(?:天|个?星期|个?礼拜|周)|这么久|好久|很久|好多天|这么多天)了?(?:啊|呀|啦|了|吧|哦|呢)?(?:还没(?:发|动|到|收到)?|还不发|还没有)?(?:货|呢|啊|吗)?[!！?？。，,.~…]*$")]
    private static partial Regex WaitedOnly();
}
