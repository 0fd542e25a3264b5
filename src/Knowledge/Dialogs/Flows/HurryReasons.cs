using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Why the buyer needs the goods soon ("成都降温了 娃等着穿", "天冷了 孩子在外面冻着"), in the shop's own short terms for the
/// hurry note, so the warehouse sees the reason without the buyer's sentence being copied into the record.
/// </summary>
public static partial class HurryReasons
{
    private const string ThreatPrefix = "买家说";

    /// <summary>The reasons told, in fixed terms ("孩子等着穿", "天气转冷"); empty when the text gives none.</summary>
    public static IReadOnlyList<string> Of(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        var reasons = new List<string>();
        if (Child().IsMatch(compact))
        {
            reasons.Add(Wear().IsMatch(compact) ? "孩子等着穿" : "孩子等着用");
        }

        // "下周三要送人", "我等着用": the need said in the shop's terms, so the warehouse sees why it is pressed.
        if (Gift().IsMatch(compact))
        {
            reasons.Add("要送人");
        }
        else if (reasons.Count == 0 && NeedsIt().IsMatch(compact))
        {
            reasons.Add("等着用");
        }

        if (Cold().IsMatch(compact))
        {
            reasons.Add("天气转冷");
        }

        // "要是周三还不发就退了": the day the buyer gives the shop, for the warehouse to see.
        if (ActionIntents.RefundThreat().Match(compact) is { Success: true } threat)
        {
            reasons.Add(DayOf(compact, threat) is { } day ? $"{ThreatPrefix}{day}前不发货就退款" : $"{ThreatPrefix}再不发货就退款");
        }

        return reasons;
    }

    /// <summary>True for the note's threat ("买家说今天前不发货就退款"): a new one replaces the one noted before.</summary>
    public static bool IsThreat(string reason) =>
        reason is not null && reason.StartsWith(ThreatPrefix, StringComparison.Ordinal) && reason.EndsWith("不发货就退款", StringComparison.Ordinal);

    /// <summary>
    /// The day the threat gives: the last day said before the refund ("今天发不了我就退款"), never the day the buyer paid or
    /// ordered on ("羽绒服18号付的 还没发 今天发不了我就退款" is today's, not the 18th's).
    /// </summary>
    private static string? DayOf(string compact, Match threat) =>
        ThreatDay().Matches(compact[..(threat.Index + threat.Length)]).LastOrDefault(d => !PastEvent().IsMatch(compact[(d.Index + d.Length)..]))?.Value;

    /// <summary>
    /// "啥时候能到 孩子等着穿" asks; "孩子等着穿呢" does not: a sentence-final 呢 beside a reason only stresses it.
    /// </summary>
    public static bool AsksWhen(string compactText) => Asking().IsMatch(compactText ?? string.Empty);

    [GeneratedRegex("[?？吗么嘛]|能不能|能否|会不会|可不可以|什么时候|啥时候|多久|几天|哪天")]
    private static partial Regex Asking();

    // A child named beside waiting, needing or being cold: "娃等着穿", "孩子在外面冻着", "宝宝没得穿".
    [GeneratedRegex("(?:孩子|娃|宝宝|宝贝|小孩|儿子|女儿|闺女)[^,，。!！?？]{0,8}(?:等[着著]|等|要|急|没得|没有|冻|冷|穿)")]
    private static partial Regex Child();

    // Only a gift due on a day presses the shipping: "送人的 别放价格单" alone is a packing wish.
    [GeneratedRegex("(周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[0-9一二三四五六七八九十]+(号|日)|明天|后天|月底)[^，,。!！?？]{0,4}(送人|送朋友|送礼|当礼物)")]
    private static partial Regex Gift();

    // 急用 is the urgency cue's own term; "等着用" adds that the goods are waited for.
    [GeneratedRegex("等[着著]用")]
    private static partial Regex NeedsIt();

    [GeneratedRegex("穿|冻|冷")]
    private static partial Regex Wear();

    [GeneratedRegex("周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|今天|明天|后天|[0-9]{1,2}(号|日)")]
    private static partial Regex ThreatDay();

    // "18号付的", "17号下的单", "周一拍的": what happened on the day, no day given to the shop.
    [GeneratedRegex("^(?:早上|上午|中午|下午|晚上|凌晨)?(?:就|已经)?(?:付|拍|下单|下的|买|支付|交钱)")]
    private static partial Regex PastEvent();

    [GeneratedRegex("降温|天冷|冷了|变冷|好冷|太冷|很冷|冻[着著]|冻得|冻坏|下雪|寒潮|降雪")]
    private static partial Regex Cold();
}
