using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "我拍了两个托特包 怎么只到了一个", "订单里写的两个啊 你们少发了吧" about an order of one piece: the order's count is told
/// kindly and the buyer asked to check it (another order, another account), never a reship recorded from the claim;
/// said again, the count is told in other words and a colleague offered to check the packing.
/// </summary>
public static partial class OnePieceOrdered
{
    private const string Told = "quality_return.one_piece_ordered";

    public static bool TryTell(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Quantity != 1 || !SeveralClaimed().IsMatch(context.Compact)
            || !(QualityProblems.ShortShipped(context.Normalized) || OnlyOneCame().IsMatch(context.Compact)))
        {
            return false;
        }

        context.Say(context.Told(Told, order.OrderNumber) ? Told + "_again" : Told, context.SlotsOf(order));
        context.Finish();
        return true;
    }

    // "拍了两个", "订单里写的两个", "买的是3件": more than one piece claimed.
    [GeneratedRegex("(?:拍|买|订|下单|下了|写的|写着|写了)(?:了|的是|的)?(?:两|二|俩|三|四|五|[2-9])(?:个|件|只|条|套|双|份|盒)?")]
    private static partial Regex SeveralClaimed();

    // "怎么只到了一个", "就来了一件", "只有一个".
    [GeneratedRegex("(?:只|就)(?:到|收到|来|有|发)了?(?:一|1)(?:个|件|只|条|套|双|份|盒)")]
    private static partial Regex OnlyOneCame();
}
