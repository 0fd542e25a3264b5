using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Reads the cues of a message: which actions are asked for, refused ("不要退款", "退款算了") or only conditional
/// ("如果再不发就退款", "不退的话"), corrections, deferral, urgency with a deadline, and whether the parcel arrived.
/// It tells a question from a request: 退货运费谁出？ asks for a fact, 能退吗 asks yes or no, 退货 asks for nothing.
/// It also gives the spans that a correction takes back ("不是退款，" in "不是退款，是催发货"), which the other readers skip.
/// </summary>
internal static partial class CueReader
{
    private static readonly (BuyerAction Action, Regex Pattern)[] Actions =
    [
        (BuyerAction.Refund, RefundWords()),
        (BuyerAction.Return, ReturnWords()),
        (BuyerAction.Exchange, ExchangeWords()),
        (BuyerAction.Cancel, CancelWords()),
        (BuyerAction.Hurry, HurryWords()),
        (BuyerAction.Invoice, InvoiceWords()),
        (BuyerAction.ChangeAddress, ChangeAddressWords()),
    ];

    public static (MessageCues Cues, IReadOnlyList<TextSpan> TakenBack) Read(string folded, DateOnly today)
    {
        var compact = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        var conditional = ConditionalSpans(compact);
        var asserted = new List<BuyerAction>();
        var negated = new List<BuyerAction>();
        var conditions = new List<BuyerAction>();
        foreach (var (action, pattern) in Actions)
        {
            for (var m = pattern.Match(compact); m.Success; m = m.NextMatch())
            {
                var target = conditional.Any(s => m.Index >= s.Index && m.Index < s.Index + s.Length) ? conditions
                    : IsNegated(compact, m) ? negated
                    : asserted;
                Add(target, action);
            }
        }

        for (var m = LoneRefundRefused().Match(compact); m.Success; m = m.NextMatch())
        {
            Add(conditional.Any(s => m.Index >= s.Index && m.Index < s.Index + s.Length) ? conditions : negated, BuyerAction.Refund);
        }

        asserted.RemoveAll(a => negated.Contains(a) || conditions.Contains(a));
        var takenBack = TakenBack(folded);
        var deferral = Deferral().IsMatch(compact);
        var deadline = DateMentions.Find(compact, today).FirstOrDefault(d => d.IsDeadline)?.Date;
        var notReceived = NotReceived().IsMatch(compact);
        var neverGot = NeverGot().IsMatch(compact);
        var cues = new MessageCues
        {
            Asserted = asserted,
            Negated = negated,
            Conditional = conditions,
            HasCondition = conditional.Count > 0,
            IsCorrection = takenBack.Count > 0 || Correction().IsMatch(compact) || NotRight().IsMatch(compact),
            IsDeferral = deferral,
            PhotoLater = (deferral || ShootLater().IsMatch(compact)) && Photo().IsMatch(compact),
            IsUrgent = deadline is not null || HasUrgency(compact),
            Deadline = deadline,
            NotReceived = notReceived,
            NeverGot = neverGot,
            AlreadyReceived = !notReceived && Received().IsMatch(compact),
            AsksForFact = FactQuestion().IsMatch(compact),
            IsQuestion = FactQuestion().IsMatch(compact) || YesNoQuestion().IsMatch(compact) || QuestionBeforePause().IsMatch(folded),
        };
        return (cues, takenBack);
    }

    private static void Add(List<BuyerAction> list, BuyerAction action)
    {
        if (!list.Contains(action))
        {
            list.Add(action);
        }
    }

    /// <summary>An urgency word not under 不急/不用赶 before it, nor the buyer's own promise ("照片马上发").</summary>
    private static bool HasUrgency(string compact)
    {
        for (var m = Urgent().Match(compact); m.Success; m = m.NextMatch())
        {
            if (!NotBefore().IsMatch(compact.AsSpan(0, m.Index)) && !InOwnPromise(compact, m))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InOwnPromise(string compact, Match urgency) =>
        OwnPromise().Matches(compact).Any(p => urgency.Index >= p.Index && urgency.Index < p.Index + p.Length);

    private static bool IsNegated(string text, Match m) =>
        (NegatorBefore().IsMatch(text.AsSpan(0, m.Index)) && !IsRhetorical(text, m))
        || NegatorAfter().IsMatch(text.AsSpan(m.Index + m.Length));

    /// <summary>"羽绒服不是退款成功了吗 钱呢", "你们不是说能退货吗": 不是…吗 asks back about what happened, never refuses it.</summary>
    private static bool IsRhetorical(string text, Match m) =>
        RhetoricalOpening().IsMatch(text.AsSpan(0, m.Index)) && RhetoricalEnd().IsMatch(text.AsSpan(m.Index + m.Length));

    /// <summary>Clauses under 如果/要是/再不…/…的话/否则; a condition without its 就… carries into the next clause.</summary>
    private static List<TextSpan> ConditionalSpans(string text)
    {
        var spans = new List<TextSpan>();
        var carry = false;
        for (var clause = Clause().Match(text); clause.Success; clause = clause.NextMatch())
        {
            var isCondition = ConditionStart().IsMatch(clause.ValueSpan);
            if (carry || isCondition || ConditionAnywhere().IsMatch(clause.ValueSpan))
            {
                spans.Add(new TextSpan(clause.Index, clause.Length));
            }

            carry = isCondition && !Consequence().IsMatch(clause.ValueSpan);
        }

        return spans;
    }

    private static List<TextSpan> TakenBack(string text)
    {
        var spans = new List<TextSpan>();
        if (NotThisButThat().Match(text) is { Success: true } notBut)
        {
            spans.Add(new TextSpan(notBut.Index, notBut.Groups["but"].Index - notBut.Index));
        }
        else if (SaidWrong().Match(text) is { Success: true } wrong && Laughter().Replace(text[(wrong.Index + wrong.Length)..], string.Empty).Length >= 2)
        {
            spans.Add(new TextSpan(0, wrong.Index + wrong.Length));
        }
        else if (NotRight().Match(text) is { Success: true } notRight && text.Length - (notRight.Index + notRight.Length) >= 2)
        {
            spans.Add(new TextSpan(0, notRight.Index + notRight.Length));
        }

        return spans;
    }

    [GeneratedRegex("退款|退钱|退费|退我钱|退单|退掉|申请退(?![货换回])|帮我退(?![货换回])|给我退(?![货换回])|退给我|都退了?$|退了吧|退订")]
    private static partial Regex RefundWords();

    [GeneratedRegex("退货|退回|寄回|退换")]
    private static partial Regex ReturnWords();

    [GeneratedRegex("换货|换一个|换个新|调换|换新")]
    private static partial Regex ExchangeWords();

    [GeneratedRegex("取消|撤单|撤销订单")]
    private static partial Regex CancelWords();

    [GeneratedRegex("催|快点发|快点寄|尽快发|赶紧发|马上发|早点发|快发|还不发|还没发|怎么不发|什么时候发|何时发|发货啊|发货吧|发出来|能发吗|能发货吗|能不能快点|^快点[吧啊呀!]*$")]
    private static partial Regex HurryWords();

    [GeneratedRegex("发票|开票|开个票|开张票")]
    private static partial Regex InvoiceWords();

    [GeneratedRegex("改地址|换地址|修改地址|地址改|地址换|改收货|改收件|改电话|改个地址|更改地址|地址错了|地址写错|改一?下(?:收货|收件)?地址|换一?下(?:收货|收件)?地址|地址(?:要|得|需要|想|帮我|帮忙|麻烦|给我|请)(?:改|换|修改|更改)|改(?:寄|发|送)?(?:到|成)(?:公司|单位|学校|宿舍|家里|我家|老家|新地址|这个地址|下面|以下)|(?:直接|改|帮我|能不能|可以|可不可以|能)(?:寄|发|送)(?:到|给)(?:她|他|我朋友|朋友|亲戚|侄女|侄子|外甥|我妈|我爸|爸妈|父母|老家|公司|单位|学校|宿舍)(?!了|没)|(?:寄|发|送)(?:到|给)(?:她|他)(?:家|那里?|那边|公司|单位)|(?:寄|发|送)到(?:这个|这|下面|以下|如下)(?:的)?地址|(?:省份?|城市|街道|门牌号?|楼号|收件人|收货人)(?:的)?(?:名字|信息)?(?:要|得|帮我|麻烦|给我|请)?(?:改|换|修改|更改)(?:成|为|一下|下)|改(?:成|为)[\u4e00-\u9fa5]{2,3}省")]
    private static partial Regex ChangeAddressWords();

    // "退不退款", "要不要退款": an A-not-A question, never a refusal.
    [GeneratedRegex("(?<![还咋么退])(?<!要(?=不要))(?:不要|不用|不需要|不想要?|不打算|不必|无需|(?<!是)不是(?:不是)*|别|甭|没说要|没要|不)(?:再|给我|帮我|申请|要|去|用|开|放|塞|夹)?\\s*$")]
    private static partial Regex NegatorBefore();

    [GeneratedRegex("不是(?:已经|早就?|都|说好?了?|说(?:能|可以)?)?(?:申请|要|给我|帮我)?$")]
    private static partial Regex RhetoricalOpening();

    [GeneratedRegex("^[^,.;!?。！？；]{0,8}?[吗嘛么]")]
    private static partial Regex RhetoricalEnd();

    // A bare 不要/不用/不需要 after the action ends its clause: "退款不用挽留" refuses the persuading, "退款不要退货" the return.
    // "发票也不要放": what goes in the parcel, refused; no invoice asked for.
    [GeneratedRegex("^\\s*(?:就|也|还是|先|都)?(?:不要了|不用了|算了|不需要了|不退了|不开了|取消了吧|(?:不要|不用|不需要)(?=\\s*(?:$|[,，.。!！?？;；~～]))|(?:不要|不用|别|不)(?:放|塞|夹))")]
    private static partial Regex NegatorAfter();

    // "到底退不退", "要不要退": an A-not-A question, never a refusal.
    [GeneratedRegex("(?<!退)(?<!要(?=不要))(?:不想|不要|不|别)(?:再|要)?退(?![货款钱回费换单订吗么])")]
    private static partial Regex LoneRefundRefused();

    [GeneratedRegex("[^,.;!?。！？；\\n]+")]
    private static partial Regex Clause();

    [GeneratedRegex("如果|要是|假如|万一|再不|若是|倘若|除非")]
    private static partial Regex ConditionStart();

    /// <summary>"来不及的话", "否则", and "到不了我就拒收", "发不了就退": a consequence hung on something that may not happen.</summary>
    [GeneratedRegex("的话|否则|不然|(不了|不到|来不及|赶不上)(我|那我|那)?就")]
    private static partial Regex ConditionAnywhere();

    [GeneratedRegex("就|那么|那我")]
    private static partial Regex Consequence();

    [GeneratedRegex("(?<!是)(?:不是[\\s,，]*)+(?<what>[^,.;!?。！？；\\n]{1,20}?)[,.;!?。！？； ]*(?:而是|是)(?<but>.)")]
    private static partial Regex NotThisButThat();

    // "餐具那单手机号填错了 改成…", "餐具那单省份填错了" says a field of the order is wrong, not that the words before were: the order named stays.
    // "是138… 刚才打错了": what was wrong is the earlier message, so the words before are the right ones and stay.
    [GeneratedRegex("(?<!手机号?|电话(?:号码?)?|号码|地址|名字|姓名|门牌号?|省份?|城市|区县|小区|邮编|收件人|收货人|联系方式|刚才|刚刚|之前|前面|上面|我刚)(?:说错了|打错了|写错了|搞错了|弄错了|填错了|看错了|搞混了|说错|打错)")]
    private static partial Regex SaidWrong();

    // "我买的是袜子 看错了哈哈": laughter after the slip adds nothing, so the words before it are the right ones.
    [GeneratedRegex("[哈呵嘿嘻hH~～!！。.,，\\s]|啦|嘛|哦|呀|233+|lol")]
    private static partial Regex Laughter();

    // "少打了个0", "多写了一个8", "漏了个0": a digit slipped from or into a number just given, put right now.
    [GeneratedRegex("说错|打错|写错|搞错|弄错|填错|看错|搞混|我是说|我的意思是|应该是|更正|纠正|改成|改为|[0-9]+[号栋幢室楼层]?,?而?不是[0-9]|(?:少|多|漏)(?:打|写|输|敲)了?(?:一)?个?[0-9零]|(?:少|多|漏)了(?:一)?个[0-9零](?![0-9]*(?:件|个|双|条|只|套|份|块|元))")]
    private static partial Regex Correction();

    /// <summary>"哦不对 是餐具", "不对不对，是另一单": 不对 opening a clause takes back what was said; "颜色不对" does not.</summary>
    [GeneratedRegex("(?:^|[,.;!?。！？；\\s])(?:哦|噢|喔|啊|额|呃|嗯|诶|哎)?不对(?:不对)?(?:[,.;!?。！？；\\s]|(?=是|应该|我说|我要|我问))")]
    private static partial Regex NotRight();

    [GeneratedRegex("晚点|晚些|晚一点|待会|等会|等一会|等一下|等下(?!周|个月|星期)|回头|稍后|改天|过两天|过几天|明天再|下次再|有空再|现在不方便|暂时不方便|现在没空|先不|下班再|回家|到家再|一会|过会|暂时(?:不|没)|明天(?:拍|发|给|补)|回去(?:再)?(?:拍|发|传)|晚上(?:再|回去)|等等(?:再|发|传|拍)")]
    private static partial Regex Deferral();

    // "照片明天白天拍", "图我晚上下班拍给你", "要照片的话我现在拍": the shooting still ahead, read only beside a photo word.
    [GeneratedRegex("(?:明天|晚上|今晚|下班|白天|中午|周末)(?:白天|晚上|下班|回家|后|以后)?(?:再)?(?:拍|发|给|补|传)|(?:现在|这就)(?:就)?(?:去)?(?:拍|补拍)(?!不)")]
    private static partial Regex ShootLater();

    [GeneratedRegex("拍照|拍了照|拍好照|拍了图|拍好图|照片|图片|视频|拍图|^图|图(明天|晚点|晚些|等会|待会|回头|稍后|下班)|拍个|拍一下|方便拍|拍了发|拍给|补图|发图|上图|补拍")]
    private static partial Regex Photo();

    [GeneratedRegex("急用|急着|着急|很急|好急|急死|加急|赶时间|赶着|马上要|马上|立刻|立即|今天必须|今天就要|明天就要|必须今天|尽快|越快越好|等着用|等[着著]穿|急[着著]穿|没得穿|之前要|前要到|之前到|之前收到|前收到|之前必须")]
    private static partial Regex Urgent();

    // "照片马上发", "图我马上拍", "我马上拍给你": what the buyer will do soon, never a hurry asked of the shop.
    [GeneratedRegex("(?:照片|图片|照|图|视频)[^，,。!！?？]{0,2}(?:马上|立刻|立即)就?(?:发|拍|传|给)|我(?:马上|立刻|立即)就?(?:拍|传|上传|发照片|发图|发视频)")]
    private static partial Regex OwnPromise();

    [GeneratedRegex("(?:不|没|别|不用)$")]
    private static partial Regex NotBefore();

    [GeneratedRegex("没收到|没有收到|木有收到|未收到|还没到|没到货|没拿到|没有拿到|收不到|没见到|显示签收|显示已签收|被人签收|不是我签收|没人签收|没签收|没有签收")]
    private static partial Regex NotReceived();

    [GeneratedRegex("(没|没有|未|沒|木有)(收到|拿到|见到|看到)(货|包裹|快递|东西)?|不是我签|不是本人签|谁签收|谁签的|被人签|签收了?[^不]{0,6}(没|没有)(收到|拿到)|收都没收到|压根没到|根本没到|没到手")]
    private static partial Regex NeverGot();

    [GeneratedRegex("(?:今天|昨天|前天|刚刚|刚|前几天|前两天|这两天|几天前|上周|上星期|上礼拜)才?(?:到(?!底)|收到|拿到)(?:的)?(?!了?[吗么没呢])|已经收到|已收到|收到了(?!吗|没|么)|收到货了|拿到了(?!吗|没|么)|签收了(?!吗|没|么)|已签收|到货了(?!吗|没|么)|货到了(?!吗|没|么)|东西到了(?!吗|没|么)|取到了|取了快递")]
    private static partial Regex Received();

    /// <summary>
    /// Asking for a fact: who pays, how long, when, how much, whether something happens or is so (会寄给我吗, 是寄过来吗);
    /// "这都好几天了" tells how long it has been and asks nothing.
    /// </summary>
    [GeneratedRegex("谁(出|付|来出|来付|承担|负责|掏)|多久|多长时间|多少天|(?<!好)几天|几个工作日|几号|哪天|什么时候|啥时候|何时|多少钱|怎么算|怎么收费|收不收|要不要钱|要钱吗|收费吗|免费吗|手续费|是否|会不会|正常[吗么嘛]|正不正常|是不是正常|(能|会)(不能)?散|散(得|的)?掉|[会是][^,.;!?。！？；]{0,8}[吗么嘛]|退到哪|到哪里|去哪了|为什么|为啥|怎么回事|(邮费|运费|快递费|费用|税点)[^,.;!?。！？；]{0,8}([吗么嘛?？]|谁)")]
    private static partial Regex FactQuestion();

    /// <summary>"拒签行吗 不是 是拒收": a 吗 before a pause ends a question, whatever the buyer adds after it.</summary>
    [GeneratedRegex("[吗嘛]\\s")]
    private static partial Regex QuestionBeforePause();

    /// <summary>A yes-or-no question: a question mark, a final 吗/么/嘛/呢, or A-not-A (能不能, 可不可以, 是不是, 有没有).</summary>
    [GeneratedRegex("[?？]|[吗么嘛呢][~～!！。.…]*$|[吗么嘛](?=[,，;；])|能不能|能否|可不可以|可以不|是不是|有没有|要不要|用不用|包不包|行不行|退不退|发不发|给不给|管不管")]
    private static partial Regex YesNoQuestion();
}
