using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "那两包算我90呗 老顾客了", "79有点贵 便宜点呗" once the coupons were told: the buyer bargains, so the price is said to
/// stay as the page shows it, plainly, never the coupon answer again.
/// </summary>
public static partial class Bargain
{
    public static bool TryAnswerAfterCoupons(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || !IsAsked(context.Compact)
            || !state.AnsweredPolicies.Any(p => p.StartsWith(PolicyTopics.Coupons, StringComparison.Ordinal)))
        {
            return false;
        }

        context.Say("presale.bargain_after_coupons");
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>"算我90", "两件90行不行", "便宜点呗", "抹个零", "老顾客了 少点": a lower price asked for the goods.</summary>
    public static bool IsAsked(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Asked().IsMatch(compact);
    }

    [GeneratedRegex("算我[0-9一二三四五六七八九十两百]+|(?<!(?:退|补|赔|返|差价)(?:我|给我)?)(?<![0-9.])[0-9]{1,4}(?:块|元)?(?:行不行|行吗|行不|可以吗|卖不卖|卖吗|呗)|便宜(?:点|些|一点|一些)|少(?:点|一点|算点|收点|[0-9]{1,3}|[一二三四五六七八九十两几]+块)|抹(?:个)?零|打(?:个)?折(?:呗|吧|行不|吗)|老(?:顾客|客户|客人).{0,8}(?:便宜|优惠|算|少)|(?:便宜|优惠|算|少).{0,8}老(?:顾客|客户|客人)")]
    private static partial Regex Asked();
}
