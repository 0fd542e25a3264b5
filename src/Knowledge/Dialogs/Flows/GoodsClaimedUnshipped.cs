using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "餐具今天到了 有个碗裂了" about an order that has not shipped: the buyer says the goods are in hand, the order says they
/// never left, so the bot says what the order shows and asks which order, account or shop the goods came from; never the
/// "check the box when it arrives" line, which answers a buyer who has nothing yet. Once said, the follow-ups on that
/// order ("照片一会发你", "补发一个碗就行") hear the same question in other words, never a reship promised. A buyer who
/// says nothing of having the goods hears when to check them.
/// </summary>
public static partial class GoodsClaimedUnshipped
{
    private const string Told = "quality_return.claimed_unshipped";

    /// <summary>Whether the order has not shipped, so the goods cannot be from it; then the reply is said.</summary>
    public static bool TryTell(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Status is not (OrderStatus.AwaitingShipment or OrderStatus.AwaitingPayment))
        {
            return false;
        }

        var again = context.Told(Told, order.OrderNumber);
        var said = again ? Told + "_again" : InHand().IsMatch(context.Compact) ? Told : "quality_return.not_delivered_yet";
        context.Say(said, context.SlotsOf(order));
        context.Finish();
        return true;
    }

    // "今天到了", "收到了", "昨天签收的", "拆开一看", "到手": the goods said to be in hand, not awaited ("到了再说", "还没到", "到了吗").
    [GeneratedRegex("(?<![没未不还等])(?:到了|到啦|收到了?|到货了?|到手了?|签收了?|簽收了?|拿到了?|拆开|打开一看|拆了)(?![吗嘛么没再以之后])")]
    private static partial Regex InHand();
}
