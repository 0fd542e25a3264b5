using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Sorts a buyer's reason for cancelling into the few kinds a retention offer can answer, and reads whether, after
/// the offer, they keep the order.
/// </summary>
public static partial class RefundReasons
{
    public const string WrongItem = "wrong_item";
    public const string SlowShipping = "slow_shipping";
    public const string Price = "price";
    public const string ChangedMind = "changed_mind";

    /// <summary>The kind of reason the text gives, or null when it gives none.</summary>
    public static string? Detect(string normalizedText) => normalizedText switch
    {
        _ when WrongItemWords().IsMatch(normalizedText) => WrongItem,
        _ when SlowWords().IsMatch(normalizedText) => SlowShipping,
        _ when PriceWords().IsMatch(normalizedText) => Price,
        _ when ChangedMindWords().IsMatch(normalizedText) => ChangedMind,
        _ => null,
    };

    /// <summary>The reason as the case records it and the buyer reads it back: a category in Chinese, never their sentence.</summary>
    public static string Label(string? kind) => kind switch
    {
        WrongItem => "拍错或规格不对",
        SlowShipping => "发货太慢",
        Price => "价格原因",
        ChangedMind => "不想要了",
        _ => "其他原因",
    };

    /// <summary>After the retention offer: true when the buyer keeps the order ("不退了", "那我再等等").</summary>
    public static bool KeepsOrder(string normalizedText)
    {
        var compact = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        return KeepWords().IsMatch(compact) && !StillRefundWords().IsMatch(compact);
    }

    [GeneratedRegex("拍错|拍重|拍了两|重复|买错|选错|规格|尺码|尺寸|颜色|型号|地址错|下错")]
    private static partial Regex WrongItemWords();

    [GeneratedRegex("太慢|慢死|等不及|太久|等太|迟迟|还不发|一直不发|急用|来不及")]
    private static partial Regex SlowWords();

    [GeneratedRegex("便宜|降价|贵|差价|优惠|别家|价格|价保")]
    private static partial Regex PriceWords();

    [GeneratedRegex("不想要|不需要|不要了|用不上|不喜欢|不买了|家里有|买多|冲动|不合适")]
    private static partial Regex ChangedMindWords();

    [GeneratedRegex("不退|不取消|先不|再等|等等吧|继续发|留着|那就发|照常发|可以等|我等|改成|帮我改|换成")]
    private static partial Regex KeepWords();

    [GeneratedRegex("还是要退|还是退|要退款|退款吧|退吧|取消吧|确定退|确认退|还是取消|不要了")]
    private static partial Regex StillRefundWords();
}
