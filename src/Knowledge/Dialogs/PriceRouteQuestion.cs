using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "退差价还是我退了重新拍？你们说怎么弄", "哪个划算" right after price protection was explained for an order: the two
/// ways told side by side (price protection where the page offers it, else a refund and a new order at today's price
/// while the order has not shipped), never the question thrown back at the buyer.
/// </summary>
public static partial class PriceRouteQuestion
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !WhichWay().IsMatch(context.Compact)
            || state.AnsweredPolicies.LastOrDefault() != PolicyTopics.PriceProtection || !FocusPrice.JustTold(state)
            || state.LastOrderNumber is not { } number
            || OrderResolver.Named(context).Any(o => o.OrderNumber != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var unshipped = order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay;
        context.Say(unshipped ? "focus.price_routes_unshipped" : "focus.price_routes_shipped", context.SlotsOf(order));
        return true;
    }

    // "退差价还是我退了重新拍", "价保还是重拍", "你们说怎么弄", "哪个划算", "你建议哪个".
    [GeneratedRegex("还是.{0,10}(?:重新拍|重拍|重新下单|重下|退了|退款)|(?:重新拍|重拍|退了|退款).{0,8}还是.{0,6}(?:差价|价保|价格保护)|(?:怎么|咋)(?:弄|办|处理|搞)|哪(?:个|种|样)(?:好|划算|合适|省事)|你们?(?:说|看)(?:呢|吧|怎么|咋)|你们?(?:建议|推荐)")]
    private static partial Regex WhichWay();
}
