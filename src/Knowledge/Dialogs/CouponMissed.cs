using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "满200减20 我差4毛没凑上" about an order paid: a discount cannot be added to a paid order; one not shipped can be
/// refunded and ordered again with it, said plainly with the order. "能不能改个价 或者退个差价" right after is the same
/// matter (neither can be done, the route is the one told), never price protection after a price drop.
/// </summary>
public static partial class CouponMissed
{
    private const string Area = "presale";
    private const string Missed = Area + ".coupon_missed_unshipped";
    private const string MissedPolicy = "coupon-missed";
    private const string CouponUsePolicy = "coupon-use";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        // "算了 我退款重新拍吧 那单别发出去" right after the route was told: the route is taken, so how the refund stops the
        // parcel is said, never "it ships as paid".
        // "退了重拍太麻烦了 不用了 就这样吧", "要是得退款重拍就算了" name the route only to turn it down.
        if (TakesRoute().IsMatch(compact) && !AsksBeside().IsMatch(compact) && !RouteDeclined().IsMatch(compact)
            && !DeclinedOnCondition.Declines(context.Normalized) && context.State.LastOrderToldOf(Missed) is { } refunded
            && orders.FirstOrDefault(o => o.OrderNumber == refunded) is { Status: OrderStatus.AwaitingShipment } toRefund)
        {
            Say(context, "coupon_route_taken", toRefund);
            return true;
        }

        // "不能就算了 懒得退了重拍" right after the route was told: the order ships as it is, never the route again.
        // "算了 我再想想" only puts it off: the later answer stands.
        if (LetGo(context) is { } asIs)
        {
            Say(context, "coupon_let_go", asIs);
            return true;
        }

        if (AsksReprice().IsMatch(compact) && !Discount().IsMatch(compact) && context.State.LastOrderToldOf(Missed) is { } told
            && orders.FirstOrDefault(o => o.OrderNumber == told) is { Status: OrderStatus.AwaitingShipment } same)
        {
            Say(context, "coupon_no_reprice", same);
            return true;
        }

        // "券是领了的 在卡券包里能看到" right after: the coupon the buyer holds still cannot go on the paid order; it can on
        // the order placed again, which is the route told, never a question of which order is meant.
        // "那托特包我还没付 能用那张券吗" names another order: that order's coupon question, read below.
        if (Discount().IsMatch(compact) && !MissedThreshold().IsMatch(compact) && context.State.LastOrderToldOf(Missed) is { } held
            && !OrderResolver.Named(context).Any(o => o.OrderNumber != held)
            && orders.FirstOrDefault(o => o.OrderNumber == held) is { Status: OrderStatus.AwaitingShipment } kept)
        {
            Say(context, "coupon_kept_for_reorder", kept);
            return true;
        }

        if (!Discount().IsMatch(compact) || !MissedThreshold().IsMatch(compact) || NotPaid().IsMatch(compact))
        {
            return false;
        }

        // "袜子優惠券咋没用上" about an order still unpaid: nothing was paid, so no refund route; the coupon goes on the
        // goods ordered anew with it chosen, which is said with the order, never "a paid order cannot take it".
        if (OrderResolver.Named(context).FirstOrDefault(o => o.Status == OrderStatus.AwaitingPayment) is { } unpaid)
        {
            Say(context, "coupon_unpaid", unpaid, CouponUsePolicy);
            return true;
        }

        var paid = orders.Where(o => o.PaidAt is not null && o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped && !o.HasRefundUnderWay).ToList();
        var named = OrderResolver.Named(context).Where(paid.Contains).ToList();
        var order = named.Count > 0 ? named[0]
            : paid.Where(o => o.Status == OrderStatus.AwaitingShipment).OrderByDescending(o => o.PaidAt).FirstOrDefault()
              ?? paid.OrderByDescending(o => o.PaidAt).FirstOrDefault();
        if (order is null)
        {
            return false;
        }

        Say(context, order.Status == OrderStatus.AwaitingShipment ? "coupon_missed_unshipped" : "coupon_missed_shipped", order);
        return true;
    }

    /// <summary>The order told the route to the discount, when the line lets the discount go and ships that order as paid.</summary>
    private static Order? LetGo(FlowContext context)
    {
        var compact = context.Compact;
        return (LetsItGo().IsMatch(compact) || RouteDeclined().IsMatch(compact)) && !Discount().IsMatch(compact) && !context.Facts.Cues.IsDeferral && !MullsItOver().IsMatch(compact)
            && !LetsCourierGoAfter(context)
            && context.State.LastOrderToldOf(Missed) is { } dropped
            && context.Services.Orders.OrdersOf(context.Input.BuyerId).FirstOrDefault(o => o.OrderNumber == dropped) is { Status: OrderStatus.AwaitingShipment } asIs
            ? asIs
            : null;
    }

    /// <summary>"要补钱的话就不用了 正常发吧" after a courier was noted since the coupon talk: the courier is let go, not the coupon.</summary>
    private static bool LetsCourierGoAfter(FlowContext context) =>
        CourierDifference.LetsCourierGo(context)
        && context.State.SaidTemplates.FindLastIndex(k => k.StartsWith(Area + ".", StringComparison.Ordinal))
            < context.State.SaidTemplates.FindLastIndex(k => k.StartsWith("order_change.", StringComparison.Ordinal) || k.StartsWith("ship_wishes.", StringComparison.Ordinal));

    private static void Say(FlowContext context, string situation, Order order, string policy = MissedPolicy)
    {
        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say($"{Area}.{situation}", context.SlotsOf(order));
        // "那怎么办" right after is a follow-up on this policy's topic: its further text answers it.
        context.State.RememberPolicy(policy);
        context.MarkAnswered(context.Text);
    }

    [GeneratedRegex("满\\d+减|满减|优惠券|优惠卷|券|[的张个]卷|补卷|红包|凑单")]
    private static partial Regex Discount();

    /// <summary>Short of the threshold, the discount left out of the payment, or seen only after paying.</summary>
    [GeneratedRegex("差[^，,。]{0,6}(钱|块|毛|元|分|点|一点|一些)|没凑|凑不|没够|不够|没用上|没用到|没能用|没用(满减|优惠|券|红包)|没(有)?(给我|帮我|给)?(减|扣|抵)|没显示|不显示|没生效|忘(了|记)?(用|领|勾)|没(领|勾|选)|补(个|张|一张)?(券|卷|满减)|(付|拍|买)(完|了|好)(款|钱|单)?(以后|之后|后)?才(看到|发现|知道|领)")]
    private static partial Regex MissedThreshold();

    /// <summary>"还没付款 差几块", "待付款": the coupon can still be used when paying, which the coupon policy tells.</summary>
    [GeneratedRegex("没付|未付|待付款|还没拍|还没下单|没下单")]
    private static partial Regex NotPaid();

    [GeneratedRegex("(?<!不|不想|懒得|别)(?:退款|退了|退掉)(?:再|后|然后)?(?:重新|重)(?:拍|下单|买)|(?:千万|先)?别(?:给我)?发(?:出去|货|走)?(?:了|啊|吧)?$|不要发(?:出去|货)")]
    private static partial Regex TakesRoute();

    // "要不退我20 要不我就退款重拍", "那我退款重新拍 价格还是159吧": a sum, a choice or a question beside it is answered on its own.
    [GeneratedRegex("要不|还是|[0-9]|[?？吗呢]")]
    private static partial Regex AsksBeside();

    [GeneratedRegex("算了|不用了|不要了|懒得|不折腾|不退了|不重拍|就这样(吧|发)|照常发|直接发|太麻烦|嫌麻烦|麻烦死|不想(退|重拍|折腾)")]
    private static partial Regex LetsItGo();

    // "退了重拍太麻烦了", "重拍好折腾 不弄了", "那就这样吧", "不用了": the route turned down, the order kept as paid
    // ("麻烦别发出去" asks a favour, so only trouble complained of counts).
    [GeneratedRegex("(?:太|好|嫌|真|挺|怪|很|多)麻烦|麻烦死|折腾|费劲|不用了|不弄了|不搞了|不退了|就这样(?:吧|了|发)?|就这么(?:发|着)|照常发|直接发吧")]
    private static partial Regex RouteDeclined();

    [GeneratedRegex("想想|考虑|再说|商量")]
    private static partial Regex MullsItOver();

    // "能退30吗", "退我20块": the discount's sum back, the same as the difference.
    [GeneratedRegex("改(个|一下)?价|退(个|点)?差价|退(我|给我)?[0-9一二三四五六七八九十两]+(块|元)?(钱)?(吗|嘛|么|不|呗|吧|$)|差的[0-9一二三四五六七八九十两]+(块|元)|补差价|返(我)?(个|点)?(钱|差价)|少算|便宜(点|一点|些)")]
    private static partial Regex AsksReprice();
}
