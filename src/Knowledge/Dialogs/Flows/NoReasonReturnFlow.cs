using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A return without a reason, checked against the order's dates: unshipped orders are cancelled instead, parcels on
/// the way can be returned within seven days of signing, and an order most likely signed more than seven days ago is
/// past the no-reason window (a quality problem is still handled). The export has no signing time, so signing is
/// taken as <see cref="DaysToSign"/> days after shipping to decide, the words stay hedged and no last day is named.
/// </summary>
public sealed partial class NoReasonReturnFlow : IDialogFlow
{
    public const int DaysToSign = 3;
    public const int WindowDays = 7;
    private const string ExchangeRecorded = "no_reason_return.exchange_recorded";
    internal const string OnceReceived = "no_reason_return.exchange_once_received";

    public string Intent => IntentIds.NoReasonReturn;

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (Hesitation.TryHoldOff(context))
        {
            return Task.CompletedTask;
        }

        // "能换个白色的吗" names the colour wanted, not the buyer's white orders.
        if (context.State.Step is null && SizeOrStyleChange().IsMatch(context.Normalized))
        {
            context.ReadFactsFrom(SizeOrStyleChange().Replace(context.Normalized, string.Empty));
        }

        // An order whose refund is already under way is no order to start a return on: it is never offered in the list,
        // unless it is the order just talked about ("我就是不喜欢这个蓝 没拆过的" about its refund), which is answered.
        var focus = context.State.LastOrderNumber;
        var order = OrderResolver.Resolve(context, "no_reason_return", o => o.Status is OrderStatus.Shipped or OrderStatus.Completed && (!o.HasRefundUnderWay || o.OrderNumber == focus));
        if (order is null)
        {
            return Task.CompletedTask;
        }

        var facts = context.Services.Orders.Facts(order);
        var slots = context.SlotsOf(order);
        if (ExchangeTold(context, order.OrderNumber))
        {
            // "好的 帮我换" after the exchange was recorded: it is done, nothing is recorded twice.
            context.Say("no_reason_return.exchange_already", slots);
            context.Finish();
            return Task.CompletedTask;
        }

        if (KeepsAfterColourNote(context, order))
        {
            context.Say(ColourNote + "_kept", slots);
            context.Finish();
            return Task.CompletedTask;
        }

        var notReceived = SaysNotReceived(context, order);
        var withinWindow = order.Status is OrderStatus.Shipped or OrderStatus.Completed && (facts.DaysSinceShipment <= WindowDays + DaysToSign || notReceived);
        var coming = order.Status == OrderStatus.Shipped && !context.Facts.Cues.AlreadyReceived && !context.State.GoodsInHand;
        var exchangeAsked = SizeOrStyleChange().IsMatch(context.Compact) || ExchangesTo(context) || (coming && AsksSwapOnArrival(context));
        // "XL大了 想换L 洗过一次了": washed or worn goods are out of the no-reason exchange, whatever the dates say.
        if (order.Status is OrderStatus.Shipped or OrderStatus.Completed && ReturnCondition.SaysUsed(context.Compact))
        {
            context.Say("no_reason_return.used_goods", slots);
            context.Finish();
            return Task.CompletedTask;
        }

        if (withinWindow && (exchangeAsked
            || (coming && context.Told(OnceReceived, order.OrderNumber) && SizeNamed().IsMatch(context.Compact))))
        {
            // "换货吧 换大一号的": the lexicon's colour or size, else the first change that names one, never the bare 换货.
            // "能换1.5米的吗": the bed width from the raw text, before the fold has made "1.5" a size 15.
            var target = TargetOf(context);
            // "用不了的话到了能换成1.5的吗", "还没收到 XL太大了 想换成L", "XL太大了" with the parcel still coming: how the exchange goes
            // once it is in hand, nothing recorded.
            // "T恤拍错码了 我想换L的" a day after it left: ordered wrong and not yet worn, so the parcel is still coming.
            // "现在能直接改成L吗" after that was said: the parcel cannot be changed on its way, the ways to L are told.
            if (coming && (Supposes().IsMatch(context.Compact) || NotYetArrived().IsMatch(context.Compact) || context.Told(OnceReceived, order.OrderNumber)
                    || (Misordered().IsMatch(context.Compact) && !Worn().IsMatch(context.Compact) && facts.DaysSinceShipment < DaysToSign)
                    || JudgesSizeUnseen(context, order, facts)))
            {
                var once = context.Told(OnceReceived, order.OrderNumber);
                context.State.WantedOnArrival = target ?? context.State.WantedOnArrival;
                context.Say(once ? "no_reason_return.exchange_direct_asked" : context.State.WantedOnArrival is null ? SwapOnArrivalTemplate : OnceReceived,
                    new Dictionary<string, string?>(slots) { [TemplateSlots.Change] = context.State.WantedOnArrival ?? "您要的规格" });
                context.Finish();
                return Task.CompletedTask;
            }

            return RecordExchangeAsync(context, order, target ?? string.Empty, slots, cancellationToken);
        }

        // "运费应该你们出" within the window: who pays, never a complaint; "退货地址发我一下": where it goes back, never the rules again.
        if (withinWindow && (DisputesPostage(context.Normalized) || AsksReturnAddress(context.Compact)))
        {
            context.Say(DisputesPostage(context.Normalized) ? "no_reason_return.postage_disputed" : "no_reason_return.return_address", slots);
            context.Finish();
            return Task.CompletedTask;
        }

        var answer = order.Status switch
        {
            OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment => "no_reason_return.not_shipped",
            OrderStatus.Closed => "track.closed",
            _ when facts.DaysSinceShipment > WindowDays + DaysToSign && !notReceived => OutsideWindow,
            _ => WithinWindow,
        };
        // "退货退款 7天无理由可以吧" after it was said: a yes in a sentence, never the same rules again.
        // "买了两个 想退一个": part of the order goes back, which the return asks for by the pieces chosen.
        var partial = answer == WithinWindow && order.Quantity > 1 && ReturnsPart(context.Compact);
        // "已经发了是吧 那收到以后退一件行吗": the parcel is still coming, so nothing of it is cancelled now.
        // "T恤3件太大了 退2件": tried on, so in hand, however soon after shipping.
        var onTheWay = partial && order.Status == OrderStatus.Shipped && !context.Facts.Cues.AlreadyReceived && !Tried().IsMatch(context.Compact)
            && (NotYetArrived().IsMatch(context.Compact) || facts.DaysSinceShipment < DaysToSign);
        // "颜色跟图片不一样" past the window: no return for taste, but a colour far from the listing is still the shop's.
        var colourLate = answer == OutsideWindow && ColourLook.Says(context.Compact);
        context.Say(
            colourLate ? OutsideWindow + "_colour"
            // A refund already under way on the order: no second application, only whether the goods qualify and the postage.
            : answer == WithinWindow && order.HasRefundUnderWay ? WithinWindow + "_refunding"
            : onTheWay ? WithinWindow + "_partial_on_way"
            : partial ? WithinWindow + "_partial"
            // "凭什么不行" after the window was said: the reason in other words and what is left, never the first reply again.
            : answer == OutsideWindow && (context.Told(OutsideWindow, order.OrderNumber) || context.Told(OutsideWindow + "_exchange", order.OrderNumber)) ? OutsideWindow + "_again"
            // "10月买的T恤 XL大了 能换个L码吗": the exchange asked is past its days too, and the size chart and a new order are left.
            : answer == OutsideWindow && exchangeAsked ? OutsideWindow + "_exchange"
            : answer == WithinWindow && (context.Told(WithinWindow, order.OrderNumber) || context.Told(WithinWindow + "_partial", order.OrderNumber)) ? WithinWindow + "_again"
            : answer == WithinWindow && ComplainsOfFit(context) ? WithinWindow + "_fit"
            : answer,
            slots);
        if (answer == WithinWindow && ColourLook.Says(context.Compact) && (!Dislike().IsMatch(context.Compact) || ColourLook.FarOff(context.Compact)))
        {
            // "颜色跟图片不一样 太灰了": taste is the buyer's, but a colour far from the listing is the shop's to check;
            // "颜色比图上深 我不太喜欢" is taste told, no photo asked.
            context.Say(ColourNote, slots);
        }

        context.Finish();
        return Task.CompletedTask;
    }

    /// <summary>
    /// "还能退吗", "现在还可以退货不", "过了退货期没有": whether the order may still go back, which its dates answer.
    /// </summary>
    public static bool AsksWhetherStillReturnable(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return StillReturnable().IsMatch(CompactText.Of(normalizedText));
    }

    // "用不了的话", "铺不下的话", "到了以后要是…": the exchange is supposed, for when the parcel is in hand; never "有黑色的话",
    // "M码的话", which only name what is wanted.
    [GeneratedRegex("(?:收到|到货|到了)(?:以后|之后|后)|到时候|(?:用不了|用不上|不合适|不能用|铺不下|放不下|穿不下|不好用|不喜欢|不行)的话")]
    private static partial Regex Supposes();

    [GeneratedRegex("(还|现在|还能不能|能不能|还可不可以|可不可以)(能|可以)?(退|退货|退掉)(吗|么|嘛|不|没|啊|了吗|得了)|(过|超)(了)?(七天|7天|退货期|无理由)|退货期|无理由.{0,4}(过了|到期|截止|还有效)")]
    private static partial Regex StillReturnable();

    /// <summary>What marks a return or exchange record as no defect of the goods, so the postage is the buyer's.</summary>
    public const string NotQuality = "非质量问题";

    /// <summary>
    /// "不是质量问题", "就是不喜欢", "七天无理由", "买错尺码了": the buyer says the goods have no defect, and names nothing broken,
    /// missing or dead.
    /// </summary>
    public static bool SaysNoDefect(string normalizedText) =>
        (QualityProblems.Denied(normalizedText) || QualityProblems.RulesOutDefect(normalizedText))
        && QualityProblems.Of(normalizedText) is not (QualityProblem.WrongItem or QualityProblem.Damaged or QualityProblem.Missing or QualityProblem.NotWorking or QualityProblem.Leaking);

    /// <summary>
    /// The record of a no-reason return or exchange in the shop's words: the item, why in a word, the kind and that the
    /// postage is the buyer's ("四件套：不喜欢（7天无理由退货，非质量问题，寄回运费买家承担）").
    /// </summary>
    public static string Describe(string? item, string normalizedText, bool exchange, string? change)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var why = WhyOf(CompactText.Of(normalizedText), change);
        var what = change is { Length: > 0 } ? $"{why}，{change}" : why;
        var kind = exchange ? "7天无理由换货" : "7天无理由退货";
        // The returns policy and the reply put only the leg back on the buyer, for an exchange too: the new piece goes out as sold.
        return $"{(item is null ? string.Empty : item + "：")}{what}（{kind}，{NotQuality}，寄回运费买家承担）";
    }

    private static string WhyOf(string compact, string? change) =>
        SizeWords().IsMatch(compact) || (change is not null && (SizeWords().IsMatch(change.ToLowerInvariant()) || SizeValue().IsMatch(change))) ? "尺码不合适"
        : compact.Contains("买错", StringComparison.Ordinal) || compact.Contains("拍错", StringComparison.Ordinal) || compact.Contains("选错", StringComparison.Ordinal) ? "买错了"
        : compact.Contains('色', StringComparison.Ordinal) && Dislike().IsMatch(compact) ? "颜色不喜欢"
        : Dislike().IsMatch(compact) ? "不喜欢"
        : change is not null && ColourChange().IsMatch(change) ? "想换颜色"
        : change is not null ? "款式不合适"
        : "不想要了";

    private const string WithinWindow = "no_reason_return.within_window";

    /// <summary>Told the no-reason window has passed: a postage question next is no return's postage.</summary>
    public const string OutsideWindow = "no_reason_return.outside_window";

    /// <summary>"没用过 包装都在", "吊牌还在 没背过": the goods as the no-reason return needs them, said by the buyer.</summary>
    public static bool SaysUnused(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Unused().IsMatch(compactText);
    }

    /// <summary>The words without what says the goods are unused ("包装都在" is no damaged box), for a problem named beside them.</summary>
    public static string WithoutUnused(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Unused().Replace(compactText, " ");
    }

    [GeneratedRegex("没(?:有)?(?:用|穿|背|洗|戴|拆|开封|拆封|拆风)过?|没(?:有)?下过?水|(?:包装|吊牌|标签|盒子)(?:都|也|还)?(?:在|有|完好|好好的)|(?:吊牌|标签)(?:都|也|还)?(?:没|没有)(?:剪|拆|撕|摘)|全新|原封")]
    private static partial Regex Unused();

    /// <summary>
    /// "买了两个 想退一个", "拍了三件 其实两件就够了", "拍多了": part of an order of several pieces is not wanted, no
    /// defect of the goods.
    /// </summary>
    public static bool ReturnsPart(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return PartOfOrder().IsMatch(compactText) || WantsFewer(compactText);
    }

    /// <summary>"两件就够了", "拍多了", "用不了那么多": fewer pieces are wanted than were bought.</summary>
    public static bool WantsFewer(string compactText) => FewerWanted().IsMatch(compactText);

    [GeneratedRegex("退(?:一|1|两|2|其中|里面的?)(?:个|件|只|双|套|条|盒|几)|(?:只|就|先)退(?:一|1|两|2|其中)|退其中|退掉?一(?:个|件|只)")]
    private static partial Regex PartOfOrder();

    [GeneratedRegex("[一两二三1-3](?:个|件|只|双|套|条|盒)就够|(?:拍|买|下单|订)多了|多(?:拍|买|订)了|用不了(?:那么|这么)多|不需要(?:那么|这么)多")]
    private static partial Regex FewerWanted();

    /// <summary>"换L的", "改成L": the size named after 换 or 改, where a longer match of the change words has not caught it.</summary>
    [GeneratedRegex("(?:换|改)(?:成|为|个|一个)?(?<s>[2-5]?x{0,3}[lsm]|[0-9]{2,3})(?:码|号|cm|的)?(?![a-z0-9])")]
    private static partial Regex SizeNamed();

    [GeneratedRegex("(?:拍|买|选|下)错")]
    private static partial Regex Misordered();

    [GeneratedRegex("穿不下|穿不进|穿着|穿了|试了|试穿|上身")]
    private static partial Regex Worn();

    [GeneratedRegex("收到(?:以后|之后|后|了再)|到了(?:以后|之后|再)|还没(?:收到|到)|(?:已经)?发(?:了|货了)(?:是吧|吗|啊|呀)|在路上")]
    private static partial Regex NotYetArrived();

    /// <summary>
    /// "XL太大了 能换成L吗": not a defect but the wrong size or style for the buyer, inside the no-reason window: an
    /// exchange is recorded (the target size or colour, never the sentence), postage on the buyer.
    /// </summary>
    private static async Task RecordExchangeAsync(FlowContext context, Order order, string target, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var from = FromSize().Matches(context.Compact).Select(m => m.Groups["s"].Value.ToUpperInvariant()).FirstOrDefault(s => s != target && s.Length > 0)
            ?? BoughtSize(order, target);
        var change = target.Length == 0 ? AwaitedChange(context.Compact) : from is not null ? $"{from}换{target}" : target[0] is '大' or '小' ? $"换{target}" : $"换成{target}";
        // "有黑色的话换黑色 没有就直接退": what the buyer wants when the colour is not there goes on the record too.
        change = change is not null && OrElseReturn().IsMatch(context.Compact) ? $"{change}，{ExchangeFallback.Said}" : change;
        var item = ProblemPhrases.ItemOf(order.Title, context.Services.Analyzer.Products.ProductWords);
        // "三件T恤 想换两件L": the pieces exchanged go on the record, in the words ExchangePieces changes them by later.
        var wanted = order.Quantity > 1 && ExchangePieces.Wanted(context.Compact, order.Quantity) is { } count && count < order.Quantity ? count : (int?)null;
        var description = Describe(item, context.Normalized, true, change) + (wanted is { } some ? "；" + ExchangePieces.Said(some, order.Quantity) : string.Empty);
        await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, true, description, [], cancellationToken).ConfigureAwait(false);
        // The application and the slip in the parcel are how the warehouse knows what to send back.
        var pieces = wanted is { } part ? $"其中{part}件" : string.Empty;
        context.Say(target.Length == 0 ? ExchangeRecorded + "_open" : ForListing(ExchangeRecorded, order, target), new Dictionary<string, string?>(slots, StringComparer.Ordinal)
        {
            [TemplateSlots.Change] = target.Length == 0 ? $"写明{pieces}要换的尺码或颜色" : target[0] is '大' or '小' ? $"写明{pieces}换{target}" : $"写明{pieces}换成{target}",
        });
        context.Finish();
    }

    /// <summary>"码数小了 想换XXL": the size bought is the one exchanged from, when the buyer names only the new one.</summary>
    private static string? BoughtSize(Order order, string target) =>
        target.Length > 0 && (LabelSize.IsSize(target) || target.EndsWith('码')) && LabelSize.Bought(order.Title) is { } bought && bought != OrderChanges.Size(target)
            ? bought
            : null;

    [GeneratedRegex("(?<![a-z0-9])(?<s>x{1,3}l|xs|[sml]|[0-9]{2,3})(?:码|号|cm)?(?:的)?(?:穿着|穿起来)?(?:偏|太|有点)?(?:大|小|紧|肥)了?", RegexOptions.IgnoreCase)]
    private static partial Regex FromSize();

    [GeneratedRegex("尺码|码|大了|小了|太大|太小|偏大|偏小|紧|肥|穿不下|不合身|铺不|床是|[0-9.]+m$")]
    private static partial Regex SizeWords();

    /// <summary>"XL换XXL", "120换130": the change is between two sizes.</summary>
    [GeneratedRegex("^(?:[2-5]?X{0,3}[LSM]|[0-9]{2,3}(?:CM)?)换", RegexOptions.IgnoreCase)]
    private static partial Regex SizeValue();

    [GeneratedRegex("不太?喜欢|not ?my ?(?:style|taste|type|thing)|不是我的(?:风格|菜)|不合(?:我的?)?心意|不好看|太灰|太暗|太艳|太亮|不耐脏|显脏|容易脏|显老|显黑|显胖|不想要|改主意")]
    private static partial Regex Dislike();

    [GeneratedRegex("换(成|个|一个|一件|为|[两二三四五2-5](件|个|条|只|套|双)(换?成)?)?(?<to>[0-9]{2,3}(码|cm|的)?|[2-5]?x{0,3}[lsm](码|号)?|大一?[个点码号]|小一?[个点码号]|[^,.;!?。！？；的]{1,4}色)|换(个|一个|种|一种)?(别的|其他|其它|另外的?|另一种)?(尺码|码|大小|颜色|款)|换货|(买|拍|选|下)错(了)?(尺寸|尺码|码|大小|颜色|规格|型号)?.{0,12}换|(尺寸|尺码|大小|规格)(不对|不合适|错了).{0,12}换")]
    private static partial Regex SizeOrStyleChange();
}
