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
            || (intent == IntentIds.RefundUnshipped && RefundThreat().IsMatch(compact));
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
    /// "周三还不发我就退款", "明天不发货就取消", "再拖我就直接退款了", "不发就退": a refund that waits on a day or on more delay,
    /// not one asked for now. After 再不 ("再不发我直接申请退款", typed "在不发" too) and after 发不了 ("今天发不了我直接申请退款")
    /// the 就 may be left out: both make it a condition.
    /// </summary>
    [GeneratedRegex("(再|在)不(给我)?发(货|出来|出去)?(的话)?[，,]?(我)?(就)?(直接|马上)?(给我)?(去)?(申请)?(退|取消|不要)|((还|仍然|仍)不|^不)(给我)?发(货|出来|出去)?(的话)?[，,]?(我)?就(直接|马上)?(给我)?(申请)?(退|取消|不要)|再(拖|等|晚|慢|耽误)(下去|几天|一天|两天)?(的话)?[，,]?(我)?就(直接|马上)?(给我)?(申请)?(退|取消|不要)|发不(了|出来|出去|出)(的话)?[，,]?(我)?(就)?(直接|马上)?(给我)?(去)?(申请)?(退|取消|不要)")]
    public static partial Regex RefundThreat();
}
