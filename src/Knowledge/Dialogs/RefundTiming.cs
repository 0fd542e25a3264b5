using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

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

    public static bool IsAsked(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return Arrival().IsMatch(compact) && !Invoice().IsMatch(compact);
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

    /// <summary>The refund's payout times for every way of paying were already listed in this conversation.</summary>
    public static bool Listed(DialogState state) =>
        state.SaidTemplates.Any(t => t is "asides.refund_any_way" or "needs.refund_channels" || t.StartsWith("listen.wait_refund", StringComparison.Ordinal));

    public static bool NamesPaymentMethod(string compact) => Huabei().IsMatch(compact) || Card().IsMatch(compact) || Balance().IsMatch(compact);

    /// <summary>Tells the refund of <paramref name="orderNumber"/>, or of the buyer's one refunding order, then the way it goes back.</summary>
    /// <returns>The order told about, if one was.</returns>
    public static Order? Tell(FlowContext context, string? orderNumber, bool tellState = true)
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
            var recordedHere = context.State.ActiveFlow is null && order.OrderNumber == context.State.LastOrderNumber;
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
                && !(situation == "asides.refund_succeeded" && RefundMoneyMissing.ToldPaidBack(context, order.OrderNumber)))
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

        var compact = context.Compact;
        // "信用卡还是余额": the export does not say how the buyer paid, so two ways named are both answered.
        var waysNamed = WaysNamed(compact);
        // The payout times of a refund paid back are listed once; asked again with no way named, when the count starts.
        var listed = Listed(context.State) && order is { Refund: RefundStatus.Succeeded };
        context.Say(compact switch
        {
            _ when AsksWhichWay(compact) => "asides.refund_which_way",
            _ when waysNamed > 1 => "asides.refund_any_way",
            _ when Huabei().IsMatch(compact) => "asides.refund_to_huabei",
            _ when CreditCard().IsMatch(compact) && !DebitCard().IsMatch(compact) => "asides.refund_to_credit_card",
            _ when DebitCard().IsMatch(compact) && !CreditCard().IsMatch(compact) => "asides.refund_to_debit_card",
            _ when Card().IsMatch(compact) => "asides.refund_to_card",
            _ when Balance().IsMatch(compact) => "asides.refund_to_alipay",
            _ => listed ? TimingAgain : "asides.refund_any_way",
        });
        return order;
    }

    [GeneratedRegex("到账|钱.{0,4}(回来|退回|到(?!现在|今天|目前|这会)|退)|退款.{0,6}(几天|多久|多长时间|什么时候|啥时候|几号|哪天|退到|到哪|去哪)|(什么时候|多久|啥时候|几天)(能|才|可以)?(退|到账|退回|收到退款)|退到哪|退回哪|钱退哪|退的钱|退款.{0,6}(进度|哪一步|到哪步|怎么样了)|问(一下)?进度|(什么|啥)进度|退款.{0,4}(到了|到没到|到账了)|钱(到了|到账了|到没到)")]
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
