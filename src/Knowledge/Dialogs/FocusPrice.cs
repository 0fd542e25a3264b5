using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Sums said right after price protection was explained for an order ("我89买的", "现在69", "两套就差四十了"): the same
/// topic, never a parcel to track, a fallback or a menu. The difference is worked out from what the buyer paid (said or
/// on the order) and today's price or the drop they name, and said with what to do: price protection in the order's
/// details, or for an order not shipped yet, a refund and ordering again at today's price.
/// </summary>
public static partial class FocusPrice
{
    private const string Area = "focus";

    /// <summary>What the buyer said they paid for one, kept for the price they give next.</summary>
    private const string PaidKey = "focus_paid";

    /// <summary>The difference said for the order in focus, for a demand that names no sum ("退差价", "必须补").</summary>
    public const string DifferenceKey = "focus_difference";

    /// <summary>Lines with a need of their own are longer; a sum added in passing is short.</summary>
    private const int MaxLength = 20;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || compact.Length > MaxLength
            || state.AnsweredPolicies.LastOrDefault() != PolicyTopics.PriceProtection || !JustTold(state)
            || state.LastOrderNumber is not { } number
            || OrderResolver.Named(context).Any(o => o.OrderNumber != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || Demands().IsMatch(compact))
        {
            return false;
        }

        var paid = Sum(Paid().Match(compact));
        var now = Sum(Now().Match(compact));
        var drop = Sum(Drop().Match(compact)) ?? Sum(TotalSum().Match(compact));
        var remembered = state.Values.TryGetValue(PaidKey, out var kept) && decimal.TryParse(kept, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : (decimal?)null;
        if (paid is null && now is null && drop is null)
        {
            return false;
        }

        var pieces = Math.Max(order.Quantity, 1);
        var unitPaid = paid ?? remembered ?? Math.Round(order.AmountPaid / pieces, 2);
        if (paid is not null)
        {
            state.Values[PaidKey] = paid.Value.ToString(CultureInfo.InvariantCulture);
        }

        // "两套就差四十了", "一共差40": the buyer's own total; "便宜了20" and today's price are for one.
        var difference = drop is not null && (Total().IsMatch(compact) || TotalSum().IsMatch(compact)) ? drop
            : drop is not null ? drop * pieces
            : now is not null && now < unitPaid ? (unitPaid - now) * pieces
            : null;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        if (difference is null)
        {
            // Only what they paid: heard, and today's price asked for so the difference can be said.
            slots[TemplateSlots.Amount] = unitPaid.ToString("0.##", CultureInfo.InvariantCulture);
            context.Say($"{Area}.price_paid", slots);
            return true;
        }

        slots[TemplateSlots.Amount] = difference.Value.ToString("0.##", CultureInfo.InvariantCulture);
        state.Values[DifferenceKey] = slots[TemplateSlots.Amount]!;
        context.Say(order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay ? $"{Area}.price_difference_unshipped" : $"{Area}.price_difference", slots);
        return true;
    }

    /// <summary>The last reply was the price-protection answer or a follow-up of it.</summary>
    public static bool JustTold(DialogState state) =>
        state.SaidTemplates.LastOrDefault() is { } last
        && (last.StartsWith("policy_topics.price_protection", StringComparison.Ordinal) || last.StartsWith("price_protection.", StringComparison.Ordinal)
            || last.StartsWith("policy.more", StringComparison.Ordinal) || last.StartsWith($"{Area}.price", StringComparison.Ordinal));

    private static decimal? Sum(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["n"].Value;
        return char.IsAsciiDigit(value[0])
            ? decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture)
            : Entities.DateMentions.Number(value) is > 0 and var n ? n : null;
    }

    // "我89买的", "当时89拍的", "我下单89", "买的时候89".
    [GeneratedRegex("(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?)(?:块|元)?(?:钱)?(?:买|拍|下单|付)|(?:买|拍|下单|付款)(?:的时候|时|的)?(?:是|才|要)?(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?)")]
    private static partial Regex Paid();

    // "现在69", "现在页面才69", "现在只要199", "页面显示69".
    [GeneratedRegex("(?:现在|現在|页面|頁面|今天|目前)(?:页面|頁面)?(?:上)?(?:显示|只要|才|卖|賣|是|变成|降到|成了|标)?(?:只要|才|是)?(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?)")]
    private static partial Regex Now();

    // "便宜了20", "降了二十", "差四十了", "一共差40".
    [GeneratedRegex("(?:便宜|降|少|差)(?:了)?(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九])(?:块|元|塊)?")]
    private static partial Regex Drop();

    // "两个小时就降20" is a time, never two pieces.
    [GeneratedRegex("一共|总共|總共|加起来|两套|两件|两个(?!小时|钟|月|星期|礼拜|工作日)|两份|[两三四五]?(?:套|件|个|份|只|条)(?:就|一共)?差")]
    private static partial Regex Total();

    // "两个就是40块", "兩個一共40", "加起来四十": the difference of all the pieces counted by the buyer, with no 差 said.
    [GeneratedRegex("(?:[两兩三四五六][套件个個份只条條]|一共|总共|總共|加起来|加起來)(?:就是|就|是|一共|总共|共)?(?<n>[0-9]{1,4}(?:\\.[0-9]{1,2})?|[一二两三四五六七八九]?十[一二三四五六七八九]?)(?:块|元|塊)")]
    private static partial Regex TotalSum();

    // "差20 退给我", "差价还我": the difference asked back, which its own answer takes; "差30呢 能退差价不" names the sum
    // and asks, which the difference answered here with the ways to get it settles.
    [GeneratedRegex("(?:退|还|返|补)(?:给)?我")]
    private static partial Regex Demands();
}
