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
    /// "今早拍的 4份", "就早上下的那单 四包", "8号买的 后来退了", "就是买了两件白色XL那单", "昨天发的那个", "3件都是XL的, 20号发的" right after an answer on an
    /// order: the buyer adds when they bought it, how many, the colour or size on its title and whom it is for, which only
    /// says the answer was about the right order. It stays on that order and is
    /// answered for it (a refunded one with its refund, an unshipped one with when it ships), never read as a need of its
    /// own: no quality case, no menu with another order, no "order closed, buy it again".
    /// </summary>
    private async Task<DialogOutcome?> DetailsOfFocusAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var compact = CompactText.Of(context.Normalized);
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } number
            || compact.Length > MaxFocusDetailsLength || context.Facts.Cues.IsQuestion
            || (context.Facts.MatchedOrderNumbers.Count > 0 && !context.Facts.MatchedOrderNumbers.Contains(number))
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || !(Bought().IsMatch(compact) || Pieces().IsMatch(compact) || Recipient().IsMatch(compact)))
        {
            return null;
        }

        // Only details may be left once the day, the count and the order's own product words are taken out: anything
        // else is a need. "白色" may fit another order too; what is left once this order's title words are gone decides. The day goes first, so "8号" read as a mention never leaves "买的" behind.
        var rest = context.Facts.OrderReferences.Where(r => r.OrderNumbers.Contains(number) && !string.IsNullOrEmpty(r.Mention))
            .Aggregate(Recipient().Replace(Pieces().Replace(Bought().Replace(ShippedOnBeside().Replace(compact, string.Empty), string.Empty), string.Empty), string.Empty), (text, r) => text.Replace(CompactText.Of(r.Mention), string.Empty, StringComparison.Ordinal));
        rest = WithoutTitleWords(rest, CompactText.Of(order.Title.ToLowerInvariant()));
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

    /// <summary>
    /// "我签收了的 这个不影响吧", "还能处理吗 都确认收货了" while this chat has an after-sales case open on the order in
    /// focus: signing or confirming receipt does not stop it, answered for that case, never a delivery apology or a note;
    /// "浴巾洗了一遍掉毛" then "已经确认收货了 还能退吗" with nothing recorded yet: the quality route, at the shop's postage,
    /// never the 7-day no-reason text.
    /// </summary>
    private static async Task<DialogOutcome?> SignedOfFocusAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if ((state.OrderNumber ?? state.LastOrderNumber) is not { } number || !SignedFor().IsMatch(context.Compact) || !SignedWorry().IsMatch(context.Compact)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        if ((await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.QualityReport, CaseKind.Reship, CaseKind.Exchange, CaseKind.Return, CaseKind.Repair, CaseKind.Compensation).ConfigureAwait(false)).Count > 0)
        {
            context.Say("listen_known.signed_still_handled", context.SlotsOf(order));
        }
        else if (state.ActiveFlow == IntentIds.QualityReturn && state.ProblemSaid is not null)
        {
            context.Say("listen_known.signed_quality_told", context.SlotsOf(order));
        }
        else
        {
            return null;
        }

        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
    }

    [GeneratedRegex("签收|确认收货|收货确认|签了")]
    private static partial Regex SignedFor();

    [GeneratedRegex("影响|还能|还可以|能不能|可以吗|没关系|有问题吗|要紧|有事吗|行吗")]
    private static partial Regex SignedWorry();

    /// <summary>"白色xl那个" less every run of two or more characters the title holds ("短袖", "白色", "xl").</summary>
    private static string WithoutTitleWords(string text, string title)
    {
        var kept = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var length = 0;
            while (i + length < text.Length && title.AsSpan().Contains(text.AsSpan(i, length + 1), StringComparison.Ordinal))
            {
                length++;
            }

            if (length >= 2)
            {
                i += length;
                continue;
            }

            kept.Append(text[i]);
            i++;
        }

        return kept.ToString();
    }

    /// <summary>"给我老公的", "送我妈的", "给孩子买的": whom the goods are for.</summary>
    [GeneratedRegex("(?:给|送|帮)(?:我|我家)?(?:老公|老婆|爱人|媳妇|对象|男朋友|女朋友|男友|女友|爸爸|妈妈|爸|妈|公公|婆婆|孩子|儿子|女儿|闺女|娃|宝宝|朋友|同事|侄子|侄女|外甥|外甥女)(?:买|拍|下单)?(?:的)?")]
    private static partial Regex Recipient();

    /// <summary>"今早拍的", "8号买的", "昨天晚上下的单", "昨天发的那个": when the order was placed or left ("19号发的" alone is a wait told, not an order named).</summary>
    [GeneratedRegex("(?:今天|今早|今儿|昨天|昨晚|前天|刚才|刚刚|上周[一二三四五六日天]?|周[一二三四五六日天]|(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日|號)|早上|上午|中午|下午|晚上|凌晨)(?:早上|上午|中午|下午|晚上|凌晨)?(?:(?:拍|买|買|下单|下|付款|付)(?:的|了)?|(?:发货|发出|发|寄)的(?=那个|那单|那笔|那件))(?:单|那单)?")]
    private static partial Regex Bought();

    /// <summary>"4份", "四包", "两双": how many.</summary>
    // "3件都是XL的, 20号发的": the day it left, said after the pieces; alone ("19号发的") the buyer is still waiting.
    [GeneratedRegex("(?<=.)(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)(?:发货|发出|发|寄)的$")]
    private static partial Regex ShippedOnBeside();

    [GeneratedRegex("(?:[0-9]{1,3}|[一二三四五六七八九十两几]{1,3})(?:份|包|双|件|个|条|套|盒|瓶|只|袋)")]
    private static partial Regex Pieces();

    /// <summary>"后来退了", "已经退款了": said of an order whose refund went through, it only tells its story.</summary>
    [GeneratedRegex("(?:后来|已经|早就|然后|之后)?(?:又)?(?:退了|退款了|退掉了|退款成功了|申请退款了)")]
    private static partial Regex RefundedSaid();

    [GeneratedRegex("就是|对的|对|嗯+|是的|是|买了|买的|拍了|拍的|那单|这单|那个|这个|那笔|这笔|那件|这件|单子|订单|的|了|啊|呀|哈|吧|呢|哦|嘛|也|都(?=是.)|就|我|[,，。]")]
    private static partial Regex DetailFiller();
}
