using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "保温杯刚收到了 不用查了 就浴巾 催一下": goods said to have come are fine and need nothing; the need is the other order
/// named after "就", to be chased, never a quality problem on the goods received.
/// </summary>
public static partial class ReceivedAsideHurry
{
    /// <summary>The order to chase, or null when the line is not a received aside followed by a chase of another order.</summary>
    public static Order? OrderToChase(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || AsideThenChase().Match(context.Compact) is not { Success: true } said)
        {
            return null;
        }

        var got = said.Groups["got"].Value;
        var other = said.Groups["other"].Value;
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped && !o.HasRefundUnderWay).ToList();
        var chased = orders.Where(o => Names(o, other)).ToList();
        return chased is [{ } only] && !Names(only, got) ? only : null;
    }

    private static bool Names(Order order, string said) =>
        said.Length >= 2 && order.Title.Contains(said, StringComparison.Ordinal);

    // "保温杯刚收到了 不用查了 就浴巾 催一下", "杯子到了不用管 只剩浴巾那单帮我催催", "保溫杯收到了 浴巾幫我催一下".
    [GeneratedRegex("^(?<got>[^，,。]{2,6}?)(?:刚刚?|已经|今天)?(?:收到|到)了?[，,。]?(?:不用查了?|不用管了?|不用看了?|没事了?|没问题)?[，,。]?(?:就|只剩|就剩|只有|还有)?(?:是)?(?<other>[^，,。]{2,6}?)(?:那单|那个|那件|的)?(?:帮我|麻烦)?(?:催一下|催催|催下|催一催|快点发|加急)")]
    private static partial Regex AsideThenChase();
}
