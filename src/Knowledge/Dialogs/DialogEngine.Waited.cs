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
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } last || !WaitedOnly().IsMatch(context.Compact)
            || OrderResolver.Named(context).Any(o => o.OrderNumber != last)
            || _services.Orders.Find(context.Input.BuyerId, last) is not { Refund: RefundStatus.None } order)
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

    [GeneratedRegex("^(?:这|那|可)?(?:都|已经|都已经|这都)?(?:快|好|整整)?(?:[0-9一二两三四五六七八九十几多半]+多?(?:天|个?星期|个?礼拜|周)|这么久|好久|很久|好多天|这么多天)了?(?:啊|呀|啦|了|吧|哦|呢)?(?:还没(?:发|动|到|收到)?|还不发|还没有)?(?:货|呢|啊|吗)?[!！?？。，,.~…]*$")]
    private static partial Regex WaitedOnly();
}
