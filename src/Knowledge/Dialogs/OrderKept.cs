using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "别取消", "别给我退", "我就是要货", "还是要": the buyer keeps an order they waited on, so cancelling it or a refund is
/// never offered again, and a person who takes the chat up sees it.
/// </summary>
public static partial class OrderKept
{
    public static bool Says(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cues = context.Facts.Cues;
        // "不要整单取消 2条照发就行": the whole order's cancel turned down reads as a cancel to the cues, yet keeps the order.
        var wholeRefused = WholeRefused().IsMatch(context.Compact);
        return (cues.Negated.Contains(BuyerAction.Cancel) || cues.Negated.Contains(BuyerAction.Refund) || KeepWords().IsMatch(context.Compact) || wholeRefused)
            && ((!cues.Asserted.Contains(BuyerAction.Cancel) && !cues.Asserted.Contains(BuyerAction.Refund)) || wholeRefused);
    }

    [GeneratedRegex("就是要货|就要货|我要货|要的是货|还是要|还要的|照常发|继续发|不取消|别取消|不要取消|不用取消|不退了|别退|不要退")]
    private static partial Regex KeepWords();

    [GeneratedRegex("(?:不|别|不要|不用|不想)(?:让我|给我|帮我)?(?:整单|全部)(?:取消|退)")]
    private static partial Regex WholeRefused();
}
