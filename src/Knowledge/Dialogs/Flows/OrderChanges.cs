using System.Text.RegularExpressions;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Reads a request to change an order before it ships: a size ("120的改成130", "换大一码"), a colour ("换成白色的"),
/// a spec ("改成1.5m的"), a quantity ("改成两件"), or the courier ("换顺丰", "能发EMS吗",
/// "别发极兔"). An item to add is the combine-shipping topic's. Goods already received ("收到小了想换") and addresses are other needs, never a change of order.
/// </summary>
public static partial class OrderChanges
{
    /// <summary>Changes read, per text: a turn asks it of the same line from several checks.</summary>
    private static readonly TextMemory<OrderChange?> Changes = new();

    public static OrderChange? Read(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Changes.GetOrAdd(normalizedText, ReadOf);
    }

    private static OrderChange? ReadOf(string normalizedText)
    {
        // "换浅灰 没有浅灰就还是香槟色": the fallback is no second change and no withdrawal; it is read apart.
        // "我弟穿 他就170 瘦 要换码吗": a height or weight is the wearer's, never the size to change to.
        var text = OtherMissing().Replace(IfMissing().Replace(WearerMeasure.Without(Compact(normalizedText)), string.Empty), string.Empty);
        // "改成130 算了 还是140吧": the buyer corrects the value, never takes the change back.
        // "想换130 红色的不用改": what stays is no change taken back.
        if (Withdrawn().IsMatch(KeptAnywhere().Replace(text, string.Empty)) && CorrectedCount(text) is null && CorrectedValue(text) is null)
        {
            return null;
        }

        // "4包取消2包 其余照发": fewer pieces, read before the other needs a word such as 退 may suggest.
        if (QuantityCut.Read(text) is { } cut)
        {
            return Corrected(new OrderChange(OrderChangeKind.Quantity, null, null) { Cut = cut }, text);
        }

        // "浴巾改成2条 地址不变": a part the buyer keeps as it is names no other need; nor does "中通也不打电话", a
        // complaint about the last delivery and never a phone number to change.
        if (OtherNeed().IsMatch(UncalledDelivery.Without(AddressKeeps.WithoutKept(text))))
        {
            return null;
        }

        return ReadChange(text) is { } change ? Corrected(change, text) : null;
    }

    private static OrderChange? ReadChange(string text)
    {
        if (SizeChange().Match(text) is { Success: true } size)
        {
            return new OrderChange(OrderChangeKind.Size, Value(size, "from", Size), Value(size, "to", Size));
        }

        if (Misordered(text) is { } misordered)
        {
            return misordered;
        }

        if (SizeStep().Match(text) is { Success: true } step)
        {
            return new OrderChange(OrderChangeKind.Size, null, step.Groups["way"].Value == "大" ? "大一码" : "小一码");
        }

        if (ColourChange().Match(text) is { Success: true } colour)
        {
            return new OrderChange(OrderChangeKind.Colour, Value(colour, "from", Colourful), Value(colour, "to", Colourful));
        }

        if (SpecChange().Match(text) is { Success: true } spec)
        {
            return new OrderChange(OrderChangeKind.Spec, null, Value(spec, "to", v => v));
        }

        if (QuantityChange().Match(text) is { Success: true } quantity)
        {
            return new OrderChange(OrderChangeKind.Quantity, null, Value(quantity, "to", v => v));
        }

        if (CourierRefused().Match(text) is { Success: true } refused)
        {
            // "别走中通了 发顺丰行不行": the courier refused and the one wanted, both kept.
            var wanted = CourierWanted().Match(text[(refused.Index + refused.Length)..]);
            return new OrderChange(OrderChangeKind.Courier, Courier(refused.Groups["c"].Value), wanted.Success ? Courier(wanted.Groups["c"].Value) : null);
        }

        if (CourierWanted().Match(text) is { Success: true } courier)
        {
            return new OrderChange(OrderChangeKind.Courier, null, Courier(courier.Groups["c"].Value));
        }

        return CourierSwitch().IsMatch(text) ? new OrderChange(OrderChangeKind.Courier, null, null) : null;
    }

    /// <summary>
    /// "不对 130怕还是小 有就140", "算了130也小 要140吧", "还是换黑的吧" after <paramref name="recorded"/> was written down: the
    /// size or colour named last that the record neither changes from nor to, which replaces the recorded new value;
    /// null when the line names none ("红色不变" names the colour kept, never a new one).
    /// </summary>
    public static string? OtherValue(string normalizedText, OrderChange recorded)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(recorded);
        var text = WearerMeasure.Without(Compact(normalizedText));
        if (RestKept().IsMatch(text) || KeptWord().IsMatch(text))
        {
            return null;
        }

        var value = NamedLast(text, recorded.Kind);
        return value is null || value == recorded.To || value == recorded.From ? null : value;
    }

    [GeneratedRegex("不变|不改|不用改|不动|照旧|没变")]
    private static partial Regex KeptWord();

    [GeneratedRegex("身高|高|才|体重|孩子|宝宝|个子|长到")]
    private static partial Regex BodyMeasure();

    /// <summary>
    /// "没有浅灰就还是香槟色", "没货的话那就不换了 还是原来的": the change stands if the new value is in stock, else the
    /// order ships as bought; a condition, never the change taken back.
    /// </summary>
    public static bool KeepsIfMissing(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return IfMissing().IsMatch(Compact(normalizedText));
    }

    /// <summary>"130没货的话就140", "没有130就140的": the size to send instead when the new one is out of stock, else null.</summary>
    public static string? OtherIfMissing(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return OtherMissing().Match(Compact(normalizedText)) is { Success: true } m ? Size(m.Groups["to"].Value) : null;
    }

    // The missing size said before "没货" stays: "换成130没有就140" keeps the change itself readable.
    [GeneratedRegex("(?:如果|要是|万一|若|假如)?(?:没有|没|缺货|无货|没货|断货|缺)(?:货)?(?:" + SizeValue + "(?:的|码)?)?(?:货|库存)?(?:的话)?(?:就|那就|那)(?:换|改|要|拿|发)?(?:成|到)?(?<to>" + SizeValue + ")(?:的|码)?", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMissing();

    [GeneratedRegex("(?:如果|要是|万一|若|假如)?(?:没有|没|缺货|无货|没货|断货|缺)[^，,。；;]{0,6}?(?:的话)?(?:就|那就|那)?[^，,。；;]{0,3}?(?:还是|保持|照旧|按原|用原|不换|不改|算了)[^，,。；;]*")]
    private static partial Regex IfMissing();

    /// <summary>"算了不换了", "还是按原来的吧": the buyer takes back a change already asked for.</summary>
    public static bool TakesBack(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = Compact(normalizedText);
        return Settled().Replace(ShipsAsBought().Replace(text, string.Empty), string.Empty).Length <= 16
            && (Withdrawn().IsMatch(text) || KeepOriginal().IsMatch(text) || ShipsAsBought().IsMatch(text));
    }

    /// <summary>"就这样发吧 小了再换", "照发 收到不合适再说": the order ships as bought and an exchange waits for the goods.</summary>
    public static bool ExchangesLater(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return ExchangeLater().IsMatch(Compact(normalizedText));
    }

    // "就这样发吧", "照发", "先发吧", "按拍的发", "小了再换", "收到再说": ship the order as bought, whatever comes after;
    // "另外两条照常发" ships the rest of a part taken off, never the whole order.
    [GeneratedRegex("(?<!(?:另|其余|其他|其它|剩下|剩余|别的)[^，,。]{0,4})(?:就(?:这样|这么|那样|原样)(?:发|寄)|照(?:常|原样|旧|原来的?)?(?:发|寄)(?!错)|原样(?:发|寄)|先(?:发|寄)(?:货)?(?:吧|着|过来|出来)|按(?:原来|拍的|拍下|原样|原单)的?(?:发|寄))|" + ExchangeLaterWords)]
    private static partial Regex ShipsAsBought();

    [GeneratedRegex(ExchangeLaterWords)]
    private static partial Regex ExchangeLater();

    private const string ExchangeLaterWords = "(?:小|大|短|长|紧|不合适|不合身|不行|穿不了|穿不下)了?(?:的话)?(?:再|就)(?:换|退|说)|收到(?:了|后)?(?:不合适)?再(?:换|说|弄|看)";

    [GeneratedRegex("还是(?:按|用|要|发)?原来的?|不改尺码|不改颜色|就按原来")]
    private static partial Regex KeepOriginal();

    /// <summary>The text without the change asked for ("换成白色的", "改发顺丰"), so the wanted value never names an order.</summary>
    public static string WithoutChange(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = Compact(normalizedText);
        foreach (var pattern in new[] { SizeChange(), SizeStep(), ColourChange(), SpecChange(), QuantityChange(), CourierRefused(), CourierWanted(), CourierSwitch(), Colour(), CourierName() })
        {
            text = pattern.Replace(text, "，");
        }

        return text;
    }

    /// <summary>"换顺丰", "改发邮政": the courier is to change, not only asked about ("能发顺丰吗").</summary>
    public static bool ChangesCourier(string normalizedText) =>
        CourierSwitch().IsMatch((normalizedText ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>The courier a text names anywhere, in the shop's words ("sf" → 顺丰); null when none.</summary>
    public static string? CourierNamed(string normalizedText) =>
        CourierName().Match(normalizedText ?? string.Empty) is { Success: true } named ? Courier(named.Value) : null;

    /// <summary>The text without spaces, a decimal point kept: the normaliser turns "1.5m" into "1 5m".</summary>
    private static string Compact(string normalizedText) =>
        DecimalGap().Replace(normalizedText, "$1.$2").Replace(" ", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex("([0-9]) ([0-9])")]
    private static partial Regex DecimalGap();

    /// <summary>A size as the shop writes it: 130 → 130cm, xl → XL.</summary>
    public static string Size(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var value = raw.Trim().ToLowerInvariant().Replace("码", string.Empty, StringComparison.Ordinal).Replace("的", string.Empty, StringComparison.Ordinal);
        return char.IsAsciiDigit(value[0]) && !value.Contains('x', StringComparison.Ordinal)
            ? value.TrimEnd('c', 'm') + "cm"
            : value.ToUpperInvariant();
    }

    private static string Colourful(string raw) => raw.EndsWith('色') ? raw : raw + "色";

    private static string Courier(string raw) => raw.ToLowerInvariant() switch
    {
        "顺风" or "顺峰" or "sf" or "顺丰" => "顺丰",
        "ems" => "EMS",
        "京东" => "京东快递",
        var other => other,
    };

    private static string? Value(Match match, string group, Func<string, string> shape) =>
        match.Groups[group].Success && match.Groups[group].Length > 0 ? shape(match.Groups[group].Value) : null;


    [GeneratedRegex(SizeValue, RegexOptions.IgnoreCase)]
    private static partial Regex SizeAlone();

    private const string Change = "(?:改|换)(?:成|为|到|个|一个|一下)?";

    // A size never sits inside a longer number: "13688889999" holds no 99.
    private const string SizeValue = "(?:(?<![0-9.])(?:1[0-9]{2}|[5-9][0-9])(?:cm|码)?|[2-4]?x{0,3}l|[0-9]xl|(?<![a-z0-9.])[ms])(?![0-9a-z])";

    /// <summary>Every courier a buyer may name, as a pattern alternation.</summary>
    internal const string Couriers = "顺丰|顺风|顺峰|sf|ems|邮政|京东|德邦|圆通|中通|申通|韵达|极兔|百世";

    // "孩子试了同学的120 有点小", "穿了下表哥的", "试了下同款小了": someone else's clothes tried, never the goods of this order in hand.
    private const string OthersClothes = "[下过一]{0,2}(?:(?:同学|别人|朋友|邻居|亲戚|表哥|表姐|表弟|表妹|哥哥|姐姐|弟弟|妹妹|同事|人家|他|她|堂哥|堂姐)(?:家)?(?:孩子|小孩|儿子|女儿)?的|同款|一样的)";

    [GeneratedRegex("地址|收件人|收货人|手机号|电话|收到|到货了|已经到了|(?<![改寄送发换转])到了(?![吗嘛么没呢])|(?:穿了|穿着|试了|试穿了)(?!" + OthersClothes + ")|洗了|用了|发错|寄错|错发|换货|退换|退货|退款|质量|坏了|破了")]
    private static partial Regex OtherNeed();

    [GeneratedRegex("(?:(?<from>" + SizeValue + ")(?:的|码)?(?:能|能不能|可以|可不可以|想|要)?" + Change + "(?<to>" + SizeValue + ")|" + Change + "(?:尺码|码数|尺寸)?(?<to>" + SizeValue + ")(?:的|码|号|$|(?=[行吗嘛么呢不可好]|" + KeptPart + "))|(?:尺码|码数|尺寸|码子)(?:能|可以|想|要)?" + Change + "(?<to>" + SizeValue + ")?" +
        // "能换个码吗 120怕小了 换130": the sizes may follow the ask.
        "|" + Change + "(?:尺码|码数|码子|码)(?:吗|嘛|么|呢)?(?:.{0,8}?(?<from>" + SizeValue + ").{0,6}?" + Change + "(?<to>" + SizeValue + "))?" +
        // "拍成120的了 侄子要穿130 还没发货能改吗": the size bought, the size wanted, then the ask.
        "|拍(?:成|了|的|错)?(?<from>" + SizeValue + ")(?:的|码)?了?[^。]{0,12}?(?:要|穿|需要|想要)(?:穿)?(?<to>" + SizeValue + ")(?=.{0,12}(?:改|换))" +
        // "应该拍L的 三件都拍成XL了 还能改吗": the size meant, the size bought, then the ask.
        "|应该(?:拍|买|要|选|下单)(?<to>" + SizeValue + ")(?:的|码)?[^。]{0,8}?(?:拍成|买成|选成|拍了|拍的)(?<from>" + SizeValue + ")(?=.{0,12}(?:改|换)))", RegexOptions.IgnoreCase)]
    private static partial Regex SizeChange();

    /// <summary>"不用换了", "算了不改了", "那不用顺丰了", "那先不弄了 我晚点再说": the buyer takes a change back, which asks for nothing.</summary>
    [GeneratedRegex("不用(?:改|换)|不(?:改|换|弄|搞|折腾)了|别(?:改|换|弄)了|算了|(?:不用|不要|不发|别发)(?:发)?(?:" + Couriers + ")了", RegexOptions.IgnoreCase)]
    private static partial Regex Withdrawn();

    /// <summary>"中通就中通吧", "早点发出来就行": the original accepted and a hurry, said beside a change taken back.</summary>
    [GeneratedRegex("(?<kept>" + Couriers + ")就\\k<kept>吧?|(?:早点|快点|尽快|赶紧|早些|快些)(?:给我)?发(?:货|出来|出去|走)?(?:就行|就好|就可以)?(?:了|吧|啊)?", RegexOptions.IgnoreCase)]
    private static partial Regex Settled();

    [GeneratedRegex("(?:改|换)(?:成|个)?(?<way>大|小)(?:一|1|一个)?(?:码|号|尺码)")]
    private static partial Regex SizeStep();

    // A colour of two characters ("换浅灰") is a colour without 色; one of one character ("换白") needs 色, 的 or 款.
    [GeneratedRegex("(?:(?<from>雾霾灰|香槟|浅蓝|深蓝|藏青|酒红|米白|奶白|浅灰|深灰|卡其|咖啡|红|白|黑|灰|蓝|粉|绿|黄|紫|米|棕|橙)色?(?:的)?" + Change + "(?<to>雾霾灰|香槟|浅蓝|深蓝|藏青|酒红|米白|奶白|浅灰|深灰|卡其|咖啡|红|白|黑|灰|蓝|粉|绿|黄|紫|米|棕|橙)(?:色|的|款)|" + Change + "(?:(?<to>雾霾灰|香槟|浅蓝|深蓝|藏青|酒红|米白|奶白|浅灰|深灰|卡其|咖啡)(?:色|的|款)?|(?<to>红|白|黑|灰|蓝|粉|绿|黄|紫|米|棕|橙)(?:色|的|款))|颜色(?:能|可以|想|要)?" + Change + "(?<to>雾霾灰|香槟|浅蓝|深蓝|藏青|酒红|米白|奶白|浅灰|深灰|卡其|咖啡|红|白|黑|灰|蓝|粉|绿|黄|紫|米|棕|橙)?色?|" + Change + "(?:个|一个)?颜色)")]
    private static partial Regex ColourChange();

    /// <summary>The colours a title or a buyer names.</summary>
    [GeneratedRegex("雾霾灰|香槟色|浅蓝|深蓝|藏青|酒红|米白|奶白色?|浅灰|深灰|卡其|咖啡色|红色|白色|黑色|灰色|蓝色|粉色|绿色|黄色|紫色|米色|棕色")]
    internal static partial Regex Colour();

    [GeneratedRegex("(?:(?:规格|型号|款式)(?:能|可以|想|要)?" + Change + "|" + Change + "(?:规格|型号|款式)|" + Change + "(?<to>[0-9](?:\\.[0-9])?m|[0-9]{3,4}ml|两只装|单只装|大号|小号|中号)(?:的|床)?)", RegexOptions.IgnoreCase)]
    private static partial Regex SpecChange();

    /// <summary>"改成两件", "浴巾改2条", "数量改一下", "多买一个"; never "换一个新的", which is an exchange.</summary>
    [GeneratedRegex("(?:数量(?:能|可以|想|要)?" + Change + "(?<to>[0-9一二两三四五六七八九十]+(?:件|个|套|双|条|只|盒|份|包|瓶|袋|支|对|箱|罐))?|(?:改(?:成|为|到)?|换(?:成|为|到))(?<to>[0-9一二两三四五六七八九十]+(?:件|个|套|双|条|只|盒|份|包|瓶|袋|支|对|箱|罐))|(?:多|少)(?:要|买)(?:一|1|两|2)(?:件|个|套|双|条|只|盒|份))")]
    private static partial Regex QuantityChange();

    [GeneratedRegex(Couriers, RegexOptions.IgnoreCase)]
    private static partial Regex CourierName();

    [GeneratedRegex("(?:别|不要|不想|不用)(?:给我)?(?:发|用|走)(?<c>" + Couriers + ")", RegexOptions.IgnoreCase)]
    private static partial Regex CourierRefused();

    // "发中通的那单" names the order the courier carries, never a courier wanted.
    [GeneratedRegex("(?:改发|换发|改成|换成|改用|换用|改走|换|改|发|走|用)(?:个|一下)?(?<c>" + Couriers + ")(?!的?(?:那|这)?(?:单|个|笔|件|包裹|订单|快递))", RegexOptions.IgnoreCase)]
    private static partial Regex CourierWanted();

    [GeneratedRegex("(?:改发|换发|改成|换成|改用|换用|改走|换|改|别发|不要发|不要用|别用)(?:个|一下)?(?:" + Couriers + ")|换(?:个|一个|家|一家)?快递|改(?:个)?快递", RegexOptions.IgnoreCase)]
    private static partial Regex CourierSwitch();
}
