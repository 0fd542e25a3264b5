using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The coupon followed up on an order still unpaid (nothing to refund: the goods are ordered anew with the coupon
/// chosen, and the unpaid order left to close) or on one already shipped (nothing to order again: the coupon is kept
/// for next time).
/// </summary>
public static partial class FocusCoupon
{
    private static bool AnswersUnpaid(FlowContext context, Order order, Dictionary<string, string?> slots)
    {
        var compact = context.Compact;
        var due = order.AmountDue;
        slots[TemplateSlots.Amount] = due.ToString("0.##", CultureInfo.InvariantCulture);
        if (SumBack().IsMatch(compact) || Reprice().IsMatch(compact))
        {
            context.Say($"{Area}.coupon_unpaid_no_reprice", slots);
            return true;
        }

        // "没减我就不付了": not paying is fine, the order closes by itself; the way to the discount is told again shortly.
        if (WontPay().IsMatch(compact))
        {
            context.Say($"{Area}.coupon_unpaid_hold", slots);
            return true;
        }

        // "满99减10那个", "两份99.8 应该能用啊": the threshold against what the order comes to.
        var threshold = Threshold().Match(compact);
        if (threshold.Success && decimal.TryParse(threshold.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var needed) && needed > due)
        {
            slots[TemplateSlots.AskedAmount] = threshold.Groups["n"].Value;
            context.Say($"{Area}.coupon_unpaid_short", slots);
            return true;
        }

        if (threshold.Success || ThresholdMet().IsMatch(compact))
        {
            var enough = $"{Area}.coupon_unpaid_enough";
            context.Say(context.State.Told(enough, order.OrderNumber) ? enough + "_again" : enough, slots);
            return true;
        }

        if (HowTo().IsMatch(compact) || Reorder().IsMatch(compact))
        {
            context.Say($"{Area}.coupon_unpaid_how", slots);
            return true;
        }

        return SaysWhy(context, "coupon_why_unpaid", slots);
    }

    private static bool AnswersShipped(FlowContext context, Order order, Dictionary<string, string?> slots)
    {
        var compact = context.Compact;
        if (SumBack().Match(compact) is { Success: true } back)
        {
            slots[TemplateSlots.Amount] = back.Groups["n"].Value;
            context.Say($"{Area}.coupon_sum_back_shipped", slots);
            return true;
        }

        if (ThresholdMet().IsMatch(compact))
        {
            slots[TemplateSlots.Amount] = order.AmountPaid.ToString("0.##", CultureInfo.InvariantCulture);
            context.Say($"{Area}.coupon_threshold_met_shipped", slots);
            return true;
        }

        if (HowTo().IsMatch(compact) || Reorder().IsMatch(compact) || Reprice().IsMatch(compact))
        {
            context.Say($"{Area}.coupon_how_shipped", slots);
            return true;
        }

        return SaysWhy(context, "coupon_why_paid", slots);
    }

    // "满99减10", "满99的": the threshold the buyer names.
    [GeneratedRegex("满(?<n>[0-9]{1,4})")]
    private static partial Regex Threshold();

    // "没减我就不付了", "不给减就不买了": the unpaid order left unpaid.
    [GeneratedRegex("不付|不买|不拍|不要了|先不付|不下单")]
    private static partial Regex WontPay();

    // "为啥没抵扣", "怎么不减": why the discount did not apply.
    [GeneratedRegex("(为啥|为什么|为何|怎么|咋|凭啥|凭什么)(会)?(没|不)(有)?(给我)?(减|抵|扣|用上|生效)|什么原因|啥原因")]
    private static partial Regex Why();

    // "不返的话以后不来了", "再也不买你家了": displeasure with the answer, no new need.
    [GeneratedRegex("以后不来|不来了|不会再来|再也不来|再也不买|不会再买|不来你家|没有下次|没下次|拉黑|取关")]
    private static partial Regex Upset();

    [GeneratedRegex("改(个|一下)?价|退(个|点)?差价|便宜(点|一点|些)|补差价|少算")]
    private static partial Regex Reprice();
}
