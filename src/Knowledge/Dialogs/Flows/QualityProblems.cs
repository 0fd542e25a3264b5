using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Reads the <see cref="QualityProblem"/> from normalised text, and how the case describes it to the agent.</summary>
public static partial class QualityProblems
{
    /// <summary>
    /// "T恤买了三件 只收到两件", "包裹里就两件": fewer pieces in the parcel than were ordered, a shortage the shop sent, not a
    /// parcel still on the way ("只收到一个包裹" counts parcels, which tracking answers).
    /// </summary>
    public static bool ShortShipped(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText ?? string.Empty);
        return (Missing().IsMatch(compact) || ProblemPhrases.FewerCounted(compact) is not null) && !CountsParcels().IsMatch(compact);
    }

    // "两个包裹" counts parcels; "买了三件 包裹里只有两件", "只收到两件 包装袋是好的" count pieces inside one.
    [GeneratedRegex("[一二两三四1-4](个|件)?(包裹|快递|箱|包(?![裹装]))(?![里裡内])|另一个包裹|另外一个包裹")]
    private static partial Regex CountsParcels();

    /// <summary>Problems read, per text: a turn asks for the problem of the same line from several checks.</summary>
    private static readonly TextMemory<QualityProblem?> Read = new();

    /// <summary>The problem named, or null when the text names none.</summary>
    public static QualityProblem? Of(string normalizedText) => Read.GetOrAdd(normalizedText, Named);

    private static QualityProblem? Named(string normalizedText)
    {
        // "袋子没破 但是衣服上有个洞": a fault ruled out names no problem.
        var compact = CompactText.Of(DeniedFaults.Without(normalizedText));
        return compact switch
        {
            // "灯杆跟底座怎么接 拧不上": how to put it together, no fault.
            _ when AssemblyQuestion.Asks(compact) => null,
            // "两件XL只来了一件L": a size sent wrong, even with a piece short, is the wrong-item case a colleague sorts out.
            _ when SizeSwap.Of(compact) is not null || SizeSwap.Single(compact) is not null => QualityProblem.WrongItem,
            _ when Missing().IsMatch(compact) || ProblemPhrases.NamesMissingPart(compact) || ProblemPhrases.FewerCounted(compact) is not null => QualityProblem.Missing,
            _ when WrongItem().IsMatch(compact) || ColourSwap.Of(compact) is not null || ColourSwap.Mixed(compact) is not null || SizeSwap.Of(compact) is not null => QualityProblem.WrongItem,
            _ when Leak().IsMatch(compact) => QualityProblem.Leaking,
            _ when NotWorking().IsMatch(compact) || StaysAtOneLevel(compact) => QualityProblem.NotWorking,
            // "洗了一次缩了一大圈 领子也变形了": clothes out of shape after washing are a flaw of the goods, not breakage.
            _ when Shrunk().IsMatch(compact) => QualityProblem.Defect,
            _ when Damaged().IsMatch(compact) => QualityProblem.Damaged,
            _ when Defect().IsMatch(compact) => QualityProblem.Defect,
            _ => null,
        };
    }

    /// <summary>
    /// "长按短按都试了 一直就一个亮度": goods that should change level staying at one, told as what happens; "怎么调亮度
    /// 只有一个档" asks how to change it, which the manual answers.
    /// </summary>
    public static bool StaysAtOneLevel(string compactText) => OneLevel().IsMatch(compactText) && !AnswerFlows.AsksHowToUse(compactText);

    /// <summary>"按了半天只有一個亮度" beside how to dim it: one level is seen, asked about or not.</summary>
    public static bool SeesOneLevel(string compactText) => OneLevel().IsMatch(compactText);

    [GeneratedRegex("(?:一直|始终|总是|还是|就|只有|只能|只)(?:是|就|只有|只能)?(?:这)?(?:一|1)(?:个|种)?(?:亮度|档|挡|光|模式)(?![吗么嘛?？])")]
    private static partial Regex OneLevel();

    /// <summary>The problem a reason category of <see cref="ReasonCategories"/> names, or null for reasons that are no defect.</summary>
    public static QualityProblem? OfReason(string? category) => category switch
    {
        ReasonCategories.Damaged => QualityProblem.Damaged,
        ReasonCategories.MissingParts => QualityProblem.Missing,
        ReasonCategories.WrongItemSent => QualityProblem.WrongItem,
        ReasonCategories.NotWorking => QualityProblem.NotWorking,
        ReasonCategories.NotAsDescribed or ReasonCategories.StainSmellPilling => QualityProblem.Defect,
        _ => null,
    };

    /// <summary>True when the text names a problem with the goods, even vaguely ("东西有问题").</summary>
    /// <remarks>"没有质量问题 就是不想要了", "颜色不喜欢 想换个白色": the buyer rules a defect out, unless a broken, missing or dead item is named.</remarks>
    public static bool NamesAProblem(string normalizedText) => NamingProblem.GetOrAdd(normalizedText, ReadNamesAProblem);

    /// <summary>Whether a problem is named, per text: some forty checks ask it, several of them in one turn.</summary>
    private static readonly TextMemory<bool> NamingProblem = new();

    private static bool ReadNamesAProblem(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return !RulesOutDefect(normalizedText) && (Of(normalizedText) is not null || Vague().IsMatch(compact));
    }

    /// <summary>True when the buyer says it is no defect ("不喜欢", "没有质量问题", "拍多了") and names nothing broken, missing, dead or sent wrong.</summary>
    public static bool RulesOutDefect(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return ((NoDefect().IsMatch(compact) || NoReasonReturnFlow.WantsFewer(compact)) && Of(normalizedText) is not (QualityProblem.Damaged or QualityProblem.Missing or QualityProblem.NotWorking or QualityProblem.Leaking) && !SentWrong().IsMatch(compact))
            || LooksOnlyOtherColour(compact);
    }

    /// <summary>"跟图片颜色差好多 米色看着发黄": the colour's look against the pictures and no fault beside it.</summary>
    private static bool LooksOnlyOtherColour(string compact)
    {
        if (!ColourLook.Says(compact) || SentWrong().IsMatch(compact) || ColourSwap.Of(compact) is not null)
        {
            return false;
        }

        var rest = ColourLook.Without(compact);
        return Of(rest) is null && !Vague().IsMatch(CompactText.Of(rest));
    }

    [GeneratedRegex("(?<!难道)(没有|没|不是|并非|无)(什么)?质量(上的)?(问题|毛病)(?![吗嘛么麼]|(还|又|还能|那)?是什[么麼])|买重|拍重|重复(买|拍|下单|下了)|(?<![发寄])重复了|(家里人|家人|老公|老婆|我妈|我爸|朋友|同事|室友)(也|已经|早就)?(买|拍|下单)了(一个|个|一只|只|件|一件|同款|一样的)?|(买|拍)(了)?(两|2)(次|遍)|家里(已经|本来)?(有|还有)(一个|个|一只|只|件)?(一样|同样|同款|一模一样)|质量(没|没有)(问题|毛病)|(东西|商品)(没|没有)(问题|毛病)|(?<!不是|并非|又不是|喜)不喜欢|不想要|无理由|买错|拍错|选错|改主意|脑子一热|一时冲动|冲动(消费|下单|买|拍)|太灰|太暗|太艳|太亮|耐脏|显脏|容易脏|不好看|显老|显黑|显胖|(?<![a-z])(x{0,3}l|xs|s|m)(码|号)?(偏|太|有点)?(大|小)了|换(大|小)一?(码|号)|(?<!不是|并非|又不是)不太喜欢|not ?my ?(style|taste|type|thing)|(我家|家里|我的|家的|我们家)(的)?床(是|只有|才|就)?[0-9]|铺不(了|下|上|开)|不是我的(风格|菜)|不合(我的?)?心意|风格不(对|合适|适合)|不好看|(颜色|款式|尺码|尺寸|大小).{0,3}不合适|不合身|穿不下|穿不进|穿着(太|有点)?(小|大|紧|肥)|(尺码|码数|码)(偏|太|有点)?(小|大)|(偏|太|有点)(小|大|紧|肥)了?(一码|一号|点)?$|小了一码|大了一码|比(?:想象|预想|图片|照片|图|描述)(?:中|上)?(?:的|看着|看起来|看到的)?(?:还|要)?(?:小|大)|没(?:想象|预想)(?:中|的)?(?:那么)?(?:大|小)|(?:放|塞)不(?:进|下)|装不下|fang ?bu ?xia|zhuang ?bu ?xia")]
    private static partial Regex NoDefect();

    [GeneratedRegex("发错|错发|寄错|发成了|不是我(买|拍|要)的|和我(买|拍)的不一样")]
    private static partial Regex SentWrong();

    /// <summary>"还是说这个本来就是坏的", "是不是坏了啊": whether the goods are broken is asked, not said.</summary>
    public static bool OnlyWonders(string normalizedText) => Wondered().IsMatch(CompactText.Of(normalizedText));

    [GeneratedRegex("(还是说|是不是|会不会|难道|还是)[^,，。.!！]{0,8}(坏|有问题|质量问题|毛病)")]
    private static partial Regex Wondered();

    /// <summary>"这不是质量问题吗 你们管不管", "质量有问题": a quality problem claimed, asked about by no one and denied by no one.</summary>
    public static bool Claimed(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return compact.Contains("质量", StringComparison.Ordinal) && Vague().IsMatch(compact) && !Denied(normalizedText) && !RulesOutDefect(normalizedText) && !OnlyWonders(normalizedText);
    }

    /// <summary>"不是质量问题", "质量没问题", "東西沒壞": the buyer says the goods have no defect.</summary>
    public static bool Denied(string normalizedText) =>
        DefectDenied().IsMatch(CompactText.Of(normalizedText));

    public static string Label(QualityProblem problem) => problem switch
    {
        QualityProblem.Damaged => "破损",
        QualityProblem.Missing => "少发或缺件",
        QualityProblem.WrongItem => "发错商品、颜色或尺码",
        QualityProblem.NotWorking => "无法正常使用",
        QualityProblem.Leaking => "漏水",
        _ => "质量问题",
    };

    /// <summary>The problems in the order the question lists them, so a reply "1 被套破了个洞" picks the first.</summary>
    public static IReadOnlyList<QualityProblem> Listed { get; } =
        [QualityProblem.Damaged, QualityProblem.Missing, QualityProblem.WrongItem, QualityProblem.NotWorking, QualityProblem.Defect];

    /// <summary>The problem a reply to the list picks by its number ("2", "1 碗碎了一个", "3、颜色不对"), or null.</summary>
    public static QualityProblem? Chosen(string normalizedText)
    {
        var m = Choice().Match(normalizedText);
        return m.Success ? Listed[m.Groups["n"].Value[0] - '1'] : null;
    }

    /// <summary>
    /// What the record says about the problem: the clauses that name it, without the list number, the category
    /// words the buyer copied from the list, greetings, photo talk, digits (phones, order numbers) and e-mail
    /// addresses, at most 30 characters. Empty when nothing but the category is left.
    /// </summary>
    public static string Summary(string normalizedText)
    {
        var summary = string.Join('，', SummaryClauses(normalizedText));
        return summary.Length > 30 ? summary[..30] : summary;
    }

    /// <summary>
    /// The record's description: the category, then the summary when there is one ("破损：碗碎了一个"); problems of
    /// different kinds each under their own category ("破损：袋子破了；质量问题：有一块污渍").
    /// </summary>
    public static string Describe(QualityProblem problem, string normalizedText)
    {
        // A clause of the problem named comes first; broken and dead are one fault ("开关坏了 按了没反应").
        var clauses = SummaryClauses(normalizedText).OrderBy(c => KindOf(c, problem) == problem ? 0 : 1).ToList();
        var kinds = clauses.Select(c => KindOf(c, problem)).ToList();
        if (clauses.Count > 1 && kinds.Distinct().Count() > 1)
        {
            // "少发或缺件：缺密封圈；漏水", never "漏水：漏水".
            var described = string.Join('；', clauses.Select((c, i) => (ProblemPhrases.Of(c) ?? c) is var said && said == Label(kinds[i]) ? said : $"{Label(kinds[i])}：{said}"));
            return described.Length > 60 ? described[..60] : described;
        }

        // The fault in the shop's own terms ("领口黄渍"); the buyer's clause only when no term fits.
        // The list's own words copied back ("破损:1 碗碎了一个") are no fault of their own.
        var said = Unsaid().Replace(Choice().Replace(normalizedText, string.Empty), " ");
        return (ProblemPhrases.Of(said) ?? Summary(normalizedText)) is { Length: > 0 } summary ? $"{Label(problem)}：{summary}" : Label(problem);
    }

    private static QualityProblem KindOf(string clause, QualityProblem problem) =>
        Of(clause) is { } kind && !(kind is QualityProblem.Damaged or QualityProblem.NotWorking && problem is QualityProblem.Damaged or QualityProblem.NotWorking) ? kind : problem;

    private static List<string> SummaryClauses(string normalizedText)
    {
        var text = Choice().Replace(normalizedText, string.Empty);
        text = DeniedFaults.Without(Unsaid().Replace(text, " "));
        var clauses = Separators().Split(text).Select(c => Filler().Replace(c, string.Empty).Trim()).Where(c => c.Length >= 2 && !ListWord().IsMatch(c)).ToList();
        var named = clauses.Where(c => Of(c) is not null || Vague().IsMatch(c)).ToList();
        var kept = named.Count > 0 ? named : clauses.Where(c => !AsideTalk().IsMatch(c)).Take(1).ToList();
        return [.. kept.Distinct(StringComparer.Ordinal).Take(2)];
    }

    /// <summary>A problem no photo can show: a smell, a noise, a taste, or a fault that comes and goes.</summary>
    public static bool NotSeenInPhoto(string text) => Unseen().IsMatch(CompactText.Of(text));

    [GeneratedRegex("异味|怪味|臭味|味道(很|太|好|有点|特别)?(大|重|冲|刺鼻|难闻|怪|不对)|有(股|一股|点)?(味|味儿|味道)|刺鼻|难闻|发臭|馊|(很|太|好)?(苦|酸|咸|涩)(了|的)?(吃不了|没法吃|不能吃)|口感|吃起来|喝起来|尝起来|(有|发出|一直)?(异响|杂音|噪音|噪声|响声)|(吱吱|嗡嗡|咔咔|滋滋)(响|的|声)|声音(很|太|好)?(大|吵|响)|(时好时坏|时亮时不亮|时灵时不灵|一会儿?(好|亮|能用)一会儿?(不|坏|灭)|偶尔|间歇|有时候?(不|没)|时不时|(用着用着|用一会儿?)就?(不|没|灭|断|停))")]
    private static partial Regex Unseen();

    /// <summary>The buyer wants it repaired and not refunded or returned: 修一下, 维修, 寄回来修.</summary>
    public static bool WantsRepair(string normalizedText) => Repair().IsMatch(CompactText.Of(normalizedText));

    /// <summary>The buyer only lets the shop know and asks for nothing yet: 先跟你们说一声, 暂时不用处理, 不用退也不用换.</summary>
    public static bool OnlyReports(string normalizedText) => ReportOnly().IsMatch(CompactText.Of(normalizedText));

    /// <summary>True when the buyer already has the parcel open, so refusing delivery is no longer a choice.</summary>
    public static bool AlreadyOpened(string normalizedText) => Opened().IsMatch(CompactText.Of(normalizedText));

    [GeneratedRegex("^\\s*(?<n>[1-5])(?:\\s*[.、,:：)）-]\\s*|\\s+|$)")]
    private static partial Regex Choice();

    // The list's own words copied back, digits of six or more (phones, order numbers) and e-mail addresses.
    [GeneratedRegex("(?:破损|少发或缺件|发错商品、颜色或尺码|无法正常使用|其他质量问题|质量问题)[:：]|[0-9]{6,}|[^\\s@]+@[^\\s@]+")]
    private static partial Regex Unsaid();

    [GeneratedRegex("^(?:破损|少发或缺件|少发|缺件|发错商品、?颜色或尺码|发错商品颜色尺码|发错|无法正常使用|用不了|其他质量问题|其他|质量问题)[:：]?$")]
    private static partial Regex ListWord();

    [GeneratedRegex("[,.;!?。！？；:：~\\n ]+")]
    private static partial Regex Separators();

    [GeneratedRegex("^(?:亲|你好|您好|老板|客服|在吗|那个|就是|然后|但是|可是|结果|还有|而且|另外|并且|同时|也|我的|我家|我|刚|收到的|收到后|收到|打开后|打开一看|拆开一看|一看|打开|拆开后|拆开|发现|你们的|你们)+|[啊呀吧呢哦嘛啦哈]+$")]
    private static partial Regex Filler();

    /// <summary>
    /// Photos, timing, which order ("上个月30号买的白色那个"), the remedy asked ("能不能直接给我换", "急用", "要米色的") and
    /// the goods arriving ("T恤到了"): talk beside the fault, never its description.
    /// </summary>
    [GeneratedRegex("(?:到了|收到了|到货了|到啦)$|^(?:我)?要[^，,]{1,6}的$|照片|拍|图片|视频|传|晚点|待会|等会|等下|等等|一会|稍后|明天|回家|回去|不方便|没空|订单|单号|(买|下单|付款|付)的|那(个|单|件|款|笔|只|条|套)[吧啊呀呢]?$|[0-9一二三四五六七八九十]+号|能不能|可不可以|给我(换|退|补|寄|发)|直接(换|退|补)|换(一|个|新|货)|退(货|款|钱)|急用|着急")]
    private static partial Regex AsideTalk();

    // "那就报修吧", "行 修吧", "还是修": a repair taken, as surely as "维修"; never 修改 (a change) nor "修不好".
    [GeneratedRegex("(?<!不用|不要|不需要|别)(?:维修|修一下|修下|修好|修理|返修|寄修|帮我修|给我修|能修|可以修|修修|报修|送修|拿去修|(?:那就|就|还是|那)修(?![改复正不])|修吧)")]
    private static partial Regex Repair();

    [GeneratedRegex("先跟你们说一声|先说一声|跟你们说一声|说一下而已|反馈一下|先反馈|只是反馈|告诉你们一声|提醒一下|暂时不用处理|先不用处理|不用处理|先不处理|不用退也不用换|不退不换|先记录|记录一下就行|先登记一下")]
    private static partial Regex ReportOnly();

    [GeneratedRegex("有问题|出问题|有毛病|不好用|质量问题")]
    private static partial Regex Vague();

    [GeneratedRegex("(?<!多)少发|漏发|(?<!多)少了(?!一?个?[块角口])|(?<!多)少一(?![块角])|缺了(?!一?个?[块角口])|缺少|缺件|缺配件|没有配件|配件没|只有[一二两三四1-4](个|件|只|双|条)(?![档挡级亮光模颜键按])|只收到[一二两三四1-4]|(里|里面|里边|拆开|打开)(后|了)?(就|只)(有)?[一二两三四1-4](个|件|只|双|条)|(就|只)(来了|到了|收到了?|有)?[一二两三四1-4](个|件|只|双|条|套)(?![档挡级]).{0,8}(买|拍|订|下单|要)的?是?[两二三四五六2-6](个|件|只|双|条|套)|(买|拍|订)了?[两二三四五六2-6](个|件|只|双|条|套).{0,8}(就|只)(来了|到了|收到了?|有)[一二两三四1-4](个|件|只|双|条|套)?(?![档挡级])|[两二三四五六2-6](个|件|只|双|条|套)(就|只|才)(来了|到了?|收到了?)[一二两三四1-4](个|件|只|双|条|套)(?![档挡级])")]
    private static partial Regex Missing();

    [GeneratedRegex("(要|买|拍|订)的是?.{1,10}(发来|寄来|收到|到手)的.{0,4}是|发错|寄错|错发|发成|寄成|不是我(买|拍|要)的|(收到|发来|寄来|到手)的.{0,10}(我|但是?|可是?|明明)(买|拍|要|订|选)的(明明)?是|(有|其中)?一(件|个|只|条|双)(是|成了?)?[a-z0-9]{1,4}码?的?.{0,3}(我|但是?|可是?|明明)(买|拍|要|订|选|下单)的.{0,4}是|(领标|吊牌|尺码标|水洗标)(上)?(都|也)?(是|写着?|标着?|印着?)[a-z0-9]{1,4}码?的?.{0,3}(我|但是?|可是?|明明)(买|拍|要|订|选|下单)的.{0,4}是|(要|买|拍|订|下单)的是?.{1,10}(领标|吊牌|标签|尺码标|水洗标)|(领标|吊牌|尺码标|水洗标)上?(写|标|印)(的|着)|颜色不对|尺码不对|尺寸不对|型号不对|款式不对|规格不对|货不对板|颜色错|码数不对")]
    private static partial Regex WrongItem();

    [GeneratedRegex("失灵|时灵时不灵|一会儿?灵一会儿?不灵|有时(?:候)?(?:灵|亮|能开)有时(?:候)?不(?:灵|亮|能开)|不灵了|不好使|只(?:有|能调|能开|剩下?)(?:一|两|二|1|2)(?:个)?(?:档|挡).{0,10}(?:三|3)(?:个)?(?:档|挡)|(?:三|3)(?:个)?(?:档|挡).{0,10}只(?:有|能调|能开|剩下?)(?:一|两|二|1|2)(?:个)?(?:档|挡)|(?:亮度|光|档位?|挡位?)调不了|调不了(?:亮度|光|档|挡)|不开机|开不了机|开不机|打不开|不亮|不通电|没反应|连不上|连接不上|无法连接|配对不上|充不进|充不上电|不充电|不转|不响|没声音|不制热|不制冷|死机|用不了|不能用|坏的|(一直|老是|总是|一|频|乱|会|就)闪|闪(烁|个不停|屏|一下)|忽明忽暗|接触不良|时好时坏|自动(关|断|灭)|自己(灭|关|断|熄)|(会|就|老|总)(灭|熄)(?!蚊|虫|菌)|没电|不工作|黑屏|花屏|发烫|过热|不保温|不保冷|不出水|不加热|装不上|充电很慢|充电太慢|(?:拉链|扣子|按扣|卡扣|开关|按钮|旋钮|盖子|杯盖|锁扣)(?:拉|按|扣|拧|转|打|关|合)?不(?:动|上|开|了)|(?:拉|拧|扣|按)不(?:动|上)(?!门)|拉链.{0,3}(?:卡住|卡死|滑|拉不)|弹不(?:起来|回来|上来|回去)|不回弹|按下去.{0,3}(?:起不来|上不来|回不来)")]
    private static partial Regex NotWorking();

    [GeneratedRegex("缩水|缩了|洗.{0,4}缩")]
    private static partial Regex Shrunk();

    // "漏发", "漏了一个" are something missing, not a leak.
    [GeneratedRegex("漏水|渗水|漏液|漏油|漏气|滴水|往外漏|会漏|在漏|有点漏|一直漏|漏出|漏得|漏了(?![一两几0-9个件只双条])|漏$")]
    private static partial Regex Leak();

    [GeneratedRegex("破|碎|裂|缺口|缺角|[缺少]了一?个?[块角口]|崩了|掉瓷|磕|压坏|压扁|摔坏|断了|断掉|折断|凹|变形|划痕|刮花|坏了|坏掉|烂了|漏|鼓包|开胶|脱胶")]
    private static partial Regex Damaged();

    [GeneratedRegex("(与|和|跟)(描述|图片|详情页?|宝贝页|介绍)(上)?(的)?(不符|不一样|不同|差太多|差很多|差好多|差挺多|差得多|差别.{0,2}大|差距.{0,2}大|严重不符)|瑕疵|质量差|质量不好|质量太差|(?<!耐|显|容易|易)脏|污|渍|印子|印迹|黑印|墨迹|墨水|墨点|串色|掉色|褪色|色差|起球|开线|脱线|线开了|线崩了|开缝|缝.{0,2}开了|缩了|缩水|洗.{0,4}缩|异味|臭|发霉|过期|变质|线头|锈|掉毛|毛糙|做工|破洞|有洞|有个(小)?洞|[一两几]个(小)?洞|霉点|斑点|虫|掉漆|脱漆|漆.{0,2}掉|掉.{0,4}毛|掉皮|起皮|脱皮|缩水|起毛|勾丝|抽丝|走线|歪了|松动|松了|拧不紧|盖不紧|关不紧|合不上|摇晃|晃动|不稳|不平|卡住|卡顿|杂质|异物|掉渣|发黄|变色|发黑|渗水|刺鼻|扎人|掉絮|跑棉|钻毛|跑毛|结块|分层|漏液|胀袋|涨袋|不新鲜|过敏|长痘|刺痛|发痒|杂音|电流声|噪音大|孔位不对|对不上孔")]
    private static partial Regex Defect();

    // "碎了两个碗", "两个碗碎了": broken pieces counted were seen, so the box is open.
    [GeneratedRegex("(?<!没|未|没有)(收到|拆开|打开|拆了|开箱|拿到|用了|试穿|试了|穿了|穿不下|穿着)|(?<!没|未|没有)签收了|(碎|裂|破)(了|掉)?[0-9一两二三四五六七八九十几]+(个|只|件|片|块|张)|[0-9一两二三四五六七八九十几]+(个|只|件|片|块|张)[^,，。.!！]{0,3}(碎|裂|破)了")]
    private static partial Regex Opened();

    [GeneratedRegex("(?<!难道)(?:不是|没有|没什么|也不是)(?:什么)?质量(?:上的|的)?问题(?![吗嘛么麼]|(?:还|又|还能|那)?是什[么麼])|质量(?:上)?(?:没|没有)(?:什么)?问题|质量(?:挺|还|都)?(?:好|可以|没毛病)的?|(?:东西|商品|货)(?:没坏|没问题|没什么问题)")]
    private static partial Regex DefectDenied();
}
