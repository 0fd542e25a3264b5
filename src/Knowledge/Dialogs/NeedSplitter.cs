using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Finds the needs in one message ("物流到哪了，另外帮我开个发票", "T恤到哪了 四件套什么时候发"): the message is cut at a
/// clause boundary where each side alone is clearly a different request. After a connector (另外, 还有, 顺便 …) that is
/// enough; at a bare comma or space the two sides must also name different orders. Two sides of one need (a quality
/// problem and the return it asks for, where a parcel is and when it ships) stay one need unless they name different
/// orders; conditions, refusals and corrections are always one need.
/// </summary>
public sealed partial class NeedSplitter(IntentUnderstander understander, DialogServices services)
{
    private static readonly HashSet<string> Needs = new(StringComparer.Ordinal)
    {
        IntentIds.Track, IntentIds.Hurry, IntentIds.RefundUnshipped, IntentIds.QualityReturn, IntentIds.Invoice,
        IntentIds.ChangeAddress, IntentIds.NoReasonReturn, IntentIds.PriceProtection, IntentIds.DelayShipment,
        IntentIds.Installation, IntentIds.Repair, IntentIds.CourierChoice, IntentIds.RestoreOrder, Flows.OrderChangeFlow.FlowId,
    };

    private static readonly string[][] OneNeed =
    [
        [IntentIds.RefundUnshipped, IntentIds.QualityReturn, IntentIds.NoReasonReturn, IntentIds.Repair, IntentIds.RestoreOrder],
        [IntentIds.Track, IntentIds.Hurry, IntentIds.DelayShipment, IntentIds.CourierChoice],
        [IntentIds.Installation, IntentIds.Repair, IntentIds.QualityReturn],
    ];

    /// <summary>Needs a buyer may run on to without a pause ("羽绒服怎么还没发货我要改地址"); a refund or return tacked on is the consequence of the first part, never a second need.</summary>
    private static readonly HashSet<string> RunOnNeeds = new(StringComparer.Ordinal)
    {
        IntentIds.Track, IntentIds.Hurry, IntentIds.Invoice, IntentIds.ChangeAddress, IntentIds.PriceProtection,
        IntentIds.Installation, IntentIds.CourierChoice,
    };

    /// <summary>
    /// Every need the message names, in the order said ("袜子先别发 地址改成… 另外开个发票", "碗碎了要补发 羽绒服催一下
    /// 顺便问下发票开了没"), or null when it names one: each side of a cut is cut again as long as it holds two.
    /// </summary>
    public IReadOnlyList<Understanding>? SplitAll(string text, string buyerId) =>
        Split(text, buyerId) is { } two ? [.. Parts(two.First, buyerId), .. Parts(two.Second, buyerId)] : null;

    private IEnumerable<Understanding> Parts(Understanding part, string buyerId) =>
        Split(part.Text, buyerId) is { } two ? [.. Parts(two.First, buyerId), .. Parts(two.Second, buyerId)] : [part];

    public TwoNeeds? Split(string text, string buyerId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = Cuts(text);
        // "想退 运费谁出": the return chosen and who pays for sending it back are one need.
        if (cuts.Count == 0 || CombineHold.IsOneNeed(text) || Flows.QualityReturnFlow.ChoosesBesidePostage(text))
        {
            return null;
        }

        var orders = services.Orders.OrdersOf(buyerId);
        var now = services.Time.GetUtcNow();
        // A condition, refusal, correction or deferral keeps a message one need; after a connector only the part it
        // belongs to counts ("袜子快点发 再就是地址改成…" is two needs, "不用开发票了 另外…" is not).
        var wholeHeld = Holds(services.Analyzer.Analyze(text, orders, now).Cues, second: false);
        foreach (var cut in cuts)
        {
            // Each side is read once: for what holds it back and for the orders it names.
            var firstFacts = services.Analyzer.Analyze(cut.First, orders, now);
            var secondFacts = services.Analyzer.Analyze(cut.Second, orders, now);
            if (ContactBesideChange(cut, firstFacts, secondFacts, orders) is { } changeAndContact)
            {
                return changeAndContact;
            }

            // "地址帮我改成…3008 另外能开个发票吗": a first part that gives the new address asks for it with its 改成.
            var partHeld = HeldPart(cut.First, firstFacts, second: firstFacts.Address is not null && cut.Joined, orders, now)
                || HeldPart(cut.Second, secondFacts, second: true, orders, now);
            if (partHeld || StateBeforeChange(cut.First, cut.Second))
            {
                continue;
            }

            // Each side is understood once: for the run-on check and for the need it is.
            Understanding? firstSaid = null, secondSaid = null;
            if (!cut.Joined && wholeHeld)
            {
                (firstSaid, secondSaid) = (understander.Understand(cut.First), understander.Understand(cut.Second));
                if (!DistinctRunOn(firstSaid.Intent, secondSaid.Intent))
                {
                    continue;
                }
            }

            // "撤销退款 照常发货", "不改了 按原来的发": shipping as usual is what taking something back leads to, no second need.
            if (ShipsAsUsual().IsMatch(CompactText.Of(cut.Second))
                || (ShipsAsUsualAnywhere().IsMatch(cut.Second) && TakesBack().IsMatch(text)))
            {
                continue;
            }

            // Two parts that name different orders ("浴巾到哪了 保温杯也催一下") are as clearly apart as a connector makes them.
            var apart = cut.Joined || NameDifferentOrders(firstFacts.MatchedOrderNumbers, secondFacts.MatchedOrderNumbers);
            var first = AsNeed(firstSaid ?? understander.Understand(cut.First), firstFacts, apart, orders);
            var second = AsNeed(secondSaid ?? understander.Understand(cut.Second), secondFacts, apart, orders);
            // "要纸质的 寄到收货地址就行 多久能开好": the order's own address changes nothing, so that part asks nothing of its own.
            if (BelongsToFirst(first, second, secondFacts) || KeepsOrderAddress(first, firstFacts) || GivesTheNewAddress(first, second, firstFacts, secondFacts))
            {
                continue;
            }

            // "四件套还没收到 现在能开吗": the goods not yet received are the condition of the invoice question, no parcel to track.
            if ((first.Intent == IntentIds.Invoice || second.Intent == IntentIds.Invoice) && Flows.InvoiceFlow.IsBeforeReceiptQuestion(CompactText.Of(text)))
            {
                continue;
            }

            // "四件套都发了 枕套怎么还没动静": goods said to have come already only set the scene for the goods asked about.
            if (CameAlready().IsMatch(cut.First))
            {
                continue;
            }

            // "昨天刚发货 还没到手呢 差价退我": the parcel's state told beside a price difference asks nothing of the parcel.
            if (StatesParcelBesidePrice(first, second) || StatesParcelBesidePrice(second, first))
            {
                continue;
            }

            // "台灯那单帮我开个发票", "餐具那个快递 电话能改下吗": the words before only point at the order or its parcel,
            // they ask nothing of their own.
            if (!IsNeed(first) || !IsNeed(second) || OrderPointer().IsMatch(cut.First) || (cut.RunOn && !RunOnNeeds.Contains(second.Intent)))
            {
                continue;
            }

            // The same need on two orders ("保温杯到哪了 对了四件套也还没到") is two needs; on one order it is one.
            var sameNeed = first.Intent == second.Intent || OneNeed.Any(g => g.Contains(first.Intent) && g.Contains(second.Intent));
            // "颜色不喜欢 能换个白色的吗", "尺寸太小 想换大号的": one exchange wish, even when the wanted colour or size fits
            // another order's title; "到了能換成白色嗎" in Traditional characters too.
            if (sameNeed && (Flows.QualityProblems.RulesOutDefect(text) || second.NormalizedText.Contains('换', StringComparison.Ordinal)))
            {
                continue;
            }

            // "四件套到了 拆开只有三件 少了个枕套": a piece missing from the goods just named is part of the same problem,
            // even when the piece's name fits another order's title.
            if (sameNeed && first.Intent == IntentIds.QualityReturn && Flows.ProblemPhrases.NamesMissingPart(cut.Second))
            {
                continue;
            }

            // Without a connector, two parts of one order count only when they ask clearly different things the bot can
            // do one after the other ("羽绒服快点发，电话改成…", "什么时候发货？我还要开发票").
            var distinct = !sameNeed && RunOnNeeds.Contains(first.Intent) && RunOnNeeds.Contains(second.Intent);
            if ((sameNeed || (!cut.Joined && !distinct)) && !NameDifferentOrders(firstFacts.MatchedOrderNumbers, secondFacts.MatchedOrderNumbers))
            {
                continue;
            }

            return new TwoNeeds(first, second);
        }

        return null;
    }

    /// <summary>
    /// Two parts with no connector that ask clearly different things the bot does one after the other ("羽绒服快点发，
    /// 电话改成…"): the correction word of the second part does not hold the whole message back.
    /// </summary>
    private static bool DistinctRunOn(string first, string second) =>
        first != second && RunOnNeeds.Contains(first) && RunOnNeeds.Contains(second);

    /// <summary>A part held back from being a need of its own; a correction word in the second part ("地址改成…") is its request.</summary>
    private static bool Holds(Entities.MessageCues cues, bool second) =>
        cues.IsConditional || cues.Negated.Count > 0 || cues.IsDeferral || (!second && cues.IsCorrection);

    /// <summary>
    /// "此外餐具也催一下", "浴巾到哪了 保温杯也催一下": a part set apart by a connector or by naming another order, that
    /// names one of the buyer's orders and asks one plain action of it, is that need, however unsure the model is of a
    /// few words.
    /// </summary>
    private static Understanding AsNeed(Understanding understanding, Entities.MessageFacts facts, bool apart, IReadOnlyList<Order> orders)
    {
        if (apart && AsOrderChange(understanding, facts, orders) is { } change)
        {
            return change;
        }

        if (IsNeed(understanding) || !apart || facts.MatchedOrderNumbers.Count == 0 || facts.Cues.Negated.Count > 0)
        {
            return understanding;
        }

        // "还有浴巾也帮我查下": looking the parcel up is the track need.
        var asked = facts.Cues.Asserted.Select(ActionIntents.IntentOf).Where(Needs.Contains)
            .Concat(LooksUp().IsMatch(understanding.NormalizedText) ? [IntentIds.Track] : [])
            .Distinct(StringComparer.Ordinal).ToList();
        if (asked is not [var intent])
        {
            return understanding;
        }

        return understanding with { Scores = [new IntentScore(intent, 1f), .. understanding.Scores.Where(s => s.Intent != intent)], Decision = TurnDecision.Answer };
    }

    /// <summary>
    /// "开张纸质发票 公司抬头 北京兔兔网络科技有限公司 税号… 寄到收货地址就行": the title, tax number or e-mail after a cut are
    /// the invoice's own details, and sending it to the order's address changes no address.
    /// "想改个地址 寄公司": where the parcel is to go is that change's destination, never an invoice for the 公司 it names.
    /// "上周说给我开的发票呢 到现在没收到": a part that names no parcel, order or shipping after an invoice is about that
    /// invoice, never a parcel to track. "电话换成… 原来那个号不用了" explains the change of address it follows.
    /// "还有点别的东西想一起报" claims other bills beside what came first, never goods with a problem.
    /// </summary>
    private static bool BelongsToFirst(Understanding first, Understanding second, Entities.MessageFacts secondFacts) =>
        (first.Intent == IntentIds.Invoice && secondFacts.Invoice is { } invoice && (invoice.Title ?? invoice.TaxNumber ?? invoice.Email) is not null)
        || (first.Intent == IntentIds.Invoice && second.Intent == IntentIds.Track && secondFacts.MatchedOrderNumbers.Count == 0
            && !NamesParcel().IsMatch(CompactText.Of(second.NormalizedText)))
        || KeepsOrderAddress(second, secondFacts)
        || (first.Intent == IntentIds.Invoice && InvoiceIssuedAsked().IsMatch(CompactText.Of(second.NormalizedText)))
        || (first.Intent == IntentIds.ChangeAddress && OldNumberDropped().IsMatch(CompactText.Of(second.NormalizedText)))
        || (first.Intent == IntentIds.ChangeAddress && SentToPlace().IsMatch(CompactText.Of(second.NormalizedText)))
        || OtherBillsToClaim.Mentions(second.NormalizedText);

    /// <summary>
    /// "地址写成家里了 要寄到公司 上海市徐汇区…B座1709": the part that holds a place or a street beside a change of address is
    /// that change's new address, whatever its own words (公司) look like; an address is never cut from its change.
    /// "…珞喻路1037号 华中科技大学东区快递站 陈七": a campus, a pickup point or a building after the number goes on with
    /// that address, never a parcel to look up because it says 快递.
    /// </summary>
    private static bool GivesTheNewAddress(Understanding first, Understanding second, Entities.MessageFacts firstFacts, Entities.MessageFacts secondFacts) =>
        (first.Intent == IntentIds.ChangeAddress && (NamesAPlace(secondFacts) || (firstFacts.Address?.Detail is not null && GoesOnWithDetail().IsMatch(second.NormalizedText))))
        || (second.Intent == IntentIds.ChangeAddress && NamesAPlace(firstFacts));

    /// <summary>"改成江苏省" names a place too: the province put right is the change's new address.</summary>
    private static bool NamesAPlace(Entities.MessageFacts facts) => facts.Address is { } address && (address.City ?? address.Detail ?? address.Province) is not null;

    /// <summary>"寄到收货地址就行", "寄去訂單個地址就得": the order's own address, no new one and no change of address.</summary>
    private static bool KeepsOrderAddress(Understanding part, Entities.MessageFacts facts) =>
        part.Intent == IntentIds.ChangeAddress && facts.Address is null && ToTheOrderAddress().IsMatch(CompactText.Of(part.NormalizedText));

    /// <summary>"平时就装个水杯" holds a cup in the bag: 装 without a word of installing or using is no installation need.</summary>
    private static bool IsNeed(Understanding understanding) =>
        !understanding.HandoffRequested && understanding.Decision == TurnDecision.Answer && Needs.Contains(understanding.Intent)
        && (understanding.Intent != IntentIds.Installation || Flows.AnswerFlows.AsksAboutUse(understanding.NormalizedText));

    /// <summary>
    /// "四件套5号就发了 圆通的 物流…打圆通电话也没人管": a part that fits several orders (the courier's name fits two) and
    /// among them the one the other part names is about that order, never another one.
    /// </summary>
    private static bool NameDifferentOrders(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        first.Count > 0 && second.Count > 0 && !first.Intersect(second, StringComparer.Ordinal).Any();

    /// <summary>
    /// "台灯那单", "餐具那个快递", "早上拍的枕套", "昨天买的台灯": words that only point at an order (when it was bought and
    /// what), with nothing said of it.
    /// </summary>
    [GeneratedRegex("^\\s*[^\\s,，.。;；!！?？]{0,10}?(?:(?:那|这|這)(?:一)?(?:单|單|个|個|件|笔|筆)(?:的)?(?:快递|快遞|包裹)?|的(?:快递|快遞|包裹))\\s*$|^\\s*[^\\s,，.。;；!！?？]{0,6}?(?:拍|买|買|下单|下單|订|訂)的(?:(?![坏壞碎破裂漏了吗嗎么麼呢没沒不怎到发發退换換催查开開要想能])\\p{IsCJKUnifiedIdeographs}){1,8}\\s*$")]
    private static partial Regex OrderPointer();

    /// <summary>"…要开发票 开了没": whether that invoice is issued, never a second need about shipping.</summary>
    [GeneratedRegex("^(?:发票|發票)?(?:到底)?(?:开|開)(?:了|好)?(?:没|沒|吗|嗎|嘛|么|麼|没有|沒有|了没|了沒|了吗|了嗎)[?？!！~。]*$")]
    private static partial Regex InvoiceIssuedAsked();

    [GeneratedRegex("^(?:要|想|改|就|帮我)?(?:寄|发|送|邮)(?:到|去|往|给)?(?:我|我的)?(?:公司|单位|学校|宿舍|家里|家|新家|老家|办公室|店里|公司地址|单位地址)(?:去|那|那里|那边|里)?(?:吧|哈|呀|啊|的|就行|就好)?[。!！~]*$")]
    private static partial Regex SentToPlace();

    /// <summary>"原来那个号不用了", "旧号码停机了" after a new phone number: why the number changes, never a parcel number to look up.</summary>
    [GeneratedRegex("(?:原来|以前|之前|旧|老)的?(?:那个|那個)?(?:手机|手機|电话|電話)?(?:号|號)(?:码|碼)?.{0,3}(?:不用|停机|停機|停用|注销|註銷|没用|沒用|打不通)")]
    private static partial Regex OldNumberDropped();

    /// <summary>
    /// "寄到收货地址就行", "寄到我下单那个地址就行", "发原地址", "地址不用改", "寄到家里 地址跟订单一样", "寄到公司 就是订单上那个地址": the order's own
    /// address, no new one. "能跟四件套一起发吗 一个地址", "两单地址都一样", "同一個地址": the orders share it, which is why
    /// they can go together, never an address to change.
    /// </summary>
    [GeneratedRegex("(?:寄|发|送|邮)(?:到|至|去)?我?(?:订单|下单|收货|原来|原|我的?)(?:时|时候)?(?:的|上的|上|个|嘅|那个)?(?:收货)?地址|地址不(?:用|需要|要)?(?:改|变|动)|地址(?:还是|照旧|不变)|地址(?:就)?(?:跟|和|同|与|按|照)(?:订单|下单|收货地址|原来)(?:上|里|时)?(?:的|填的|写的)?(?:地址)?(?:一样|相同|一致|就行|来)|(?:按|照|用)(?:订单|下单)(?:上|里)?的?(?:收货)?地址" +
        "|(?:就是|也就是|就寄|就发)(?:订单|下单|收货)(?:上|里|时|时候)?(?:的|填的|写的)?(?:那个)?(?:收货)?地址|(?:订单|下单)(?:上|里)(?:的|填的|写的)?(?:那个)?(?:收货)?地址(?:就行|就好|就可以|即可)" +
        "|^(?:都|都是|是|寄|发|寄到|发到|都寄|都发)?(?:同|在)?(?:一个|同一个?|一样的?|相同的?)(?:收货)?地址(?:的|啊|呀|哈|嘛|呢|哦)?$|地址(?:都|也)?(?:是)?(?:一样|相同|一致|同一个)(?:的)?")]
    private static partial Regex ToTheOrderAddress();

    // The first word of the part names a place the parcel is handed over at: a campus, a pickup point, a guard room.
    [GeneratedRegex("^\\s*[\\p{IsCJKUnifiedIdeographs}0-9a-z]{0,12}?(?:大学|学院|学校|校区|驿站|快递站|快递点|快递柜|自提点|代收点|菜鸟站|服务站|门卫|传达室|收发室|宿舍|公寓|小区|大厦|花园|[栋幢座门室])(?![\\p{IsCJKUnifiedIdeographs}]{0,2}(?:到哪|查|什么时候|吗|呢))")]
    private static partial Regex GoesOnWithDetail();

    [GeneratedRegex("快递|包裹|物流|单号|货|东西|派送|配送|驿站|到哪|发了|发出|寄出|寄了")]
    private static partial Regex NamesParcel();

    [GeneratedRegex("查(一)?下|查查|查一查|到哪|物流")]
    private static partial Regex LooksUp();

    [GeneratedRegex("^[，,。.！!]*(?:然后|那就|就)?(?:照常|正常|照旧|按原来的?|还是按原来的?)(?:发货|发出|发)(?:吧|就行|就好|了)?[。.！!]*$")]
    private static partial Regex ShipsAsUsual();

    [GeneratedRegex("照常发|正常发|照旧发|按原来的?发")]
    private static partial Regex ShipsAsUsualAnywhere();

    [GeneratedRegex("撤销|撤回|撤掉|点错|按错|不退了|不想退了|不改了|不换了|还想要")]
    private static partial Regex TakesBack();
}
