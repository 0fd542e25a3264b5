using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "T恤XL太大了 三件都想换成L" on a parcel not yet in hand: the size bought judged by its label against the wearer, which a
/// buyer can do before the goods arrive; without a word of trying them on, it is no proof that they came.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    /// <summary>
    /// The line judges the order's own size too big or small ("XL太大了", "120的肯定小", "XL我老公穿肯定大") with no word of trying or of the
    /// goods come, on a parcel that cannot be in hand yet: shipped, and no tracking number or fewer days than delivery takes.
    /// </summary>
    private static bool JudgesSizeUnseen(FlowContext context, Order order, OrderFacts facts) =>
        order.Status == OrderStatus.Shipped && (!facts.HasTrackingNumber || facts.DaysSinceShipment < DaysToSign)
        && LabelSize.Bought(order.Title) is { } bought && SizeJudged().Matches(context.Compact).Any(m => OrderChanges.Size(m.Groups["size"].Value) == bought)
        && !TriedOn().IsMatch(context.Compact) && !context.Facts.Cues.AlreadyReceived && !context.State.GoodsInHand;

    /// <summary>
    /// "T恤XL太大了 买给我老公穿 跟个裙子一样" on goods in hand: the fit told, with no return asked and no fault named;
    /// the size exchange and the return are both offered, never the return alone.
    /// </summary>
    private static bool ComplainsOfFit(FlowContext context) =>
        FitComplained().IsMatch(context.Compact) && !context.Compact.Contains('退', StringComparison.Ordinal) && !QualityProblems.NamesAProblem(context.Normalized);

    [GeneratedRegex("太(?:大|小|肥|紧|长|短)|偏(?:大|小)|(?:大|小)了|穿不(?:下|进|了)|套不进|不合身|(?:像|跟)(?:个|条)?裙子")]
    private static partial Regex FitComplained();

    [GeneratedRegex("(?<size>[0-9]xl|[2-4]?x{0,3}l|xs|(?<![a-z])[ms]|1[0-9]{2}|[5-9][0-9])(?:cm|码|号)?(?:的)?(?:(?:我|给)?(?:老公|老婆|儿子|女儿|孩子|宝宝|爸爸?|妈妈?|他|她|我)(?:穿|用|来穿)?)?(?:肯定|应该|可能|估计|会|有点|太|偏|怕)*(?:大|小)", RegexOptions.IgnoreCase)]
    private static partial Regex SizeJudged();

    [GeneratedRegex("穿着|穿上|穿了|试了|试穿|上身|穿不下|穿不进|套不进|收到|到货|到了|拿到")]
    private static partial Regex TriedOn();
}
