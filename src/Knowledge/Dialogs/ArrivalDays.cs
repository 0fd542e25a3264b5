using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// How many days a parcel takes, for where it goes: the order's receiver province (or, with no order, the place the
/// buyer names) against the regions of the shipping policy's <c>delivery-time</c> entry, so a buyer in Guangzhou or
/// Wuhan is never told the 江浙沪 days. A parcel the buyer says is out for delivery arrives today, whatever the region.
/// </summary>
internal static partial class ArrivalDays
{
    public const string OutForDeliveryTemplate = "arrival.out_for_delivery";

    /// <summary>Says the days on the road (or "today" when out for delivery); the generic days when no place is known.</summary>
    public static void Say(FlowContext context, Order? order)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A closed order never comes: no days on the road beside it.
        if (order is { Status: OrderStatus.Closed })
        {
            return;
        }

        // The estimate against the buyer's date already named the days (now, or for this order earlier), unless the
        // buyer answers it with a guess of their own.
        var lastSaid = context.State.SaidTemplates.LastOrDefault();
        var again = lastSaid?.StartsWith(RegionTemplate, StringComparison.Ordinal) == true || AnswersEstimate(context, lastSaid);
        if (!again && (ArrivalByDate.Said(context) || (order is not null && ArrivalByDate.Told(context, order.OrderNumber))))
        {
            return;
        }

        if (SaysOutForDelivery(context.Compact))
        {
            if (!context.Replies.Any(r => r.TemplateId == OutForDeliveryTemplate))
            {
                context.Say(OutForDeliveryTemplate);
            }

            return;
        }

        if (Slots(context, order) is not { } slots)
        {
            context.Say("asides.typical_days");
            return;
        }

        // "顺丰的话武汉应该一两天吧" right after the days: the same region, worded as a reply to the guess.
        context.Say(again ? RegionTemplate + "_again" : RegionTemplate, slots);
    }

    /// <summary>True when the last thing said was the days for a region and the buyer answers it with days or a place.</summary>
    public static bool FollowsUp(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lastSaid = context.State.SaidTemplates.LastOrDefault();
        return (lastSaid?.StartsWith(RegionTemplate, StringComparison.Ordinal) == true || AnswersEstimate(context, lastSaid))
            && context.State.ActiveFlow is null && DaysGuess().IsMatch(context.Compact);
    }

    /// <summary>"顺丰的话武汉应该一两天吧" right after the estimate for the buyer's date, which named the region's days.</summary>
    private static bool AnswersEstimate(FlowContext context, string? lastSaid) =>
        lastSaid?.StartsWith("arrival.by_date_", StringComparison.Ordinal) == true && DaysGuess().IsMatch(context.Compact);

    /// <summary>"显示派送中", "在派送了", "快递员在送了": the parcel is on its last leg today.</summary>
    public static bool SaysOutForDelivery(string compactText) => OutForDelivery().IsMatch(compactText);

    /// <summary>
    /// The place and days for the order's receiver province, else a place the buyer names now (or in
    /// <paramref name="earlier"/>, the question this follows up); null when none.
    /// </summary>
    public static Dictionary<string, string?>? Slots(FlowContext context, Order? order, string? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analyzer = context.Services.Analyzer;
        var province = (order is not null ? ProvinceOf(context, order) : null) ?? analyzer.ProvinceNamedIn(context.Normalized)
            ?? (earlier is null ? null : analyzer.ProvinceNamedIn(earlier));
        if (province is null)
        {
            return null;
        }

        var place = ChinaDivisions.ShortName(province) ?? province;
        return new Dictionary<string, string?> { [TemplateSlots.Place] = place, [TemplateSlots.Days] = Span(place).Said };
    }

    /// <summary>The fewest and most days on the road to the order's receiver province, and the place; null when unknown.</summary>
    public static (string Place, int Fewest, int Most, string Said)? Range(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (ProvinceOf(context, order) is not { } province)
        {
            return null;
        }

        var place = ChinaDivisions.ShortName(province) ?? province;
        var (fewest, most, said) = Span(place);
        return (place, fewest, most, said);
    }

    /// <summary>
    /// The province the parcel goes to: the city's own when the order files it under another ("浙江省 苏州市", which the
    /// buyer may have had corrected since), so the estimate never names the wrong one.
    /// </summary>
    private static string? ProvinceOf(FlowContext context, Order order) =>
        WrongProvinceParcel.Misplaced(context, order)?.Province ?? (order.Address is { } address ? context.Services.Analyzer.ProvinceNamedIn(address) : null);

    // The regions and days of the delivery-time policy: 江浙沪 two or three days, the far west five to seven, the rest three to five.
    private static (int Fewest, int Most, string Said) Span(string place) =>
        Near().IsMatch(place) ? (2, 3, "两三天") : Remote().IsMatch(place) ? (5, 7, "五到七天") : (3, 5, "三到五天");

    private const string RegionTemplate = "arrival.region_days";

    [GeneratedRegex("^(上海|江苏|浙江)$")]
    private static partial Regex Near();

    [GeneratedRegex("^(新疆|西藏|青海|内蒙古|甘肃|宁夏)$")]
    private static partial Regex Remote();

    [GeneratedRegex("派送中|在派送|正在派送|派件中|在派件|开始派送|已经在送|在送了|快递员(已经)?在送|出来派送|派送员(已经)?出发")]
    private static partial Regex OutForDelivery();

    [GeneratedRegex("[一两二三四五六七八九十0-9]+(到[一两二三四五六七八九十0-9]+)?天(吧|吗|嘛|能到|就到|就能到|到|左右)|一两天|两三天|三四天|几天吧")]
    private static partial Regex DaysGuess();
}
