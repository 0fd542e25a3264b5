using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The retention offer, the buyer's answer to it, and the refund recorded at the end of the flow.</summary>
public sealed partial class RefundUnshippedFlow
{
    /// <summary>
    /// One retention offer, and none when the buyer has decided ("我不要了 退款吧", "别挽留了 直接退", said now or with
    /// the request; "不要了 退款" when the order is past the shop's shipping promise), bought it elsewhere, paid by mistake, or cancels for slow shipping an order already past the shop's shipping promise
    /// (the delay is the shop's, so it is not talked down): then the refund is recorded at once with the reason given.
    /// </summary>
    private static async Task RetainOrRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var reason = context.State.Values.GetValueOrDefault(ReasonKey);
        // Past the promise, slow shipping or "餐具那单不要了 退款" is decided, and the wait, the shop's, is apologised for.
        var overdue = OverdueInFocus(context);
        var decidedOverdue = overdue && (reason == RefundReasons.SlowShipping
            || (RefundReasons.DropsAndAsksMoney(context.Normalized) && !context.Facts.Cues.IsQuestion && context.Facts.Cues.Conditional.Count == 0)
            || DecidedAfterQuestion(context.Text));
        if (decidedOverdue || context.State.Values.ContainsKey(DecidedKey) || Decides(context) || reason is RefundReasons.BoughtElsewhere or RefundReasons.PaidByMistake || ReorderedForDiscount(context) is not null)
        {
            if (overdue)
            {
                OverdueApology.SayOnce(context, context.State.OrderNumber, new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = context.State.OrderNumber });
            }

            await RecordAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        Retain(context);
    }

    /// <summary>"都没发？？18号付的钱 不要了 退款": the question marks end the complaint; the refund asked after them stands.</summary>
    private static bool DecidedAfterQuestion(string text) =>
        text.LastIndexOfAny(['?', '？']) is var last and >= 0 && RefundReasons.DropsAndAsksMoney(text[(last + 1)..]);

    private static bool OverdueInFocus(FlowContext context) =>
        context.State.OrderNumber is { } number && context.Services.Orders.Find(context.Input.BuyerId, number) is { } order
        && context.Services.Orders.Facts(order).IsPastShippingPromise;

    private static bool Decides(FlowContext context) =>
        RefundReasons.Decided(context.Normalized)
        && !context.Facts.Cues.Negated.Any(a => a is Entities.BuyerAction.Cancel or Entities.BuyerAction.Refund)
        && !context.Facts.Cues.IsQuestion && context.Facts.Cues.Conditional.Count == 0;

    private static void Retain(FlowContext context)
    {
        var kind = context.State.Values.GetValueOrDefault(ReasonKey) is { } given && given != Unclassified ? given : RefundReasons.ChangedMind;
        // Past the shipping promise ("还没发的话不要了"), the wait is the shop's doing: an apology and a plain "确定吗",
        // never a pitch to keep the order; a wrong choice is still offered its fix.
        var overdue = kind != RefundReasons.WrongItem && OverdueInFocus(context);
        if (!overdue && kind == RefundReasons.ChangedMind && LetsGo(context) && InFocus(context) is { } order)
        {
            // "袜子不要了 还没发货吧": a clear let-go is no one to talk round; where to apply, and the reason or "退吧" next records it.
            context.Say(ApplyWhere, context.SlotsOf(order));
            context.Await(DialogSteps.AfterRetention);
            return;
        }

        var offer = overdue ? "confirm_overdue" : $"retain_{kind}";
        context.Say($"refund_unshipped.{offer}", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = context.State.OrderNumber });
        context.Suggest("不退了，继续发货", "还是要退款");
        context.Await(DialogSteps.AfterRetention);
    }

    private static async Task ConcludeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var orderNumber = context.State.OrderNumber!;
        // "算了 不折腾了 直接发吧" after the offer asks for the order shipped: kept, never a refund recorded.
        if (RefundReasons.KeepsOrder(context.Normalized) || RefundWithdrawal.KeepsOrder(context.Compact)
            || context.Facts.Cues.Negated.Any(a => a is Entities.BuyerAction.Cancel or Entities.BuyerAction.Refund))
        {
            Finish(context, "refund_unshipped.kept", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = orderNumber });
            return;
        }

        // "等下", "我想想" after the offer: the buyer has not decided, so nothing is recorded and the offer stays open.
        if (Hesitates().IsMatch(CompactText.Of(context.Normalized)))
        {
            context.Say("refund_unshipped.take_time", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = orderNumber });
            context.Suggest("不退了，继续发货", "还是要退款");
            context.Await(DialogSteps.AfterRetention);
            return;
        }

        // "拍重复了" after the offer: the reason said now is the one recorded, not the one the offer answered.
        if (RefundReasons.Of(context.Facts.Reason) is { } said)
        {
            context.State.Values[ReasonKey] = said;
        }

        await RecordAsync(context, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var orderNumber = context.State.OrderNumber!;
        var reasonKey = context.State.Values.GetValueOrDefault(ReasonKey);
        var reason = RefundReasons.Label(reasonKey);
        await context.Actions.RequestRefundAsync(context.Turn, orderNumber, reason, cancellationToken).ConfigureAwait(false);
        context.Say(RefundRequested, new Dictionary<string, string?>
        {
            [TemplateSlots.OrderNumber] = orderNumber,
            [TemplateSlots.Reason] = reason,
        });
        // Refunded to order again cheaper: the new order is charged at the page's price then, which nobody can hold.
        if (reasonKey == RefundReasons.Price)
        {
            context.Say("refund_unshipped.reorder_page_price");
        }

        context.Finish();
    }

    private static void Finish(FlowContext context, string templateId, IReadOnlyDictionary<string, string?> slots)
    {
        context.Say(templateId, slots);
        context.Finish();
    }

    [GeneratedRegex("^(?:[嗯哦额呃那好]*)?(?:等下|等一下|等会儿?|等等|稍等|我?(?:再)?想想|我?(?:再)?考虑(?:一下|下)?|让我想|容我想|我看看|先放着|明天再说|回头再说)[吧啊哈呀哦嗯了再说，。！!？?~～.…]*$")]
    private static partial Regex Hesitates();
}
