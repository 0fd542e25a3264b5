using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Which intent each buyer action asks for, and which actions an intent stands for, so that "我不要退款！快点发货"
/// is read as a request to ship and "如果再不发就退款" as pressure to ship, not as a refund.
/// </summary>
public static partial class ActionIntents
{
    public static string IntentOf(BuyerAction action) => action switch
    {
        BuyerAction.Refund or BuyerAction.Cancel => IntentIds.RefundUnshipped,
        BuyerAction.Return => IntentIds.NoReasonReturn,
        BuyerAction.Exchange => IntentIds.QualityReturn,
        BuyerAction.Hurry => IntentIds.Hurry,
        BuyerAction.Invoice => IntentIds.Invoice,
        BuyerAction.ChangeAddress => IntentIds.ChangeAddress,
        _ => IntentIds.Other,
    };

    public static bool StandsFor(string intent, BuyerAction action) => intent switch
    {
        IntentIds.RefundUnshipped => action is BuyerAction.Refund or BuyerAction.Cancel,
        IntentIds.NoReasonReturn => action is BuyerAction.Return or BuyerAction.Refund,
        IntentIds.QualityReturn => action is BuyerAction.Return or BuyerAction.Exchange or BuyerAction.Refund,
        IntentIds.Hurry => action == BuyerAction.Hurry,
        IntentIds.Invoice => action == BuyerAction.Invoice,
        IntentIds.ChangeAddress => action == BuyerAction.ChangeAddress,
        _ => false,
    };

    /// <summary>
    /// The intent the buyer means when their words refuse or only threaten what <paramref name="intent"/> stands for:
    /// the action they assert instead, shipping when a refund is only a threat, or null when they refuse it and ask
    /// for nothing else. Returns <paramref name="intent"/> when nothing of it is refused.
    /// </summary>
    public static string? Meant(string intent, MessageCues cues, string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(normalizedText);
        var guard = ClauseGuard.Of(normalizedText);
        if (intent == IntentIds.DelayShipment && HoldUnasked(normalizedText))
        {
            return cues.Asserted.Select(IntentOf).FirstOrDefault(i => i != IntentIds.Other) ?? IntentIds.Hurry;
        }

        var refused = cues.Negated.Any(a => StandsFor(intent, a));

        // "枕套那单地址要改一下 还没发吧", "餐具那单还没发的话帮我把省份改成江苏省": a change of address asked for (on the
        // condition that the order has not shipped) with no word of a refund, whatever refund the model reads.
        if (intent == IntentIds.RefundUnshipped && cues.Asserted.Concat(cues.Conditional).Contains(BuyerAction.ChangeAddress)
            && !cues.Asserted.Concat(cues.Conditional).Any(a => StandsFor(intent, a)))
        {
            return IntentIds.ChangeAddress;
        }

        // Only "再不发就退" threatens; "还没发货的话帮我取消" asks, on a condition that holds. "周三还不发我就退款" threatens
        // too, with no 如果 before it: the refund comes after the day it has not shipped by.
        var compact = CompactText.Of(normalizedText);
        var threatened = (cues.Conditional.Any(a => StandsFor(intent, a)) && !cues.Asserted.Any(a => StandsFor(intent, a)) && NotShippedThreat().IsMatch(compact))
            || (intent == IntentIds.RefundUnshipped && (RefundThreat().IsMatch(compact) || OnlyThreatened(guard, CancelWords())));
        if (!refused && !threatened)
        {
            return intent;
        }

        var instead = cues.Asserted.Where(a => !StandsFor(intent, a)).Select(IntentOf).FirstOrDefault();
        if (instead is not null)
        {
            return instead;
        }

        return threatened && intent == IntentIds.RefundUnshipped ? IntentIds.Hurry : refused ? null : intent;
    }

    [GeneratedRegex("(再|在)不(给我)?发|(还|今天|明天)?不(给我)?发(货)?(的话)?(我)?就")]
    private static partial Regex NotShippedThreat();

    /// <summary>
    /// "袜子那单还没发吧 …俩一起寄", "没发就按这个改": the model reads a cancellation where the buyer says no word of one
    /// (no refund, no cancelling, nothing unwanted); that reading is not acted on.
    /// </summary>
    public static bool Unfounded(string intent, string compactText) =>
        intent == IntentIds.RefundUnshipped && !Unwanted().IsMatch(compactText ?? string.Empty);

    /// <summary>
    /// "再不发我直接差评 顺便投诉你们延迟发货": nothing held off is asked for, only a threat if it does not ship, and the
    /// delay complained of; whatever reads a delay in it (the model, "延迟发") is not acted on.
    /// </summary>
    public static bool HoldUnasked(string normalizedText)
    {
        var guard = ClauseGuard.Of(normalizedText);
        return OnlyThreatened(guard, HoldWords()) || (DelayComplained().IsMatch(CompactText.Of(normalizedText)) && !guard.Acts(HoldWords()));
    }

    /// <summary>A clause threatens what follows a failure to ship, and none of <paramref name="words"/> is asked for where the buyer states or requests.</summary>
    private static bool OnlyThreatened(ClauseGuard guard, Regex words) =>
        guard.Clauses.Any(c => c.Supposes && ShipFailure().IsMatch(c.Text)) && !guard.Acts(words);

    [GeneratedRegex("不(?:给我)?(?:发|寄)|(?:发|寄)不|(?:再|在)(?:拖|等|晚|慢|耽误)")]
    private static partial Regex ShipFailure();

    // "先别发", "晚几天再发", "推迟发货", "压一下单", "先压一压", "等我通知再发"; "投诉你们延迟发货" complains of the delay, asks for none.
    [GeneratedRegex("(?<!(?:投诉|差评|举报|曝光)[^，。]{0,6})(?:先(?:别|不要?)发|(?:别|不要|暂时不要?|暂时别)(?:急着)?发|晚(?:点|些|一点|几天|两天)(?:再)?发|过(?:几|两|一)天(?:再)?发|推迟|延迟|延后|往后(?:推|延|拖)|压(?:一下|几天|着|住)?单|先压(?:一压|一下|几天|两天|着)|暂缓|先放着|(?:等|到)[^，。]{1,8}(?:再|后|以后|之后)发)")]
    private static partial Regex HoldWords();

    [GeneratedRegex("(?:投诉|差评|举报|曝光)[^，。]{0,6}(?:延迟|推迟|拖延|拖着|不发|慢)")]
    private static partial Regex DelayComplained();

    [GeneratedRegex("退款|退钱|退单|退费|退掉|退了|就退|申请退(?![货换回])|取消|撤单|撤销")]
    private static partial Regex CancelWords();

    // Any 退 ("确定退", "袜子我要推款" typed for 退款), cancelling or not wanting may be the cancellation meant.
    [GeneratedRegex("退|推款|取消|撤|不想?要|不买|不需要|用不上|用不到|拍错|拍多|买错|买多|下错|不想|不打算|算了|别发|不发了|不用发")]
    private static partial Regex Unwanted();

    /// <summary>
    /// "周三还不发我就退款", "明天不发货就取消", "再拖我就直接退款了", "不发就退": a refund that waits on a day or on more delay,
    /// not one asked for now. After 再不 ("再不发我直接申请退款", typed "在不发" too) and after 发不了 ("今天发不了我直接申请退款")
    /// the 就 may be left out: both make it a condition. "今天不发我就退款" (a day before 不发) and "今天必须发出去 不然我直接退款"
    /// hold the refund out the same way.
    /// </summary>
    [GeneratedRegex("(再|在)不(给我)?发(货|出来|出去)?(的话)?[，,]?(我)?(就)?(直接|马上)?(给我)?(去)?(申请)?(退|取消|不要)|((还|仍然|仍)不|^不|(?<=[天晚号末前])不)(给我)?发(货|出来|出去)?(的话)?[，,]?(我)?就(直接|马上)?(给我)?(申请)?(退|取消|不要)|再(拖|等|晚|慢|耽误)(下去|几天|一天|两天)?(的话)?[，,]?(我)?就(直接|马上)?(给我)?(申请)?(退|取消|不要)|发不(了|出来|出去|出)(的话)?[，,]?(我)?(就)?(直接|马上)?(给我)?(去)?(申请)?(退|取消|不要)|发(货|出来|出去)?[^，,。]{0,3}[，,]?(不然|否则|要不然)(的话)?(我)?(就)?(直接|马上)?(给我)?(去)?(申请)?(退|取消)")]
    public static partial Regex RefundThreat();
}
