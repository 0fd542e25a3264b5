using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Short lines right after the bot answered a discount missed ("199.6 明明够了", "付完才发现 怎么弄", "要么退20 要么我退款重拍",
/// "为啥没抵扣", "不返的话以后不来了"): the same coupon matter on that order, never a parcel to refuse, a quality
/// question, a problem "recorded" or a person. The threshold met is granted; a paid order still cannot take the coupon
/// (not shipped: refunded and ordered again; shipped: kept for next time), an unpaid one is ordered anew with the coupon
/// chosen; the coupon's sum back is nothing the bot can give, said plainly, with a colleague offered.
/// </summary>
public static partial class FocusCoupon
{
    private const string Area = "focus";
    private const string Told = "presale.coupon_";
    private const string UnpaidPolicyAnswer = "policy_topics.coupons_unpaid";

    /// <summary>Lines with a need of their own are longer; a remark on the coupon is short.</summary>
    private const int MaxLength = 24;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || compact.Length > MaxLength
            || state.SaidTemplates.LastOrDefault() is not { } last || !IsCouponAnswer(last)
            || state.SaidTemplates.LastOrDefault(k => IsCouponAnswer(k) && k.Contains('|', StringComparison.Ordinal)) is not { } key
            || key[(key.IndexOf('|', StringComparison.Ordinal) + 1)..] is not { } number
            || OrderResolver.Named(context).Any(o => o.OrderNumber != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || order.HasRefundUnderWay || order.Status == OrderStatus.Closed)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        // "不返的话以后不来了": the buyer's displeasure is heard and the same answer given kindly, never a person forced on them.
        if (order.Status != OrderStatus.AwaitingPayment && Upset().IsMatch(compact))
        {
            context.Say($"{Area}.coupon_upset", slots);
            return true;
        }

        return order.Status switch
        {
            OrderStatus.AwaitingPayment => AnswersUnpaid(context, order, slots),
            OrderStatus.AwaitingShipment => AnswersPaid(context, order, slots, shipped: false),
            _ => AnswersPaid(context, order, slots, shipped: true),
        };
    }

    /// <summary>A coupon answer this class follows up: the paid order's, the unpaid order's (policy or pre-sale), or its own.</summary>
    private static bool IsCouponAnswer(string key) =>
        key.StartsWith(Told, StringComparison.Ordinal) || key.StartsWith($"{Area}.coupon", StringComparison.Ordinal)
        || key.StartsWith("policy.more", StringComparison.Ordinal) || key.StartsWith(UnpaidPolicyAnswer, StringComparison.Ordinal);

    /// <summary>
    /// A paid order's follow-ups, worded for whether it has left (<paramref name="shipped"/>): the coupon's sum back, the
    /// threshold met, what to do now (for a parcel on its way, asking to change the price too), or why.
    /// </summary>
    private static bool AnswersPaid(FlowContext context, Order order, Dictionary<string, string?> slots, bool shipped)
    {
        var compact = context.Compact;
        var suffix = shipped ? "_shipped" : string.Empty;
        if (SumBack().Match(compact) is { Success: true } back)
        {
            slots[TemplateSlots.Amount] = back.Groups["n"].Value;
            context.Say($"{Area}.coupon_sum_back{suffix}", slots);
            return true;
        }

        if (ThresholdMet().IsMatch(compact))
        {
            slots[TemplateSlots.Amount] = order.AmountPaid.ToString("0.##", CultureInfo.InvariantCulture);
            context.Say($"{Area}.coupon_threshold_met{suffix}", slots);
            return true;
        }

        // "那我退款重拍 价格还是159一套吧": the price of the order placed again is the page's that day, said with what was paid.
        if (!shipped && PriceAgain().IsMatch(compact))
        {
            slots[TemplateSlots.Amount] = Math.Round(order.AmountPaid / Math.Max(order.Quantity, 1), 2).ToString("0.##", CultureInfo.InvariantCulture);
            context.Say($"{Area}.coupon_reorder_price", slots);
            return true;
        }

        if (HowTo().IsMatch(compact) || Reorder().IsMatch(compact) || (shipped && Reprice().IsMatch(compact)))
        {
            context.Say($"{Area}.coupon_how{suffix}", slots);
            return true;
        }

        return SaysWhy(context, "coupon_why_paid", slots);
    }

    /// <summary>"为啥没抵扣": the usual causes, with what the order's state leaves open.</summary>
    private static bool SaysWhy(FlowContext context, string situation, Dictionary<string, string?> slots)
    {
        if (!Why().IsMatch(context.Compact))
        {
            return false;
        }

        context.Say($"{Area}.{situation}", slots);
        return true;
    }

    // "要么退20", "退我20块", "给我返20": the coupon's sum back.
    // "那20块能不能返给我", "这20能退我不": the sum named first.
    [GeneratedRegex("(?:退|返|还|补)(?:给)?(?:我)?(?<n>[0-9]{1,3})(?:块|元)?|(?<n>[0-9]{1,3})(?:块|元)?(?:钱)?(?:能|可以)?(?:不能)?(?:退|返|还|补)(?:给)?我")]
    private static partial Regex SumBack();

    // "199.6 明明够了", "到门槛了", "不是刚好够吗": the order met the threshold.
    [GeneratedRegex("够了|夠了|刚好够|剛好夠|够门槛|到门槛|夠門檻|到門檻|满了|应该能用|应该可以用|能用啊|按理说|按道理|超过了|明明够|明明夠|不是够|不是夠|够啊|夠啊|够的|夠的|够吗|夠嗎")]
    private static partial Regex ThresholdMet();

    // "怎么弄", "咋整", "那怎麼辦": what to do now.
    [GeneratedRegex("怎么弄|怎麼弄|咋整|咋弄|怎么办|怎麼辦|咋办|怎么搞|怎么处理|怎麼處理|那咋|才发现|才看到|才發現")]
    private static partial Regex HowTo();

    // "我退款重拍", "退了重新下": the route the bot gave, taken up.
    [GeneratedRegex("退款重拍|退了重拍|退款重新|退了重新|重新拍|重新下")]
    private static partial Regex Reorder();

    /// <summary>
    /// An order still unpaid: nothing to refund, the goods are ordered anew with the coupon chosen and the unpaid order
    /// left to close.
    /// </summary>
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

    [GeneratedRegex("(价格|价钱|单价)?还是[0-9]{1,5}|还是(原价|这个价|原来的价)|(价格|价钱)(会)?(变|涨|不变)|(价格|价钱)(还)?一样")]
    private static partial Regex PriceAgain();
}
