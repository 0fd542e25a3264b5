using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A question about one of the shop's products, asked before or after buying: "五双是啥颜色的", "有木有粉色" (the colour
/// the title names; other colours are the product page's, and an order of it still unpaid is ordered anew in the colour
/// wanted), "想看看实物再买" (no shop to visit: the product page, then the no-reason return), "会员有折扣没". Never a
/// quality-or-payment question, a list of the buyer's orders or a person: the title is all the bot knows.
/// </summary>
public static partial class ProductQuestion
{
    private const string Area = "product";
    private const string ColourPrefix = Area + ".colour_";
    private const string ColourPick = ColourPrefix + "pick";
    /// <summary>Told that an unpaid order is ordered anew in the colour wanted: "还没付呢" next hears it again in short.</summary>
    public const string Reorder = Area + ".colour_reorder";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null)
        {
            return false;
        }

        // "怕跟图片不一样" before buying is a worry about seeing the goods, not a problem with goods received.
        var said = AnswersFacts(context) || AnswersSeeing(context)
            || (!QualityProblems.NamesAProblem(context.Normalized) && (AnswersColour(context) || AnswersMembership(context) || AnswersUsage(context)));
        if (said)
        {
            context.State.ClearClarification();
        }

        return said;
    }

    /// <summary>
    /// "袜子五双是啥颜色的", "四件套有木有粉色": the colour of the product named (else the one asked about just before,
    /// else the order in focus); "能全要黑的吗" after that: what can be picked is the product page's.
    /// </summary>
    private static bool AnswersColour(FlowContext context)
    {
        var compact = context.Compact;
        // The colour told last of a product (never the pick or re-order answers beside it).
        var toldBefore = context.State.SaidTemplates.LastOrDefault(k => k.StartsWith(ColourPrefix, StringComparison.Ordinal)
            && !k.StartsWith(Reorder, StringComparison.Ordinal) && !k.StartsWith(ColourPick, StringComparison.Ordinal));
        var picks = Pick().IsMatch(compact) && toldBefore is not null;
        if (!(AsksColour().IsMatch(compact) || picks) || Complaint().IsMatch(compact))
        {
            return false;
        }

        var category = CareQuestion.Category(compact) ?? CategoryOf(toldBefore) ?? FocusCategory(context);
        var unpaid = category is null ? null
            : context.Services.Orders.OrdersOf(context.Input.BuyerId).FirstOrDefault(o => o.Status == OrderStatus.AwaitingPayment && CareQuestion.Category(o.Title.ToLowerInvariant()) == category);
        // "能换成黑色吗" on an order paid for is a change of that order, which the order-change flow takes.
        if (compact.Contains('换', StringComparison.Ordinal) && unpaid is null && category is not null
            && context.Services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status != OrderStatus.Closed && CareQuestion.Category(o.Title.ToLowerInvariant()) == category))
        {
            return false;
        }

        var own = ColourPrefix + (category ?? "general");
        context.Say(picks && context.State.Told(own, null) ? ColourPick : own);
        // A colour wanted, or a pick asked, with that product's order still unpaid: ordered anew, never changed by us.
        if (unpaid is not null && (picks || Colour().IsMatch(compact)) && !context.Told(Reorder, unpaid.OrderNumber))
        {
            context.Say(Reorder, context.SlotsOf(unpaid));
            context.State.LastOrderNumber = unpaid.OrderNumber;
        }

        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>"想看看实物再买", "能去店里看看吗": no shop to visit; the product page's photos and the no-reason return.</summary>
    private static bool AnswersSeeing(FlowContext context)
    {
        if (!SeeGoods().IsMatch(context.Compact) || context.Compact.Contains("收到", StringComparison.Ordinal))
        {
            return false;
        }

        context.Say(Area + ".see_goods");
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>"会员有折扣没", "有会员价吗": no member price is promised; after the coupons answer, not those again.</summary>
    private static bool AnswersMembership(FlowContext context)
    {
        if (!Member().IsMatch(context.Compact))
        {
            return false;
        }

        var afterCoupons = context.State.AnsweredPolicies.Contains(PolicyTopics.Coupons, StringComparer.Ordinal);
        context.Say(afterCoupons ? "presale.membership_after_coupons" : "presale.membership");
        context.State.RememberPolicy(PolicyTopics.Coupons);
        context.MarkAnswered(context.Text);
        return true;
    }

    private static string? CategoryOf(string? templateKey) =>
        templateKey is null ? null : templateKey.Split('|')[0][ColourPrefix.Length..] is var name && name != "general" ? name : null;

    /// <summary>The order in focus, else the buyer's only order not closed: the product a bare question is about.</summary>
    private static string? FocusCategory(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        var order = orders.FirstOrDefault(o => o.OrderNumber == focus) ?? (orders.Count(o => o.Status != OrderStatus.Closed) == 1 ? orders.First(o => o.Status != OrderStatus.Closed) : null);
        return order is null ? null : CareQuestion.Category(order.Title.ToLowerInvariant());
    }

    private const string Colours = "黑|白|灰|粉|红|蓝|绿|黄|紫|米|咖|棕|卡其|藏青|橙|杏|香槟|奶白";

    [GeneratedRegex("(什么|啥|哪些|哪几|几种|几个|多少种)(颜色|色|花色)|颜色(有哪些|有几种|是啥|是什么|都有|多吗|可以选|能选|随机|一样)|(一个|同一个|一样的?|同一种|同样的?)颜色|有(没有|木有|没|无)?(别的|其他|其它)(的)?(颜色|色)|有(没有|木有|没)?(" + Colours + ")色?的?(吗|么|嘛|没|不|呢|$)|(有没有|有木有|有没)(" + Colours + ")(色|的)?|(" + Colours + ")(色|的)有(吗|么|没|木有|没有)" +
        // "想要一份灰色一份黑色", "能指定颜色吗": colours picked piece by piece.
        "|一(份|双|件|个|套|条|只)(" + Colours + ")色?的?[^，,。]{0,3}一(份|双|件|个|套|条|只)(" + Colours + ")|指定(颜色|色)|颜色(能|可以)指定")]
    private static partial Regex AsksColour();

    /// <summary>"能全要黑的吗", "可以都选灰色不": a pick of colours, heard only right after a colour answer.</summary>
    [GeneratedRegex("(全|都|全部|统一)(要|选|拍|换成?|是)?(" + Colours + ")(色|的)|(要|选|拍|换成?)(" + Colours + ")(色|的)")]
    private static partial Regex Pick();

    [GeneratedRegex("(" + Colours + ")(色|的)")]
    private static partial Regex Colour();

    /// <summary>"颜色发错了", "收到的颜色跟图片不一样": a complaint about the goods sent, for the return flows.</summary>
    [GeneratedRegex("发错|发成|错了|收到|寄来|到手|不一样|不对|色差|偏深|偏浅|掉色|褪色|串色|退|照片|拍照")]
    private static partial Regex Complaint();

    [GeneratedRegex("(看|摸|瞧)(看|一下|下|一看|摸)?实物|实物(是什么样|长啥样|怎么样)|(到|去)(店|店里|门店|实体店)(里)?(看|瞧|试|摸)|线下(看|试)|亲眼(看|瞧)")]
    private static partial Regex SeeGoods();

    [GeneratedRegex("(会员|vip).{0,6}(折扣|优惠|价|打折|便宜|积分|福利|减)|(折扣|优惠|价|打折|便宜|积分|福利).{0,4}(会员|vip)")]
    private static partial Regex Member();
}
