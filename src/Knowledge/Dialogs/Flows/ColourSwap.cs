using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "拍的米色 收到黑色", "收到个黑的 我要的是米色", "怎么是黑色的 我拍的奶白", "拆开是粉色的 我拍的是雾霾灰", "收到了 但是是黑色的啊 我拍的米色": the colour ordered and the colour that came, told side by side with no
/// "发错" in it (a "？？" after the colour that came ends no thought); the shop sent the wrong colour, and the record names both so a colleague knows what to send.
/// </summary>
public static partial class ColourSwap
{
    /// <summary>The colour ordered and the one received ("米色", "黑色"), or null when the text does not set two different ones side by side.</summary>
    public static (string Wanted, string Came)? Of(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText ?? string.Empty);
        var m = WantedThenCame().Match(compact);
        if (!m.Success)
        {
            m = CameThenWanted().Match(compact);
        }

        if (!m.Success)
        {
            return OneOfPair(compact) ?? Apart(compact);
        }

        var (wanted, came) = (Named(m.Groups["want"].Value), Named(m.Groups["got"].Value));
        return wanted == came ? null : (wanted, came);
    }

    /// <summary>
    /// "两个颜色不一样 一个奶白的一个是黑的", "收到一白一黑": pieces that should match came in two colours, and the buyer does
    /// not say which was ordered (the order's title does, <see cref="AgainstOrder"/>); null when the text names no such pair,
    /// or orders the two colours ("买了一个白的一个黑的").
    /// </summary>
    public static (string First, string Second)? Mixed(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText ?? string.Empty);
        if (!Arrived().IsMatch(compact) || Of(compact) is not null || MixedPair().Match(compact) is not { Success: true } m)
        {
            return null;
        }

        var (first, second) = (Named(m.Groups["a"].Value), Named(m.Groups["b"].Value));
        return Alike(first, second) ? null : (first, second);
    }

    /// <summary>What the record says of a <see cref="Mixed"/> pair before the order is known: "（奶白色、黑色各来一件）".</summary>
    public static string MixedNote((string First, string Second) pair) => $"（{pair.First}、{pair.Second}各来一件）";

    /// <summary>
    /// "发错颜色（奶白色、黑色各来一件）" on an order whose title says 奶白色: "发错颜色（要奶白色，收到黑色）", so the colleague
    /// knows which piece to take back and what to send; the description unchanged when the title names neither or both.
    /// </summary>
    public static string AgainstOrder(string description, string title)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(title);
        if (MixedTold().Match(description) is not { Success: true } m)
        {
            return description;
        }

        var (first, second) = (m.Groups["a"].Value, m.Groups["b"].Value);
        var (firstOrdered, secondOrdered) = (title.Contains(first.TrimEnd('色'), StringComparison.Ordinal), title.Contains(second.TrimEnd('色'), StringComparison.Ordinal));
        return firstOrdered == secondOrdered ? description
            : description.Replace(m.Value, firstOrdered ? $"（要{AsTitled(first, title)}，收到{second}）" : $"（要{AsTitled(second, title)}，收到{first}）", StringComparison.Ordinal);
    }

    /// <summary>"白色" as the title names it ("奶白色"), so the colleague sends the shade ordered.</summary>
    private static string AsTitled(string colour, string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => w.Contains(colour.TrimEnd('色'), StringComparison.Ordinal) && NamedColour().IsMatch(w)) ?? colour;

    [GeneratedRegex("（(?<a>[^、（），]+)、(?<b>[^、（），]+)各来一件）")]
    private static partial Regex MixedTold();

    [GeneratedRegex("收到|到了|来了|到手|发来|寄来|发了|寄了|拆开|打开|颜色不(?:一样|同|对)|不是一个颜色|两个颜色|两种颜色")]
    private static partial Regex Arrived();

    // "一个奶白的一个是黑的", "一白一黑", "一只灰色另一只蓝色"; never after 买/拍/要, which orders the pair.
    [GeneratedRegex("(?<![买拍订要选单]|[买拍订要选单]了)一(?:个|只|件|条|双|套)?(?:是)?(?<a>" + Colour + ")(?:的)?[,，]?(?:另外|另)?一(?:个|只|件|条|双|套)?(?:是)?(?<b>" + Colour + ")(?:的)?")]
    private static partial Regex MixedPair();

    /// <summary>
    /// "不是米白 是浅粉色 反正不是雾霾灰" after "（要雾霾灰，收到米色）" was told: the colour that came, put right in the
    /// description told; null when the line corrects no colour that came, or names the one wanted as the one received.
    /// </summary>
    public static string? CameCorrected(string told, string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(told);
        if (ToldCame().Match(told) is not { Success: true } said || CameInstead().Match(CompactText.Of(normalizedText ?? string.Empty)) is not { Success: true } m)
        {
            return null;
        }

        var came = Named(m.Groups["got"].Value);
        return came == said.Groups["came"].Value || Alike(came, said.Groups["want"].Value)
            ? null
            : told.Remove(said.Groups["came"].Index, said.Groups["came"].Length).Insert(said.Groups["came"].Index, came);
    }

    [GeneratedRegex("（要(?<want>[^，（）]+)，收到(?<came>[^，（）]+)）")]
    private static partial Regex ToldCame();

    // "不是米白 是浅粉色", "不是米色的，而是粉的", "收到的不是米白 其实是浅粉": the colour before 是 taken back, the one after it stands.
    [GeneratedRegex("不是[^,，。;；!！?？是]{1,6}?[,，]?(?:而是|其实是|应该是|是)(?<got>" + Colour + ")")]
    private static partial Regex CameInstead();

    /// <summary>
    /// "收到一个是奶白的一个是黑色的 我要两个白的", "一个奶白 一个黑的 我拍的是两个奶白", "一白一黑 下单的是两个白色": two pieces of different colours came and the buyer names the one all
    /// should be; the other is the wrong one.
    /// </summary>
    private static (string Wanted, string Came)? OneOfPair(string compact)
    {
        if (PairThenWanted().Match(compact) is not { Success: true } m)
        {
            return null;
        }

        var wanted = Named(m.Groups["want"].Value);
        var (first, second) = (Named(m.Groups["a"].Value), Named(m.Groups["b"].Value));
        return (Alike(first, wanted), Alike(second, wanted)) switch
        {
            (true, false) => (wanted, second),
            (false, true) => (wanted, first),
            _ => null,
        };
    }

    /// <summary>
    /// "怎摸是黑色的啊 我买的是米色", "黑色的？？我下单选的是米色": the colour ordered marked by 买的/拍的, and one other colour
    /// named as such ("黑色", "黑的") anywhere in the line, whatever words (or typos) join them; null unless exactly one other.
    /// </summary>
    private static (string Wanted, string Came)? Apart(string compact)
    {
        if (WantedMarked().Match(compact) is not { Success: true } m)
        {
            return null;
        }

        var wanted = Named(m.Groups["want"].Value);
        var others = NamedColour().Matches(compact).Where(c => c.Index != m.Groups["want"].Index).Select(c => Named(c.Groups["c"].Value))
            .Where(c => !Alike(c, wanted)).Distinct(StringComparer.Ordinal).ToList();
        return others.Count == 1 ? (wanted, others[0]) : null;
    }

    [GeneratedRegex("(?:要|买|拍|订|下单|选)的(?:是|明明是)?(?<want>" + Colour + ")")]
    private static partial Regex WantedMarked();

    // A colour as a colour ("黑色", "黑的"), never a character inside another word ("明白").
    [GeneratedRegex("(?<c>" + Colour + ")(?:(?<=色)|(?=的|色))")]
    private static partial Regex NamedColour();

    /// <summary>"奶白色" and "白色" name the same colour for the buyer.</summary>
    private static bool Alike(string colour, string other)
    {
        var (a, b) = (colour.TrimEnd('色'), other.TrimEnd('色'));
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }

    /// <summary>"米" and "黑的" as the record writes them: "米色", "黑色"; "雾霾灰", "豆沙粉" as the product page names them.</summary>
    private static string Named(string colour) => colour.EndsWith('色') || colour.Length >= 3 ? colour : colour + "色";

    // "豆沙粉", "香芋紫", "燕麦色": a shade named after a thing, as product pages name them.
    private const string Colour = "(?:雾霾[灰蓝]|(?:豆沙|香芋|奶油|燕麦|焦糖|薄荷|樱花|藕|烟|雾|湖|孔雀|珊瑚|象牙|石墨|姜|莫兰迪|克莱因)?[浅深淡暗亮奶藏酒玫天宝墨军]?(?:米|杏|卡其|咖啡|香槟|雾霾|黑|白|红|蓝|粉|灰|绿|黄|紫|棕|橙|青|金|银|褐|驼)色?|(?:豆沙|香芋|奶油|燕麦|焦糖|薄荷|藕荷?)色)";

    [GeneratedRegex("(?:要|买|拍|订|下单|下|选|点)的(?:是|明明是)?(?<want>" + Colour + ")(?:的)?[^,，。;；!！?？]{0,8}?(?:收到|来了|到了|到手|发来|寄来|发了|寄了|发成|寄成|给我发|拿到|来的|到的|(?:拆开|打开)(?:一看|发现|后|了)?)(?:的是|了个|了|个|是|的|成)*(?<got>" + Colour + ")")]
    private static partial Regex WantedThenCame();

    [GeneratedRegex("(?:收到|来了|到手|发来|寄来|发了|寄了|发成|寄成|给我发|(?:拆开|打开)(?:一看|发现|后|了)?|(?:但是?|可是?|结果|居然|竟然|却)是|(?:怎么|咋|为什么|为啥|怎么会)(?:是|发了?|寄了?|来了?))(?:的是|了个|了|一|个|只|件|条|是|的|成)*(?<got>" + Colour + ")(?:的)?[?？!！]*[^,，。;；!！?？]{0,8}?(?:要|买|拍|订|下单|选)的(?:是|明明是)?(?<want>" + Colour + ")")]
    private static partial Regex CameThenWanted();

    [GeneratedRegex("一(?:个|只|件|条|双|套)?是?(?<a>" + Colour + ")(?:的)?(?:[,，]|另|外)*一(?:个|只|件|条|双|套)?是?(?<b>" + Colour + ")(?:的)?[^。;；!！?？]{0,6}?(?:要|买|拍|订|下单|选)的?(?:是)?(?:[两二三四俩2-4](?:个|只|件|条|双|套)?)?(?:都是|都要)?(?<want>" + Colour + ")")]
    private static partial Regex PairThenWanted();
}
