using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "那两包算我90呗 老顾客了", "79有点贵 便宜点呗" once the coupons were told: the buyer bargains, so the price is said to
/// stay as the page shows it, plainly, never the coupon answer again.
/// </summary>
public static partial class Bargain
{
    private static bool TryAnswerAfterCoupons(FlowContext context)
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

    /// <summary>
    /// "99.8能不能算90", "两件呢 便宜个十块呗", "抹个0 90行不行" with no coupons talked about: the shop's own rule on
    /// bargaining, as its policies word it, never the order's state, a word of the line ("两包") read as a parcel, or
    /// "I can't answer that".
    /// </summary>
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TryAnswerAfterCoupons(context))
        {
            return true;
        }

        if (context.State.ActiveFlow is not null || context.State.ClarifyOptions.Count > 0 || !PriceNamed().IsMatch(context.Compact) || Postage().IsMatch(context.Compact)
            || await PolicyReply.FindAsync(context, cancellationToken, AskedInPlainWords).ConfigureAwait(false) is not { } rule)
        {
            return false;
        }

        await PolicyReply.SayAsync(context, rule, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The plain question the policies answer for any wording of a bargain ("能不能算90" names no keyword).</summary>
    private const string AskedInPlainWords = "能便宜点吗";

    // "99.8能不能算90", "便宜个十块", "算我85", "抹个0", "两包90行不行": a lower price named for the goods (a price for a
    // size, "换成130行不", "要130的行吗", is not; nor a sum to be paid back, "退我20行不行", "补偿20行吗").
    [GeneratedRegex("算我[0-9一二三四五六七八九十两百]+|(?:能不能|能否|可不可以|可以|就)算[0-9]{1,4}(?![0-9.])|便宜个?[0-9一二三四五六七八九十两几]+块|抹(?:个|掉|了)?(?:零|0|零头|个零头)|(?<!换成?|改成?|要|换个|码|尺码|号|周|月|日|星期|退|补|赔|返|偿|给|差价|退我|补我|赔我|返我|给我)(?<![0-9.])[0-9]{1,4}(?:块|元)?(?:钱)?(?:行不行|行吗|行不|卖不卖|卖吗|卖不)(?![0-9])")]
    private static partial Regex PriceNamed();

    // "一块发邮费能便宜点不": the postage, which the shipping rules answer, never a bargain.
    [GeneratedRegex("运费|邮费|快递费")]
    private static partial Regex Postage();

    /// <summary>"算我90", "两件90行不行", "便宜点呗", "抹个零", "老顾客了 少点": a lower price asked for the goods.</summary>
    public static bool IsAsked(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Asked().IsMatch(compact);
    }

    [GeneratedRegex("算我[0-9一二三四五六七八九十两百]+|(?<!(?:退|补|赔|返|差价)(?:我|给我)?)(?<![0-9.])[0-9]{1,4}(?:块|元)?(?:行不行|行吗|行不|可以吗|卖不卖|卖吗|呗)|便宜(?:点|些|一点|一些)|少(?:点|一点|算点|收点|[0-9]{1,3}|[一二三四五六七八九十两几]+块)|抹(?:个|掉|了)?(?:零|0)|打(?:个)?折(?:呗|吧|行不|吗)|老(?:顾客|客户|客人).{0,8}(?:便宜|优惠|算|少)|(?:便宜|优惠|算|少).{0,8}老(?:顾客|客户|客人)")]
    private static partial Regex Asked();
}
