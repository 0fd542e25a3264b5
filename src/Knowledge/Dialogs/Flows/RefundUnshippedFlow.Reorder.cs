using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class RefundUnshippedFlow
{
    /// <summary>
    /// "不行我就取消重拍了" after this chat told that the order could be refunded and ordered again to use a discount
    /// (<see cref="CouponMissed"/>, <see cref="FocusCoupon"/>) or at today's lower price (<see cref="FocusPrice"/>, the
    /// price protection for the order): the buyer takes that route, for the price, so no reason is asked and no pitch
    /// to keep the order is made; null otherwise.
    /// </summary>
    private static string? ReorderedForDiscount(FlowContext context)
    {
        var number = context.State.OrderNumber ?? context.State.LastOrderNumber;
        return number is not null && Reorder().IsMatch(context.Compact)
            && PriceRoutes.Any(t => context.Told(t, number))
            ? RefundReasons.Price
            : null;
    }

    /// <summary>
    /// The reason the buyer gave, or the price when they reorder after a price route was told: "不退差价我就退了重拍
    /// 反正还没发" names the order's state, not slow shipping, as the reason.
    /// </summary>
    private static string? ReasonOf(FlowContext context) =>
        RefundReasons.Of(context.Facts.Reason) is var said && said is null or RefundReasons.SlowShipping
            ? ReorderedForDiscount(context) ?? said
            : said;

    /// <summary>
    /// "能退差价吗 不退我就退了重拍": the difference is what is asked, the re-order only the fallback; the bot cannot refund a
    /// difference itself, so it says so and how price protection works, and records the refund only once the buyer takes it.
    /// </summary>
    private static bool AsksDifferenceFirst(FlowContext context) =>
        DifferenceAsked().IsMatch(context.Compact) && (context.Facts.Cues.IsConditional || context.Facts.Cues.IsQuestion)
        && ReorderedForDiscount(context) is not null
        && !context.Told("refund_unshipped.difference_first", context.State.OrderNumber ?? context.State.LastOrderNumber);

    [GeneratedRegex("退差价|差价|退差|补差|退(?:我|给我)?[0-9一二三四五六七八九十两]+(?:块|元)?(?:吗|嘛|么|呢|不)")]
    private static partial Regex DifferenceAsked();

    private static readonly string[] PriceRoutes =
    [
        "presale.coupon_missed_unshipped", "presale.coupon_no_reprice", "focus.coupon_threshold_met", "focus.coupon_how",
        "focus.coupon_sum_back", "focus.price_difference_unshipped", "policy_topics.price_protection_order",
        "policy_topics.price_protection_order_unshipped", "refund_unshipped.difference_first",
    ];

    [GeneratedRegex("重拍|重新拍|重新下单|重下|再拍|重新买|退了再|退款再|取消[^，,]{0,3}(拍|下单)")]
    private static partial Regex Reorder();
}
