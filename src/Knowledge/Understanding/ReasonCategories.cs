using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Refund and return reasons as ids: the ones a cancel records (shared with <see cref="RefundReasons"/>) and the
/// kinds of quality defect. Defects win over the others; of the other reasons the one the buyer names first is theirs
/// ("在别家买到了 取消吧 等太久了" is bought elsewhere, not slow shipping), and "不想要了" only when no other is named.
/// A word after 没/没有/无/不是 ("没有破损", "不是色差") is no reason, and "还没发货 能直接退吗" states where the order is, no slowness.
/// </summary>
public static partial class ReasonCategories
{
    public const string WrongItemOrdered = RefundReasons.WrongItem;
    public const string SlowShipping = RefundReasons.SlowShipping;
    public const string Price = RefundReasons.Price;
    public const string ChangedMind = RefundReasons.ChangedMind;
    public const string BoughtElsewhere = RefundReasons.BoughtElsewhere;
    public const string PaidByMistake = RefundReasons.PaidByMistake;
    public const string Damaged = "damaged";
    public const string MissingParts = "missing_parts";
    public const string WrongItemSent = "wrong_item_sent";
    public const string NotAsDescribed = "not_as_described";
    public const string NotWorking = "not_working";
    public const string StainSmellPilling = "stain_smell_pilling";

    /// <summary>The category of the reason in folded, compact text, or null when it gives none.</summary>
    public static string? Detect(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Detected.GetOrAdd(compactText, Category);
    }

    /// <summary>Categories read, per text: a turn asks it of the same line from several checks.</summary>
    private static readonly TextMemory<string?> Detected = new();

    private static string? Category(string compactText)
    {
        foreach (var (id, pattern) in Defects)
        {
            if (FirstAt(compactText, pattern) is not null)
            {
                return id;
            }
        }

        string? first = null;
        var firstAt = int.MaxValue;
        foreach (var (id, pattern) in Others)
        {
            if (FirstAt(compactText, pattern) is { } at && at < firstAt)
            {
                (first, firstAt) = (id, at);
            }
        }

        return first ?? (FirstAt(compactText, ChangedMindWords()) is not null ? ChangedMind : null);
    }

    /// <summary>Where the first match not negated just before it starts, or null.</summary>
    private static int? FirstAt(string compactText, Regex pattern)
    {
        for (var match = pattern.Match(compactText); match.Success; match = match.NextMatch())
        {
            if (!NegatedBefore().IsMatch(compactText.AsSpan(0, match.Index)))
            {
                return match.Index;
            }
        }

        return null;
    }

    private static readonly (string Id, Regex Pattern)[] Defects =
    [
        (WrongItemSent, WrongItemSentWords()),
        (MissingParts, MissingPartsWords()),
        (NotWorking, NotWorkingWords()),
        (Damaged, DamagedWords()),
        (NotAsDescribed, NotAsDescribedWords()),
        (StainSmellPilling, StainWords()),
    ];

    private static readonly (string Id, Regex Pattern)[] Others =
    [
        (BoughtElsewhere, BoughtElsewhereWords()),
        (PaidByMistake, PaidByMistakeWords()),
        (WrongItemOrdered, WrongItemOrderedWords()),
        (SlowShipping, SlowWords()),
        (Price, PriceWords()),
    ];

    [GeneratedRegex("(没有|没|无|并没|不存在|不是)$")]
    private static partial Regex NegatedBefore();

    [GeneratedRegex("买的是.{1,8}(?:发|寄)的|发错|寄错|错发|发成了|发的不是|寄的不是|不是我买的|不是我拍的|不是我要的|颜色不对|尺码不对|尺寸不对|型号不对|款式不对|规格不对|货不对")]
    private static partial Regex WrongItemSentWords();

    [GeneratedRegex("少了(?![0-9一二三四五六七八九十两百]+(?:块|元))|少件|少发|漏发|缺了(?!一?(?:块|角|个口|个角|口))|缺少|少一|少个|只有一(?!个?[档挡级])|只收到一|配件没|没有配件|数量不对|不够数")]
    private static partial Regex MissingPartsWords();

    [GeneratedRegex("不亮|不能用|用不了|开不了机|开不机|不开机|没反应|连不上|无法连接|连接不上|充不进电|不充电|不工作|不转|失灵|故障|打不开|不通电|不保温|不加热|不出水|漏水|漏电")]
    private static partial Regex NotWorkingWords();

    [GeneratedRegex("缺了一?(?:块|角|个口|个角|口)|缺角|缺口|掉了一?块|崩了|磕了|破损|破了|碎了|摔坏|压坏|坏了|坏的|裂了|裂开|裂缝|断了|变形|压扁|划痕|刮花|凹陷|磕坏|瘪了|烂了")]
    private static partial Regex DamagedWords();

    [GeneratedRegex("描述不符|描述不一样|和描述不|跟描述不|和图片不|跟图片不|和图不|跟图不|色差|实物不符|和宣传不|材质不对|不是纯棉|不是真丝|假货|不是正品|货不对板|以次充好|缩水")]
    private static partial Regex NotAsDescribedWords();

    [GeneratedRegex("污渍|污点|(?<!耐|显|容易|易)脏|有味|异味|味道大|味道很大|味道重|臭|起球|掉毛|掉色|褪色|发霉|霉点|线头|开线|染色|串色")]
    private static partial Regex StainWords();

    // "在别家买到了", "已经在京东买了", "朋友送了一个": the need is met elsewhere.
    [GeneratedRegex("(?:别家|别的店|别处|其他店|其他家|别的地方|其他地方|实体店|线下|超市|京东|拼多多|朋友那)(?:已经)?买(?:到|了)|已经买(?:到|了)|买到了|送了(?:我)?一(?:个|件|套|双)")]
    private static partial Regex BoughtElsewhereWords();

    // "手滑付错单了", "不小心付款了": paid by mistake; "买重了" and a wrong size or colour chosen are WrongItemOrdered.
    [GeneratedRegex("付错|付重|误付|误拍|误下单|(?:手滑|不小心)(?:付|拍|下单)|重复付")]
    private static partial Regex PaidByMistakeWords();

    [GeneratedRegex("拍错|拍重|买重|拍了两|买错|选错|下错|重复|多拍|地址错|尺码|颜色|规格|尺寸|型号")]
    private static partial Regex WrongItemOrderedWords();

    [GeneratedRegex("太慢|慢死|好慢|发货慢|等不及|等不起|没动静|没有动静|没消息|超时|(?:天|小时)了?(?:还|都|也)(?:没|不)(?:发|动)|说好.{0,8}(?:小时|天).{0,4}发|太久|等太|迟迟|还不发|一直不发|一直没发|一直没有发|不想等|不等了|等不了|拖了|拖这么久|还没发(?!货?的(?:话|那|这|订单|单|一)|货?(?:吧|吗|呢|是吧|对吧|能|可以|可不可以|的吧)|货?[,，]?(?:能|可以|可不可以))|急用|来不及")]
    private static partial Regex SlowWords();

    // "在别家买重了" is a second one bought elsewhere, no price reason.
    [GeneratedRegex("便宜|降价|贵|差价|别家(?!买)|价格|价保|优惠")]
    private static partial Regex PriceWords();

    [GeneratedRegex("不想要|不需要(?!发票|开票)|不要了|用不上|不喜欢|不买了|家里有|买多|冲动|不合适")]
    private static partial Regex ChangedMindWords();
}
