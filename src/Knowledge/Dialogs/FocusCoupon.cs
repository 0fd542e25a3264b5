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
            OrderStatus.AwaitingShipment => AnswersUnshipped(context, order, slots),
            _ => AnswersShipped(context, order, slots),
        };
    }

    /// <summary>A coupon answer this class follows up: the paid order's, the unpaid order's (policy or pre-sale), or its own.</summary>
    private static bool IsCouponAnswer(string key) =>
        key.StartsWith(Told, StringComparison.Ordinal) || key.StartsWith($"{Area}.coupon", StringComparison.Ordinal)
        || key.StartsWith("policy.more", StringComparison.Ordinal) || key.StartsWith(UnpaidPolicyAnswer, StringComparison.Ordinal);

    private static bool AnswersUnshipped(FlowContext context, Order order, Dictionary<string, string?> slots)
    {
        var compact = context.Compact;
        if (SumBack().Match(compact) is { Success: true } back)
        {
            slots[TemplateSlots.Amount] = back.Groups["n"].Value;
            context.Say($"{Area}.coupon_sum_back", slots);
            return true;
        }

        if (ThresholdMet().IsMatch(compact))
        {
            slots[TemplateSlots.Amount] = order.AmountPaid.ToString("0.##", CultureInfo.InvariantCulture);
            context.Say($"{Area}.coupon_threshold_met", slots);
            return true;
        }

        if (HowTo().IsMatch(compact) || Reorder().IsMatch(compact))
        {
            context.Say($"{Area}.coupon_how", slots);
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
}
