using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class DialogEngine
{
    /// <summary>Longer lines carry a need of their own; details added in passing are short.</summary>
    private const int MaxFocusDetailsLength = 16;

    /// <summary>
    /// "今早拍的 4份", "就早上下的那单 四包", "8号买的 后来退了" right after an answer on an order: the buyer adds when they
    /// bought it and how many, which only says the answer was about the right order. It stays on that order and is
    /// answered for it (a refunded one with its refund, an unshipped one with when it ships), never read as a need of its
    /// own: no quality case, no menu with another order, no "order closed, buy it again".
    /// </summary>
    private async Task<DialogOutcome?> DetailsOfFocusAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var compact = CompactText.Of(context.Normalized);
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } number
            || compact.Length > MaxFocusDetailsLength || !(Bought().IsMatch(compact) || Pieces().IsMatch(compact))
            || context.Facts.Cues.IsQuestion
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        // Only details may be left once the day, the count and the order's own product words are taken out: anything
        // else is a need. The day goes first, so "8号" read as a mention never leaves "买的" behind.
        var rest = context.Facts.OrderReferences.Where(r => r.OrderNumbers.Contains(number) && !string.IsNullOrEmpty(r.Mention))
            .Aggregate(Pieces().Replace(Bought().Replace(compact, string.Empty), string.Empty), (text, r) => text.Replace(CompactText.Of(r.Mention), string.Empty, StringComparison.Ordinal));
        var refunded = order.Refund is RefundStatus.Succeeded;
        if (refunded)
        {
            rest = RefundedSaid().Replace(rest, string.Empty);
        }

        // An order held at the buyer's wish is answered with its hold ("就今天早上拍的那单" after 30号以后再发), never a ship date.
        if (DetailFiller().Replace(rest, string.Empty).Length > 0
            || await OpenCases.FindAsync(context, number, cancellationToken, CaseKind.DelayShipment, CaseKind.CombineShipment).ConfigureAwait(false) is not null)
        {
            return null;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.OrderState] = OrderSlots.StatusName(order) };
        context.Say(
            refunded ? "listen_known.focus_refunded"
            : order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay ? "listen_known.focus_unshipped"
            : "listen_known.focus_confirmed",
            slots);
        return Outcome(context, DialogOutcomeKind.Answered, refunded ? IntentIds.RefundUnshipped : state.LastFlow ?? IntentIds.Other);
    }

    /// <summary>
    /// "能给个退款截图或者证明吗" right after a refund that went through was talked about: where the proof is, for that
    /// order, never a menu of needs or of other orders.
    /// </summary>
    private DialogOutcome? VoucherOfFocus(FlowContext context)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || !RefundVoucher.IsAsked(context.Compact)
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || _services.Orders.Find(context.Input.BuyerId, number) is not { Refund: RefundStatus.Succeeded } order)
        {
            return null;
        }

        state.ClearClarification();
        context.Say(RefundVoucher.Situation, context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
    }

    /// <summary>"今早拍的", "8号买的", "昨天晚上下的单": when the order was placed.</summary>
    [GeneratedRegex("(?:今天|今早|今儿|昨天|昨晚|前天|刚才|刚刚|上周[一二三四五六日天]?|周[一二三四五六日天]|(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日|號)|早上|上午|中午|下午|晚上|凌晨)(?:早上|上午|中午|下午|晚上|凌晨)?(?:拍|买|買|下单|下|付款|付)(?:的|了)?(?:单|那单)?")]
    private static partial Regex Bought();

    /// <summary>"4份", "四包", "两双": how many.</summary>
    [GeneratedRegex("(?:[0-9]{1,3}|[一二三四五六七八九十两几]{1,3})(?:份|包|双|件|个|条|套|盒|瓶|只|袋)")]
    private static partial Regex Pieces();

    /// <summary>"后来退了", "已经退款了": said of an order whose refund went through, it only tells its story.</summary>
    [GeneratedRegex("(?:后来|已经|早就|然后|之后)?(?:又)?(?:退了|退款了|退掉了|退款成功了|申请退款了)")]
    private static partial Regex RefundedSaid();

    [GeneratedRegex("就是|对的|对|嗯+|是的|是|那单|这单|那个|这个|那笔|这笔|那件|这件|单子|订单|的|了|啊|呀|哈|吧|呢|哦|嘛|也|就|我")]
    private static partial Regex DetailFiller();
}
