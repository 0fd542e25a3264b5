using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "退款多久到账": where the order's refund stands (under way, paid back, just recorded here, none, or nothing was ever
/// paid) and where the money goes, and how long it takes, for the way the buyer paid (支付宝余额, 花呗, 储蓄卡 1–7 working
/// days, 信用卡 about 15), from the shop's policy.
/// </summary>
internal static partial class RefundTiming
{
    /// <summary>Said instead of the payout list once it was listed: when the count starts, and a refund proof offered.</summary>
    public const string TimingAgain = "asides.refund_timing_again";

    public static bool IsAsked(string normalizedText) => Asked.GetOrAdd(normalizedText, ReadAsked);

    /// <summary>Readings per text: several checks of a turn ask it of the same line.</summary>
    private static readonly TextMemory<bool> Asked = new();

    private static bool ReadAsked(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return Arrival().IsMatch(compact) && !Invoice().IsMatch(compact) && !RefundStanding.AsksApproval(compact);
    }

    /// <summary>
    /// "退款到哪了" with no order named, right after an order without any refund was talked about, while another order
    /// has one: which refund is meant is asked, never answered for the other order silently.
    /// </summary>
    public static bool FocusElsewhere(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        return context.Facts.MatchedOrderNumbers.Count == 0
            && context.State.LastOrderNumber is { } last
            && orders.FirstOrDefault(o => o.OrderNumber == last) is { Refund: RefundStatus.None }
            && !context.Told("refund_unshipped.refund_requested", last)
            && orders.Any(o => o.Refund != RefundStatus.None);
    }

    /// <summary>Said instead of the payout list once it was listed, for a refund not paid back yet: the way paid asked, a refund proof offered.</summary>
    public const string TimingAgainPending = "asides.refund_timing_again_pending";

    /// <summary>What says a refund waits for the shop, with the two-day rule or the order kept back: its state needs no second line.</summary>
    private static readonly string[] PendingTold =
        ["refund_unshipped.pending_unshipped", "refund_unshipped.pending_again", "refund_unshipped.pending_not_shipped", "focus.refund_pending_stop"];

    private const string WayPrefix = "asides.refund_to_";

    /// <summary>A card named without saying which kind ("卡里"): both kinds' days go with it.</summary>
    private const string AnyCard = "card";

    private const string Alipay = "alipay";
    private const string WayAgainPrefix = "asides.refund_again_";

    /// <summary>The refund's payout times for every way of paying were already listed in this conversation.</summary>
    public static bool Listed(DialogState state) =>
        state.SaidTemplates.Any(t => t is "asides.refund_any_way" or "asides.refund_which_way" or "needs.refund_channels" || t.StartsWith("listen.wait_refund", StringComparison.Ordinal));

    /// <summary>
    /// The last thing said in this conversation was when a refund's money arrives: "退到银行卡的话几天能到", "那到底几天"
    /// next follow it, whatever order or parcel the words might also fit.
    /// </summary>
    public static bool JustTold(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.SaidTemplates.LastOrDefault() is { } last && IsPayout(last);
    }

    private static bool IsPayout(string templateKey)
    {
        // "listen.wait_refund|3612…": the template said about an order.
        var id = templateKey.Split('|')[0];
        return id.StartsWith(WayPrefix, StringComparison.Ordinal) || id.StartsWith(WayAgainPrefix, StringComparison.Ordinal)
            || id is "asides.refund_any_way" or "asides.refund_which_way" or "asides.refund_where_again" or "needs.refund_channels" or TimingAgain or TimingAgainPending or HuabeiBillTemplate
                or "listen.wait_refund";
    }

    /// <summary>The way of paying the buyer named last in this conversation ("银行卡的话"), as its template's ending, or null.</summary>
    public static string? WayNamedBefore(DialogState state) =>
        state.SaidTemplates.LastOrDefault(t => t.StartsWith(WayPrefix, StringComparison.Ordinal) || t.StartsWith(WayAgainPrefix, StringComparison.Ordinal)) is { } key
            ? key[(key.StartsWith(WayPrefix, StringComparison.Ordinal) ? WayPrefix.Length : WayAgainPrefix.Length)..]
            : null;

    /// <summary>
    /// The payout said again once the list was given: the card or 花呗 named in this line ("我用的招商信用卡付的 账单上没看到
    /// 退回来"), else the way the buyer named before, in short with where the money goes ("信用卡付的" then "到底退哪去了"),
    /// else every way in short. 支付宝 alone names where the buyer looks, not how they paid, and "卡里没看到" no kind of card.
    /// </summary>
    public static string AgainTemplate(DialogState state, string compact)
    {
        ArgumentNullException.ThrowIfNull(state);
        var way = SingleWayNamed(compact) is { } named && named is not (Alipay or AnyCard) ? named : WayNamedBefore(state);
        // "花呗账单上怎么还有这笔", "花唄怎麼還要我還這筆": what the bill shows after the refund is asked, not the payout again.
        if (way == "huabei" && HuabeiBill().IsMatch(compact))
        {
            return HuabeiBillTemplate;
        }

        return way is not null ? WayAgainPrefix + way : TimingAgain;
    }

    private const string HuabeiBillTemplate = "asides.refund_huabei_bill";

    [GeneratedRegex("账单|还要还|要我还|让我还|还款|待还|还这笔|还那笔|要还")]
    private static partial Regex HuabeiBill();

    /// <summary>The one way of paying the line names ("信用卡", "花呗"), or null when it names none or several.</summary>
    public static string? SingleWayNamed(string compact) => compact switch
    {
        _ when WaysNamed(compact) > 1 => null,
        _ when Huabei().IsMatch(compact) => "huabei",
        _ when CreditCard().IsMatch(compact) && !DebitCard().IsMatch(compact) => "credit_card",
        _ when DebitCard().IsMatch(compact) && !CreditCard().IsMatch(compact) => "debit_card",
        _ when Card().IsMatch(compact) => AnyCard,
        _ when Balance().IsMatch(compact) => Alipay,
        _ => null,
    };

    /// <summary>"我是花呗付的" beside another need: where that way's money goes back, or null when no single way is named.</summary>
    public static string? WayTemplate(string compact) => SingleWayNamed(compact) is { } way and not AnyCard ? WayPrefix + way : null;

    public static bool NamesPaymentMethod(string compact) => Huabei().IsMatch(compact) || Card().IsMatch(compact) || Balance().IsMatch(compact);

    /// <summary>Tells the refund of <paramref name="orderNumber"/>, or of the buyer's one refunding order, then the way it goes back.</summary>
    /// <param name="mayBeRecordedHere">False when this chat is known to have recorded no refund (a note or a chase was
    /// recorded before the buyer was queued), so the order in focus is never said to have one just recorded.</param>
    /// <returns>The order told about, if one was.</returns>
    public static Order? Tell(FlowContext context, string? orderNumber, bool tellState = true, bool mayBeRecordedHere = true)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var named = context.Facts.MatchedOrderNumbers.Count > 0 ? context.Facts.MatchedOrderNumbers[0] : orderNumber;
        var refunding = orders.Where(o => o.Refund != RefundStatus.None).ToList();
        // No order named: the order in focus is the one asked about; only without one is the buyer's one refund meant.
        var focus = context.State.LastOrderNumber is { } last ? orders.FirstOrDefault(o => o.OrderNumber == last) : null;
        var order = named is not null ? orders.FirstOrDefault(o => o.OrderNumber == named)
            : focus is not null && (focus.Refund != RefundStatus.None || refunding.Count == 0) ? focus
            : refunding.Count == 1 && focus is null ? refunding[0]
            : null;
        if (order is not null && tellState)
        {
            // Recorded in this conversation: the flow that just finished wrote the request down; the export shows none yet.
            var recordedHere = mayBeRecordedHere && context.State.ActiveFlow is null && order.OrderNumber == context.State.LastOrderNumber;
            var situation = order switch
            {
                { Status: OrderStatus.Closed, AmountPaid: 0 } => "asides.never_paid",
                { Status: OrderStatus.AwaitingPayment } => "refund_unshipped.awaiting_payment",
                { Refund: RefundStatus.InProgress } => "asides.refund_in_progress",
                { Refund: RefundStatus.Succeeded } => "asides.refund_succeeded",
                { Refund: RefundStatus.Closed } => "refund_unshipped.progress_closed",
                _ when recordedHere => "asides.refund_requested_here",
                _ => "asides.refund_none",
            };
            // Said once per conversation: "退到哪了" asked again gets the new answer, not the refund's state restated.
            if (!context.Told(situation, order.OrderNumber)
                && !(situation == "asides.refund_succeeded" && RefundMoneyMissing.ToldPaidBack(context, order.OrderNumber))
                && !(situation == "asides.refund_in_progress" && PendingTold.Any(t => context.Told(t, order.OrderNumber))))
            {
                context.Say(situation, new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = order.OrderNumber });
            }

            if (order.AmountPaid == 0)
            {
                return order;
            }
        }
        else if (tellState && named is null && focus is null && refunding.Count == 0)
        {
            // "钱退到哪了" from a buyer with no refund at all: said so before how refunds go back, never as if one were under way.
            context.Say("asides.refund_none_any");
        }

        var payout = PayoutTemplate(context.Compact, context.State, order);
        context.Say(payout, payout == TimingAgainPending && order is not null ? new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = order.OrderNumber } : null);
        return order;
    }

    /// <summary>
    /// The payout line: the way named, or every way. Listed once per conversation: asked again, the way named before in
    /// short ("储蓄卡就是1到7个工作日"), else when the count starts and a refund proof, never the same paragraph.
    /// </summary>
    private static string PayoutTemplate(string compact, DialogState state, Order? order)
    {
        var listed = Listed(state);
        // "信用卡还是余额": the export does not say how the buyer paid, so two ways named are both answered.
        var waysNamed = WaysNamed(compact);
        var way = SingleWayNamed(compact) ?? (waysNamed == 0 && listed ? WayNamedBefore(state) : null);
        return compact switch
        {
            // "信用卡还是余额" names the ways asked about: answered, unless that very answer was given already.
            _ when AsksWhichWay(compact) && !state.Told("asides.refund_which_way", null) => "asides.refund_which_way",
            _ when waysNamed > 1 && !state.Told("asides.refund_any_way", null) => "asides.refund_any_way",
            _ when (way ?? WayNamedBefore(state)) == "huabei" && HuabeiBill().IsMatch(compact) => HuabeiBillTemplate,
            _ when way is not null => state.Told(WayPrefix + way, null) || state.Told(WayAgainPrefix + way, null) ? WayAgainPrefix + way : WayPrefix + way,
            _ when !listed => "asides.refund_any_way",
            // "钱退到哪" after the days were listed: where it goes, in a line, without the days again.
            _ when AsksWhere().IsMatch(compact) => "asides.refund_where_again",
            _ => order is null or { Refund: RefundStatus.Succeeded } ? TimingAgain : TimingAgainPending,
        };
    }

    // "钱是花呗付的 退回来多久能到": the money coming back, with the way paid between; "退回来是到花呗吗": where it goes back.
    // "18号晚上付的钱 不要了 退款": the money paid for the order, no refund's arrival asked.
    [GeneratedRegex("到账|(?<!付的?|付了|花的?|花了)钱.{0,4}(回来|退回|到(?!现在|今天|目前|这会)|退)|退回来.{0,3}(几天|多久|多长时间|什么时候|啥时候)|退款.{0,6}(几天|多久|多长时间|什么时候|啥时候|几号|哪天|退到|到哪|去哪)|(什么时候|多久|啥时候|几天)(能|才|可以)?(退|到账|退回|收到退款)|退到哪|退回哪|钱退哪|退的钱|退款.{0,6}(进度|哪一步|到哪步|怎么样了)|问(一下)?进度|(什么|啥)进度|退款.{0,4}(到了|到没到|到账了)|钱(到了|到账了|到没到)|退(到|回)(原来的|原)?(银行卡|信用卡|储蓄卡|借记卡|工资卡|卡里|卡上|卡|花呗|余额|支付宝).{0,6}(几天|多久|多长时间|什么时候|啥时候|几号|哪天|能到|到账)|退(回来|款|的钱)(是|会|能)?(退)?(到|回|进)(原来的|原)?(银行卡|信用卡|储蓄卡|借记卡|卡里|卡上|卡|花呗|余额|支付宝)[里上]?(吗|么|嘛|吧|不|没|的吧)")]
    private static partial Regex Arrival();

    /// <summary>
    /// "退到花呗还是卡上": which of two ways of paying the money goes back to, which follows how the buyer paid; the
    /// days each way takes are told apart, when asked.
    /// </summary>
    public static bool AsksWhichWay(string compact) => WaysNamed(compact) > 1 && EitherOr().IsMatch(compact);

    // "卡上" names a card without saying which kind: a way of its own beside 花呗 or 余额.
    private static int WaysNamed(string compact)
    {
        var anyCard = Card().IsMatch(compact) && !CreditCard().IsMatch(compact) && !DebitCard().IsMatch(compact);
        return new[] { Huabei().IsMatch(compact), CreditCard().IsMatch(compact), DebitCard().IsMatch(compact), anyCard, compact.Contains("余额", StringComparison.Ordinal) }.Count(w => w);
    }

    [GeneratedRegex("退到哪|退回哪|退哪|到哪(个|里)?(账户|账号)|退去哪|回到哪")]
    private static partial Regex AsksWhere();

    [GeneratedRegex("还是|或者|或是")]
    private static partial Regex EitherOr();

    [GeneratedRegex("发票|开票")]
    private static partial Regex Invoice();

    [GeneratedRegex("花呗")]
    private static partial Regex Huabei();

    [GeneratedRegex("信用卡|银行卡|储蓄卡|借记卡|工资卡|卡里|卡上|(?:招行|工行|建行|农行|中行|交行|邮储)的?卡")]
    private static partial Regex Card();

    [GeneratedRegex("信用卡")]
    private static partial Regex CreditCard();

    // The policy's 1–7 working days are a debit card's; "招行卡", "工行的卡" name a bank's card, which is one too.
    [GeneratedRegex("储蓄卡|借记卡|银行卡|工资卡|(?:招行|工行|建行|农行|中行|交行|邮储)的?卡")]
    private static partial Regex DebitCard();

    [GeneratedRegex("余额|支付宝")]
    private static partial Regex Balance();
}
