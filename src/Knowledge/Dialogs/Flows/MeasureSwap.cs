using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "怎么发的是1.5米的 我拍的是1.8米", "买的1米8的床 收到是1米5的", "要两米的 寄来一米五": a bed width ordered and another
/// that came, told side by side; the shop sent the wrong size, and the record names both so a colleague knows what to send.
/// </summary>
public static partial class MeasureSwap
{
    /// <summary>The width ordered and the one received as the record writes them ("1.8米", "1.5米"), or null when the text does not set two different ones side by side.</summary>
    public static (string Wanted, string Came)? Of(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText ?? string.Empty).ToLowerInvariant();
        var m = WantedThenCame().Match(compact);
        if (!m.Success)
        {
            m = CameThenWanted().Match(compact);
        }

        if (!m.Success)
        {
            return null;
        }

        var (wanted, came) = (Metres(m.Groups["want"].Value), Metres(m.Groups["got"].Value));
        return wanted == came ? null : (wanted, came);
    }

    /// <summary>
    /// A width as the normalised text holds it ("18米" for "1.8米", whose point became a space; "1米8", "一米五", "两米")
    /// as the record writes it ("1.8米", "1.5米", "2米").
    /// </summary>
    public static string Metres(string width)
    {
        ArgumentNullException.ThrowIfNull(width);
        var digits = width.ToLowerInvariant().Replace('一', '1').Replace('两', '2').Replace('五', '5').Replace('八', '8').Replace('二', '2')
            .Replace('m', '米');
        var parts = digits.Split('米', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            [var whole, var tenths] => $"{whole}.{tenths}米",
            [{ Length: 2 } both] => $"{both[0]}.{both[1]}米",
            [var whole] => $"{whole}米",
            _ => width,
        };
    }

    /// <summary>"1.8米" (normalised "18米"), "1.8m", "1米8", "一米八", "两米": a bed width.</summary>
    public const string Width = "(?:(?<![0-9])(?:1[0-9]?|2)(?:米|m)(?![0-9a-z])|(?<![0-9])[12]米[0-9](?![0-9])|[一两]米[五八二]?)";

    [GeneratedRegex("(?:要|买|拍|订|下单|下|选|点)的(?:是|明明是)?(?<want>" + Width + ")(?:床|的)*[^,，。;；!！?？]{0,8}?(?:收到|来了|到了|到手|发来|寄来|发了|寄了|发成|寄成|给我发|拿到|来的|到的|(?:拆开|打开)(?:一看|发现|后|了)?)(?:的是|了个|了|个|是|的|成|套)*(?<got>" + Width + ")")]
    private static partial Regex WantedThenCame();

    [GeneratedRegex("(?:收到|来了|到手|发来|寄来|发了|寄了|发成|寄成|给我发|发的|寄的|来的|(?:拆开|打开)(?:一看|发现|后|了)?|(?:但是?|可是?|结果|居然|竟然|却)是|(?:怎么|咋|为什么|为啥|怎么会)(?:是|发了?|寄了?|来了?|发的|寄的))(?:的是|了个|了|一|个|套|件|条|是|的|成)*(?<got>" + Width + ")(?:床|的)*[?？!！]*[^,，。;；!！?？]{0,8}?(?:要|买|拍|订|下单|选)的(?:是|明明是)?(?<want>" + Width + ")")]
    private static partial Regex CameThenWanted();
}
