using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Short lines right after the bot said a discount missed on a paid order that has not shipped cannot be added
/// ("199.6 明明够了", "付完才发现 怎么弄", "要么退20 要么我退款重拍"): the same coupon matter on that order, never a
/// parcel to refuse, a problem "recorded" or "tell us when it arrives". The threshold met is granted, the coupon still
/// cannot go on a paid order; the way is a refund and ordering again, which is spelled out; the coupon's sum back is
/// nothing the bot can give, said plainly, with a colleague offered.
/// </summary>
public static partial class FocusCoupon
{
    private const string Area = "focus";
    private const string Told = "presale.coupon_";

    /// <summary>Lines with a need of their own are longer; a remark on the coupon is short.</summary>
    private const int MaxLength = 24;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || compact.Length > MaxLength
            || state.SaidTemplates.LastOrDefault() is not { } last || !(last.StartsWith(Told, StringComparison.Ordinal) || last.StartsWith($"{Area}.coupon", StringComparison.Ordinal) || last.StartsWith("policy.more", StringComparison.Ordinal))
            || state.LastOrderToldOf(Told) is not { } number
            || OrderResolver.Named(context).Any(o => o.OrderNumber != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order
            || order.HasRefundUnderWay)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
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

        return false;
    }

    // "要么退20", "退我20块", "给我返20": the coupon's sum back.
    [GeneratedRegex("(?:退|返|还|补)(?:给)?(?:我)?(?<n>[0-9]{1,3})(?:块|元)?")]
    private static partial Regex SumBack();

    // "199.6 明明够了", "到门槛了", "不是刚好够吗": the order met the threshold.
    [GeneratedRegex("够了|夠了|刚好够|剛好夠|够门槛|到门槛|夠門檻|到門檻|满了|超过了|明明够|明明夠|不是够|不是夠|够啊|夠啊|够的|夠的|够吗|夠嗎")]
    private static partial Regex ThresholdMet();

    // "怎么弄", "咋整", "那怎麼辦": what to do now.
    [GeneratedRegex("怎么弄|怎麼弄|咋整|咋弄|怎么办|怎麼辦|咋办|怎么搞|怎么处理|怎麼處理|那咋|才发现|才看到|才發現")]
    private static partial Regex HowTo();

    // "我退款重拍", "退了重新下": the route the bot gave, taken up.
    [GeneratedRegex("退款重拍|退了重拍|退款重新|退了重新|重新拍|重新下")]
    private static partial Regex Reorder();
}
