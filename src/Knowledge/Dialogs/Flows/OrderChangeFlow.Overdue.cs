using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class OrderChangeFlow
{
    /// <summary>
    /// "餐具18号付的 还没发 能走顺丰吗" about an order past the shipping promise: the wait told beside the change gets the
    /// apology and the urgent note the hurry flow gives it alone, never only the change.
    /// </summary>
    private static async Task OverdueBesideAsync(FlowContext context, Order order, string request, CancellationToken cancellationToken)
    {
        if (!WaitTold().IsMatch(CompactText.Of(request)) || !context.Services.Orders.Facts(order).IsPastShippingPromise
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote).ConfigureAwait(false) is not null)
        {
            return;
        }

        context.Say("hurry.urgent_past_promise", context.SlotsOf(order));
        await ShipmentAnswers.OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
    }

    // "还没发", "18号付的", "等了好几天", "怎么还不发": the wait since payment told beside the change.
    [GeneratedRegex("还没发|没发货|还不发|怎么不发|没有发|[0-9一二三四五六七八九十]+号(?:就)?(?:付|拍|买)的|(?:付|拍)了?(?:好|都)?(?:几|[0-9一二三四五六七八九十两]+)天|等了|好几天了")]
    private static partial Regex WaitTold();
}
