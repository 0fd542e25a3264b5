using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要是得退款重拍就算了", "那么麻烦的话就不用了", "如果要重拍就算了", "要是還得退了重拍那就不弄了": a path just offered
/// (refund and order again) turned down on its own condition. The buyer declines the path, never takes it: it is not
/// offered again, and what was paid stays as it is. Read on the compact, Simplified text.
/// </summary>
public static partial class DeclinedOnCondition
{
    public static bool Declines(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Declined().IsMatch(CompactText.Of(normalizedText));
    }

    // A condition naming the refund, the new order or the bother of them, then a let-go word: "要是得退款重拍的话就算了",
    // "如果要重拍就算了", "那么麻烦的话就不用了", "退了重拍的话就免了". "没有130就算了" names stock, never this path.
    [GeneratedRegex("(?:(?:要是|如果|若是?|假如|万一|非要|非得)[^，,。！!？?]{0,4}?(?:退款|退了|退掉|退单|重拍|重新拍|重新下单|再拍|麻烦|折腾)[^，,。！!？?]{0,8}?|(?:退款|退了|退掉|重拍|重新拍|重新下单)[^，,。！!？?]{0,6}?的话|(?:那么|这么|那样|这样|太)麻烦(?:的话)?)(?:，|,)?(?:那)?(?:就|那就|那)?(?:算了|不用了|不弄了|不搞了|不要了|不折腾了|拉倒|免了|不换了|不改了)")]
    private static partial Regex Declined();
}
