using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "重拍还是49.9一份吧", "重新拍价格还是328吗" after this chat offered refund-and-reorder for a change on a paid order:
/// the new order is charged at the page's price when it is placed, which nobody can hold, never the change told again,
/// nor whether the rest of the order stays. A line that also takes the refund ("那我退了重新拍 价格还是328吧") is the
/// refund's.
/// </summary>
internal static partial class ReorderPrice
{
    public const string Template = OrderChangeFlow.FlowId + ".reorder_price";

    public static bool TryAnswer(FlowContext context)
    {
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || !Asked().IsMatch(compact) || TakesRefund().IsMatch(compact)
            || context.State.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        context.Say(Template, context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    [GeneratedRegex("(?:重拍|重新拍|重新下单|重新买|再拍|重下)[^，,。]{0,8}(?:还是|价格|价钱|多少钱|一样|原价|这个价|那个价|[0-9]+(?:\\.[0-9]+)?(?:元|块)?)|(?:价格|价钱|价)(?:还是|一样|不变|会变)")]
    private static partial Regex Asked();

    [GeneratedRegex("(?<![不别没])(?:退款|退了|退吧|退掉|申请退|取消订单)")]
    private static partial Regex TakesRefund();
}
