using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "直接给我换个藏青的吧", "换成藏青", "有黑色的话换黑色也行 没有就直接退" right after the order's own colour, size or the
/// no-reason return was told: an exchange for taste, recorded with the colour or size named, postage the buyer's and
/// the stock left to a colleague, never a problem menu nor the shop's exchange of a mistake.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    private static readonly string[] TasteAnswers =
    [
        WithinWindow, WithinWindow + "_again", WithinWindow + "_fit", "quality_return.colour_as_ordered", "quality_return.colour_as_ordered_proof",
        "quality_return.size_as_ordered", "quality_return.size_as_ordered_again", "quality_return.size_as_ordered_fit",
    ];

    /// <summary>True when the line asks to exchange the order just told about for a colour or size it names, with no fault named.</summary>
    public static bool ExchangesForTaste(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        return state.ActiveFlow is null && state.ClarifyOptions.Count == 0 && state.LastOrderNumber is { } number
            && TasteAnswers.Any(told => context.Told(told, number)) && ExchangesTo(context)
            && !QualityProblems.NamesAProblem(context.Normalized);
    }

    /// <summary>
    /// "T恤两件XL都太大了 想换L", "穿着偏小 换个大一号": the goods tried on and another size or colour wanted, with no
    /// fault named: the goods are in hand, so it is an exchange for taste, never a change of an order on its way.
    /// </summary>
    public static bool TriedAndExchanges(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow is null && context.State.ClarifyOptions.Count == 0 && Tried().IsMatch(context.Compact)
            && ExchangesTo(context) && !QualityProblems.NamesAProblem(context.Normalized) && InHand(context);
    }

    /// <summary>The orders the line names, or else the one in focus, have all gone out: "120怕小了 换130" on an unshipped order is a change.</summary>
    private static bool InHand(FlowContext context)
    {
        var named = context.Facts.MatchedOrderNumbers.Count > 0 ? context.Facts.MatchedOrderNumbers
            : context.State.LastOrderNumber is { } focus ? [focus] : [];
        return named.Count > 0 && named.All(number => context.Services.Orders.Find(context.Input.BuyerId, number)?.Status is OrderStatus.Shipped or OrderStatus.Completed);
    }

    /// <summary>"换个藏青的", "换成黑色", "想换L", "想换两件L": 换 with a colour the lexicon knows or a size.</summary>
    private static bool ExchangesTo(FlowContext context) =>
        context.Compact.Contains('换', StringComparison.Ordinal)
        && (context.Services.Analyzer.Specs.Wanted(context.Compact) is not null || SizeTo().IsMatch(context.Compact));

    [GeneratedRegex("换(?:成|个|一个|为|[两二三四五2-5](?:件|个|条|只|套|双)(?:换?成)?)?(?:[2-5]?x{0,3}[lsm]|[0-9]{2,3})(?:码|号|cm|的)?(?![a-z0-9])")]
    private static partial Regex SizeTo();

    [GeneratedRegex("太大|太小|偏大|偏小|大了|小了|穿不下|穿不进|穿着|试了|试穿|上身")]
    private static partial Regex Tried();

    /// <summary>"没有就直接refund", "没货的话就退了吧", "没有1.5的话就退了吧", "没黑色的话就退了吧": a return wanted when the exchange cannot be had.</summary>
    public static bool OrElseReturns(string compactText) => OrElseReturn().IsMatch(compactText ?? string.Empty);

    [GeneratedRegex("没(?:有|货|[^,，。;；]{1,3}[色码号])[^,，。;；]{0,6}?(?:的话)?(?:就|那就)?(?:直接)?(?:退|refund)")]
    private static partial Regex OrElseReturn();

    [GeneratedRegex("色|雾霾")]
    private static partial Regex ColourChange();
}
