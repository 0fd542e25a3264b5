using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "怎么是XL的 我明明拍的L" when the order itself says XL: the goods came as ordered, so the buyer is told what the order
/// says, and that another size is a 7-day no-reason exchange at the buyer's postage; never a problem menu, photos or a
/// shop-paid exchange. "你们发错了 运费你们出吧" next about the same order hears the order's size again in other words.
/// </summary>
public static partial class SizeAsOrdered
{
    private const string Told = "quality_return.size_as_ordered";
    private const string ToldAgain = "quality_return.size_as_ordered_again";
    private const string WidthTold = "quality_return.width_as_ordered";

    public static bool TryTell(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var compact = CompactText.Of(context.Normalized).ToLowerInvariant();
        if (TryTellWidth(context, order, compact))
        {
            return true;
        }

        var ordered = SizesIn(order.Title.ToLowerInvariant());
        if (ordered.Count == 0 || WantedSize().Match(compact) is not { Success: true } wantedMatch)
        {
            return false;
        }

        var wanted = wantedMatch.Groups["size"].Value;
        var came = SizesIn(compact).Where(s => s != wanted).ToList();
        var asOrdered = came.Count > 0 ? came.Any(ordered.Contains) : SentWrong().IsMatch(compact);
        if (ordered.Contains(wanted) || !asOrdered)
        {
            return false;
        }

        var again = context.Told(Told, order.OrderNumber);
        context.Say(again ? ToldAgain : Told, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = wanted.ToUpperInvariant() });
        context.Finish();
        return true;
    }

    /// <summary>
    /// "四件套发错了 我拍的是1.5米的 收到的是1.8的" when the order says 1.8m: the bed width came as ordered, so the buyer
    /// hears what the order says and how another width is exchanged, never a wrong shipment accepted.
    /// </summary>
    private static bool TryTellWidth(FlowContext context, Order order, string compact)
    {
        var titled = Width().Match(CompactText.Of(order.Title.Replace(".", string.Empty, StringComparison.Ordinal)).ToLowerInvariant());
        if (!titled.Success || WantedWidth().Match(compact) is not { Success: true } wantedMatch)
        {
            return false;
        }

        var (ordered, wanted) = (MeasureSwap.Metres(titled.Value), MeasureSwap.Metres(wantedMatch.Groups["width"].Value));
        if (ordered == wanted || !(SentWrong().IsMatch(compact) || MeasureSwap.Of(compact) is (_, var came) && came == ordered))
        {
            return false;
        }

        var told = context.Told(WidthTold, order.OrderNumber) || context.Told(Told, order.OrderNumber);
        context.Say(told ? ToldAgain : WidthTold, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = wanted });
        context.Finish();
        return true;
    }

    /// <summary>
    /// "你们发错了 运费肯定你们出吧" right after the order's size was told: told again in other words; "不对 我要L码" names
    /// the size wanted, so it is left to the exchange it asks for.
    /// </summary>
    public static bool TryAgain(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.State.LastOrderNumber is not { } number || !(context.Told(Told, number) || context.Told(WidthTold, number))
            || !(SentWrong().IsMatch(context.Compact) || Postage().IsMatch(context.Compact))
            || WantedSize().IsMatch(context.Compact.ToLowerInvariant())
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(ToldAgain, context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// "床是1.5的 根本铺不了", "我老公才170 穿不了" right after the order's size or width was told: a fact about where the
    /// goods go, no fault and no claim; the exchange for another size at the buyer's postage, or the no-reason return,
    /// goes on, never a problem menu. "我老公穿L的 太大了" names the size wanted, which the exchange for it answers.
    /// </summary>
    public static bool TryFitStated(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.State.LastOrderNumber is not { } number || !(context.Told(Told, number) || context.Told(WidthTold, number))
            || context.Told(FitTold, number) || !DoesNotFit().IsMatch(context.Compact) || SentWrong().IsMatch(context.Compact) || Postage().IsMatch(context.Compact)
            || WantedSize().IsMatch(context.Compact.ToLowerInvariant())
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(FitTold, context.SlotsOf(order));
        return true;
    }

    private const string FitTold = "quality_return.size_as_ordered_fit";

    private static List<string> SizesIn(string text) => [.. Sized().Matches(text).Select(m => m.Groups["size"].Value)];

    private const string Size = "(?<![a-z0-9.])(?<size>x{0,3}l|xs|s|m|[0-9]{2,3})(?:cm|码)?(?![a-z0-9])";

    [GeneratedRegex(Size)]
    private static partial Regex Sized();

    // "我明明拍的L", "买的是L码", "要的M", "我老公穿L的", "下单选的XL": the size the buyer meant to have.
    [GeneratedRegex("(?:拍|买|要|订|选|下单|下|穿)(?:了|的)?(?:是|明明是|就是)?" + Size)]
    private static partial Regex WantedSize();

    [GeneratedRegex(MeasureSwap.Width)]
    private static partial Regex Width();

    // "我拍的是1.5米的", "买的一米五": the bed width the buyer meant to have.
    [GeneratedRegex("(?:拍|买|要|订|选|下单|下)(?:了|的)?(?:是|明明是|就是)?(?<width>" + MeasureSwap.Width + ")")]
    private static partial Regex WantedWidth();

    [GeneratedRegex("发错|寄错|错发|搞错|弄错|拿错|不对|怎么是|咋是|怎么成了?|发成|寄成|明明(?:选|拍|买)")]
    private static partial Regex SentWrong();

    // "床是1.5的 根本铺不了", "穿着太大", "孩子穿不下", "用不了": what was ordered does not fit where it goes.
    [GeneratedRegex("铺不(了|下|上|开)|盖不(了|下)|套不(上|进|下)|穿不(了|下|进|上)|用不(了|上)|太(大|小|长|短|宽|窄|肥|紧)|偏(大|小)|(大|小)了|不合身|不合适|床(是|只有|就)")]
    private static partial Regex DoesNotFit();

    [GeneratedRegex("运费|邮费|快递费")]
    private static partial Regex Postage();
}
