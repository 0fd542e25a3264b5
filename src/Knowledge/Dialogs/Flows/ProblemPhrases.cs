using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A problem with the goods in the shop's own short words, for the record a colleague reads: the part of the item
/// and the fault as a fixed term ("领口黄渍", "内侧锈点", "缺密封圈", "闪烁"), never the buyer's sentence. Null when the
/// text names no fault this list knows, so the caller keeps its own summary.
/// </summary>
public static partial class ProblemPhrases
{
    // The fault words and the term the record uses for each, tried in this order: the first that fits a clause wins.
    private static readonly (Regex Words, string Term)[] Faults =
    [
        (new Regex("(?:泡沫|气泡膜|填充|防震|缓冲|包装)[^,，。]{0,3}(?:太少|不够|很少|没有|没放|少了|太薄)", RegexOptions.CultureInvariant), "包装防护不足"),
        (WrongColour(), "发错颜色"),
        (WrongSize(), "发错尺码"),
        (WrongGoods(), "发错商品"),
        (new Regex("黄渍|发黄", RegexOptions.CultureInvariant), "黄渍"),
        (new Regex("墨迹|墨水|墨点|墨渍", RegexOptions.CultureInvariant), "墨迹"),
        (new Regex("油渍|油污|油点", RegexOptions.CultureInvariant), "油渍"),
        (new Regex("霉点|发霉|长霉", RegexOptions.CultureInvariant), "霉点"),
        (new Regex("锈", RegexOptions.CultureInvariant), "锈点"),
        (new Regex("污渍|污点|(?<!耐|显|容易|易)脏|渍|印子|印迹|黑印", RegexOptions.CultureInvariant), "污渍"),
        (new Regex("串色|掉色|褪色|染色", RegexOptions.CultureInvariant), "掉色"),
        (new Regex("色差", RegexOptions.CultureInvariant), "色差"),
        (new Regex("起球|起毛球|毛球", RegexOptions.CultureInvariant), "起球"),
        (new Regex("掉毛|掉絮|跑毛|钻毛|跑棉|掉.{0,4}毛|毛.{0,2}掉", RegexOptions.CultureInvariant), "掉毛"),
        (new Regex("开线|脱线|线开了?|线崩|开缝|缝.{0,2}开了|走线", RegexOptions.CultureInvariant), "开线"),
        (new Regex("线头", RegexOptions.CultureInvariant), "线头多"),
        (new Regex("缩水|缩了|缩小|缩得|缩成|洗.{0,4}缩", RegexOptions.CultureInvariant), "缩水"),
        (new Regex("勾丝|抽丝", RegexOptions.CultureInvariant), "抽丝"),
        (new Regex("起皮|脱皮|掉皮", RegexOptions.CultureInvariant), "起皮"),
        (new Regex("开胶|脱胶", RegexOptions.CultureInvariant), "开胶"),
        (new Regex("掉漆|脱漆|漆.{0,2}掉|掉了?(块|些|点)?漆", RegexOptions.CultureInvariant), "掉漆"),
        (new Regex("划痕|刮花|划花|划伤", RegexOptions.CultureInvariant), "划痕"),
        (new Regex("漏水|渗水|滴水|往外漏|会漏|在漏|一直漏|漏了", RegexOptions.CultureInvariant), "漏水"),
        (new Regex("漏液|漏油|漏气", RegexOptions.CultureInvariant), "渗漏"),
        (new Regex("碎", RegexOptions.CultureInvariant), "碎裂"),
        (new Regex("裂", RegexOptions.CultureInvariant), "裂纹"),
        (new Regex("缺口|缺角|缺了(?:一?个|一?块|点)?(?:口|角)|崩了|崩(?:一?个|一?块)(?:口|角)|掉瓷|磕", RegexOptions.CultureInvariant), "缺口"),
        (new Regex("洞", RegexOptions.CultureInvariant), "破洞"),
        (new Regex("凹|瘪|压扁|压坏|变形|鼓包", RegexOptions.CultureInvariant), "变形"),
        (new Regex("断了|断掉|折断", RegexOptions.CultureInvariant), "断裂"),
        (new Regex("弹不(?:起来|回来|上来|回去)|不回弹|按下去.{0,3}(?:起不来|上不来|回不来)", RegexOptions.CultureInvariant), "按下去弹不回来"),
        (new Regex("拧不紧|盖不紧|关不紧|合不上", RegexOptions.CultureInvariant), "盖不严"),
        (new Regex("松动|松了|摇晃|晃动", RegexOptions.CultureInvariant), "松动"),
        (new Regex("异味|怪味|臭|刺鼻|难闻|味道", RegexOptions.CultureInvariant), "异味"),
        (new Regex("过期|变质|不新鲜|馊", RegexOptions.CultureInvariant), "变质"),
        (new Regex("异物|杂质|虫", RegexOptions.CultureInvariant), "有异物"),
        (DimmerFault(), "调光失灵"),
        (new Regex("时亮时不亮|一会儿?亮一会儿?不亮", RegexOptions.CultureInvariant), "时亮时不亮"),
        (new Regex("不亮|灯不亮", RegexOptions.CultureInvariant), "不亮"),
        (new Regex("闪|忽明忽暗", RegexOptions.CultureInvariant), "闪烁"),
        (new Regex("不开机|开不了机|开不机|不通电", RegexOptions.CultureInvariant), "无法开机"),
        (new Regex("连不上|连接不上|无法连接|配对不上", RegexOptions.CultureInvariant), "无法连接"),
        (new Regex("充不进|充不上电|不充电|充电很慢|充电太慢", RegexOptions.CultureInvariant), "充电故障"),
        (new Regex("没声音|不响|杂音|异响|噪音|电流声", RegexOptions.CultureInvariant), "声音异常"),
        (new Regex("不保温|不保冷", RegexOptions.CultureInvariant), "不保温"),
        (new Regex("不加热|不制热", RegexOptions.CultureInvariant), "不加热"),
        (new Regex("不转", RegexOptions.CultureInvariant), "不转"),
        (new Regex("死机|黑屏|花屏", RegexOptions.CultureInvariant), "屏幕故障"),
        (new Regex("发烫|过热", RegexOptions.CultureInvariant), "发烫"),
        (new Regex("没反应", RegexOptions.CultureInvariant), "没反应"),
        (new Regex("失灵|不灵|不好使|用不了|不能用|不工作", RegexOptions.CultureInvariant), "无法使用"),
        (new Regex("坏", RegexOptions.CultureInvariant), "损坏"),
        (new Regex("破|烂", RegexOptions.CultureInvariant), "破损"),
    ];

    /// <summary>
    /// The problem in fixed terms, a clause at a time, at most <see cref="MaxFaults"/> ("领口黄渍、袖口开线"), with how many
    /// pieces have it when the buyer says ("（两个都有）"), or null when no clause names a
    /// fault this list knows. A missing part is "缺" and the part ("缺密封圈").
    /// </summary>
    public static string? Of(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var phrases = new List<string>();
        var affirmed = DeniedFaults.Without(normalizedText);
        var compact = CompactText.Of(affirmed);
        if (ShortCount(compact) is { } shortage)
        {
            phrases.Add(shortage);
        }

        // "我拍的XL 收到的标签是L的": what was bought and what came are told in clauses of their own.
        if (BoughtThenCame().IsMatch(compact) || ColourSwap.Of(compact) is not null || ColourSwap.Mixed(compact) is not null || SizeSwap.Of(compact) is not null || SizeSwap.Single(compact) is not null)
        {
            phrases.Add(WrongKind(normalizedText));
        }

        foreach (var clause in Clauses().Split(affirmed))
        {
            if (PhraseOf(clause) is { } phrase && !phrases.Contains(phrase))
            {
                // "一个是黑色的 我买的是奶白色 发错了": what was sent wrong is read from the whole message.
                phrases.Add(phrase != "发错商品" ? phrase : WrongKind(normalizedText));
            }
        }

        // A bare "破损" beside a named fault ("碗碎裂") says nothing more, nor "发错颜色" beside the colours it names.
        if (phrases.Count > 1)
        {
            var coloursNamed = phrases.Any(q => q.StartsWith("发错颜色（", StringComparison.Ordinal));
            var sizesNamed = phrases.Any(q => q.StartsWith("发错尺码（", StringComparison.Ordinal));
            phrases.RemoveAll(p => p is "破损" or "损坏" or "无法使用" || (coloursNamed && p == "发错颜色") || (sizesNamed && p is "发错尺码" or "少发"));
        }

        // "起球 掉毛 被套还缩了一大截": every fault the buyer names goes on the record, the colleague acts on no other.
        return phrases.Count == 0 ? null : string.Join('、', phrases.Distinct(StringComparer.Ordinal).Take(MaxFaults)) + EveryPieceNote(compact, phrases);
    }

    /// <summary>The item as the record names it: the product word of the order's title ("保温杯", "T恤"), null when none is known.</summary>
    public static string? ItemOf(string title, IEnumerable<string> productWords)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(productWords);
        var folded = title.ToLowerInvariant();
        // "纯棉圆领短袖T恤": the head noun ends the name, so the word that ends last is the item, not "短袖" before it.
        var head = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? folded;
        var word = productWords.Where(w => w.Length >= 2 && head.Contains(w, StringComparison.Ordinal))
            .OrderByDescending(w => head.LastIndexOf(w, StringComparison.Ordinal) + w.Length).ThenByDescending(w => w.Length).FirstOrDefault();
        return word?.ToUpperInvariant();
    }

    /// <summary>
    /// The record with the item named ("质量问题：T恤领口黄渍"): the product word of the order's title goes before the
    /// fault unless the words after the category already name one.
    /// </summary>
    public static string WithItem(string description, string title, IReadOnlyList<string> productWords)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(productWords);
        var colon = description.IndexOf('：', StringComparison.Ordinal);
        if (colon < 0 || ItemOf(title, productWords) is not { } item)
        {
            return description;
        }

        var phrase = description[(colon + 1)..];
        var folded = phrase.ToLowerInvariant();
        return NamesItem(phrase) || folded.Contains(item.ToLowerInvariant(), StringComparison.Ordinal) || productWords.Any(w => folded.StartsWith(w, StringComparison.Ordinal))
            ? description
            : $"{description[..(colon + 1)]}{item}{phrase}";
    }

    private static string? PhraseOf(string clause)
    {
        if (clause.Length == 0)
        {
            return null;
        }

        var missing = MissingPart().Match(clause);
        if (missing.Success)
        {
            return "缺" + missing.Groups["part"].Value;
        }

        // A lamp's settings: the one that fails, the ones missing, the one left.
        if (SettingPhrase(clause) is { } setting)
        {
            return setting;
        }

        foreach (var (words, term) in Faults)
        {
            var found = words.Match(clause);
            if (found.Success)
            {
                var part = Part().Matches(clause[..found.Index]).LastOrDefault();
                return Counted(clause, found, term) ?? (part is null ? term : PartName(part.Value) + term);
            }
        }

        return null;
    }

    /// <summary>
    /// What was sent wrong, read from the whole message: a colour (with the one ordered and the one that came, when
    /// both are told), a size, or the goods.
    /// </summary>
    private static string WrongKind(string text) =>
        ColourSwap.Of(text) is var (wanted, came) ? $"发错颜色（要{wanted}，收到{came}）"
        : ColourSwap.Mixed(text) is { } pair ? "发错颜色" + ColourSwap.MixedNote(pair)
        : SizeSwap.Of(text) is var (wantedSize, cameSize) ? $"发错尺码（要{wantedSize}，收到{cameSize}）"
        : SizeSwap.Single(text) is var (ordered, sent) ? $"发错尺码（订的{ordered}，发成了{sent}）"
        : text.Contains('色', StringComparison.Ordinal) ? "发错颜色" : SizeWord().IsMatch(text) ? "发错尺码" : "发错商品";

    /// <summary>
    /// "T恤买了三件到了只有两件": how many pieces short ("少发1件"), or "少发" when the count ordered is not said; null
    /// when no count of pieces received is named.
    /// </summary>
    private static string? ShortCount(string compact)
    {
        var got = Received().Match(compact);
        if (!got.Success)
        {
            return FewerCounted(compact) is { } counted ? $"少发{counted}件" : null;
        }

        var ordered = Ordered().Match(compact[..got.Index]);
        var unit = got.Groups["unit"].Success ? got.Groups["unit"].Value : "件";
        // "四件套打开只有一个枕套": the piece short is named, so the colleague knows what to send.
        var piece = got.Groups["part"] is { Success: true } part ? (part.Value == "枕头套" ? "枕套" : part.Value) : string.Empty;
        return ordered.Success && Count(ordered.Groups["n"].Value) - Count(got.Groups["n"].Value) is > 0 and var fewer ? $"少发{fewer}{unit}{piece}"
            : piece.Length > 0 ? $"缺{piece}" : "少发";
    }

    private static int Count(string digit) => "0一二三四五六七八九".IndexOf(digit[0] == '两' ? '二' : digit[0], StringComparison.Ordinal) is >= 0 and var n ? n : digit[0] - '0';

    [GeneratedRegex("(?:买|拍|订|下单|下)了?(?<n>[一二两三四五六七八九2-9])(?:件|个|只|双|条|套|盒|包)")]
    private static partial Regex Ordered();

    [GeneratedRegex("(?:只有|只收到|只到了?|就到了?|就来了|才到了?|才收到|里面?就|(?:拆开|打开)(?:后|了)?(?:就|只)(?:有)?)(?<n>[一二两三四五六七八1-8])(?<unit>件|个|只|双|条|套|盒|包)(?![档挡级])(?<part>" + BeddingParts + ")?")]
    private static partial Regex Received();

    private static string PartName(string part) => part switch
    {
        "里面" or "里边" or "内壁" => "内侧",
        "衣领" or "领子" => "领口",
        "后跟" or "袜跟" => "脚后跟",
        "盖子" => "杯盖",
        _ => part,
    };

    /// <summary>
    /// Goods a workshop can mend (lamps and other appliances, electronics, furniture, bags): a repair is offered only
    /// for these, never for socks, clothes, bedding, tableware or food.
    /// </summary>
    public static bool Repairable(string title)
    {
        var lowered = (title ?? string.Empty).ToLowerInvariant();
        return Appliance().IsMatch(lowered) || Furnishing().IsMatch(lowered);
    }

    /// <summary>Lamps, electronics and other appliances: goods that can stop working.</summary>
    [GeneratedRegex("灯|电|机|器|耳机|音箱|风扇|键盘|鼠标|手表|钟")]
    private static partial Regex Appliance();

    /// <summary>Furniture, bags and cookware: goods a workshop mends that do not run.</summary>
    [GeneratedRegex("椅|桌|柜|架|沙发|床架|包|箱|锅|壶")]
    private static partial Regex Furnishing();

    /// <summary>True when a phrase begins with a piece that is an item of its own ("盘子裂纹", "枕套破洞"), so no item goes before it.</summary>
    public static bool NamesItem(string phrase) => ItemPiece().IsMatch(phrase ?? string.Empty);

    /// <summary>"密封圈没有", "少了一个盖子": a part of the goods is missing.</summary>
    public static bool NamesMissingPart(string normalizedText) => MissingPart().IsMatch(CompactText.Of(normalizedText ?? string.Empty));

    [GeneratedRegex("^(?:盘子|碗|被套|枕套|床单|袜子|筷子)")]
    private static partial Regex ItemPiece();

    [GeneratedRegex("码|尺寸|[0-9]{2,3}cm|(?<![a-z])(?:x{0,3}l|xs|s|m)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex SizeWord();

    [GeneratedRegex("[,，.。;；!！?？~\\n ]+")]
    private static partial Regex Clauses();

    [GeneratedRegex("领口|衣领|领子|袖口|袖子|下摆|腋下|裤腿|正面|背面|反面|侧面|底部|底座|杯盖|盖子|杯口|杯身|杯底|内壁|里面|里边|内胆|把手|提手|手柄|肩带|拉链|扣子|纽扣|脚后跟|后跟|袜跟|袜头|脚尖|屏幕|开关|插头|电源线|灯罩|灯头|边角|边缘|外包装|包装袋|袋子|包装|纸箱|快递盒|箱子|盒子|表面|被套|枕套|床单|瓶口|密封圈|接口|按键|盘子|碗")]
    private static partial Regex Part();

    // "少了一个盖子", "缺了个枕套", "密封圈没有", "没有说明书": the part missing.
    [GeneratedRegex("(?:少了?|缺了?|缺少|漏发了?|没(?:有|给|放|发)?)(?:一个|一只|一条|一件|个|只|条|件)?(?<part>密封圈|盖子|杯盖|枕套|被套|床单|说明书|螺丝|电池|充电线|数据线|吸管|勺子|遥控器|配件|赠品|挂钩|底座|灯泡|插头|电源线|电线|适配器|充电器|充电头|连接线|肩带|吊牌|盘子|碗|筷子|袜子)|(?<part>密封圈|盖子|杯盖|说明书|螺丝|电池|充电线|数据线|吸管|勺子|遥控器|配件|赠品|挂钩|底座|灯泡|电源线|电线|适配器|充电器|充电头|连接线|肩带)(?:呢)?(?:没有|没给|没放|没发|没看到|找不到|不见了)")]
    private static partial Regex MissingPart();

    /// <summary>"调光不好使", "亮度调不了", "档位失灵", "一直就一个亮度": the dimmer, whatever else still works.</summary>
    [GeneratedRegex("(?:调光|亮度|档位|挡位|调档|换档|换挡)[^，,。 ]{0,3}(?:不好使|失灵|不灵|调不了|坏了|没用|不管用|不行|没反应)|调不了(?:亮度|光|档|挡)|(?:亮度|光)调不了|调不(?:亮|暗)|(?:一直|始终|总是|还是|就|只有|只能)(?:是|就|只有)?(?:一|1)(?:个|种)?(?:亮度|档|挡)")]
    private static partial Regex DimmerFault();

    [GeneratedRegex("颜色(?:不对|错)|发(?:错|成)了?(?:颜色|色)|(?:买|拍|要)的是?.{0,6}色.{0,8}(?:发来|寄来|收到|到手)的是")]
    private static partial Regex WrongColour();

    [GeneratedRegex("(?:尺码|尺寸|码数|码)(?:不对|错)|发错(?:了)?(?:尺码|码)")]
    private static partial Regex WrongSize();

    [GeneratedRegex("(?:买|拍|要|订)的是?.{1,10}(?:发来|寄来|收到|到手)的.{0,4}是")]
    private static partial Regex BoughtThenCame();

    [GeneratedRegex("发错|寄错|错发|发成|寄成|不是我(?:买|拍|要)的|货不对板|型号不对|款式不对")]
    private static partial Regex WrongGoods();
}
