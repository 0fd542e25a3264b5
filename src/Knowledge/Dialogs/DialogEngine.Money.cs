using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Money and shipping-together questions the buyer's words settle before any model intent: a price difference for a
/// change just recorded ("有差价的话多少我补" is never price protection), an order held back to ship with an unpaid one
/// ("先别把四件套发了"), and "餐具不是还没发嘛" answered from that order's state.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> AnswersMoneyAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (await AnswersChangePriceAsync(context, cancellationToken).ConfigureAwait(false) is { } price)
        {
            return price;
        }

        var state = context.State;
        // "对了金额能不能开300" after the invoice was recorded: what an invoice may say, never a menu of topics; "还有寄到我单位去
        // …" beside it or alone: where the paper invoice goes, the other address noted for a colleague.
        // "金额能开250吗" after another answer beside the recorded invoice (when it ships) is still about that invoice.
        var invoiced = state.LastFlow == IntentIds.Invoice ? state.LastOrderNumber
            : InvoiceContents.IsAsked(context.Compact) ? state.LastOrderToldOf("invoice.") : null;
        if (state.ActiveFlow is null && invoiced is not null && _services.Orders.Find(context.Input.BuyerId, invoiced) is { } invoicedOrder)
        {
            var contentsRefused = (InvoiceContents.IsAsked(context.Compact) && InvoiceContents.TryRefuse(context, invoicedOrder))
                || InvoiceContents.TryAccept(context, invoicedOrder);
            var postAnswered = await InvoiceMailedElsewhere.TryAnswerAsync(context, invoicedOrder, cancellationToken).ConfigureAwait(false);
            if (contentsRefused || postAnswered || await InvoiceTaxCorrected.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
            {
                state.ClearClarification();
                return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
            }
        }

        // "退差价还是退了重拍 哪个好" asks which way, before "退了重拍" is read as the return taken.
        if (PriceRouteQuestion.TryAnswer(context))
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.PriceProtection);
        }

        // "要是得退了重拍就算了" after the price answer offered that path: the order ships as paid, nothing refunded.
        if (ReorderDeclined.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.PriceProtection);
        }

        if (ReturnToReorder.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.NoReasonReturn);
        }

        // "不给退差价我就退货了", "能退差价吗 不退我就退了重拍" after the price-protection answer: a return (or the refund
        // of an order not shipped) of the order just discussed, whatever the model reads, never the policy again, a
        // person for the difference nor a list of orders.
        if (state.ActiveFlow is null && ReturnThreatened.IsSaid(context.Compact) && state.LastOrderNumber is not null
            && PriceDifferenceDemand.Told(state)
            && context.Input.Understanding.Intent is not IntentIds.NoReasonReturn)
        {
            state.ClearClarification();
            return await StartAsync(context, IntentIds.RefundUnshipped, cancellationToken).ConfigureAwait(false);
        }

        if (PriceElsewhere.TryAnswer(context) || PriceDifferenceDemand.TryAnswer(context) || FocusPrice.TryAnswer(context))
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.PriceProtection);
        }

        // "刚买就降了10块", "18号买的89 今天才79", "239 今天一看页面199了??", "一天降40" read as a fault, anything else or price protection not for sure: a price
        // drop is price protection for the order named, first time, never "您是想…吗"; "拍了3条 现在只要2条" is a count, and
        // "120的拍小了 宝宝现在快130了", "120拍小了 现在快130了 能换成130码吗" a child's height or a size wanted, never a price.
        if (state.ActiveFlow is null && PriceDropped().IsMatch(WearerMeasure.Without(context.Compact)) && !ChangePriceDifference.IsAsked(context.Compact)
            && OrderChanges.Read(context.Normalized) is not { Kind: OrderChangeKind.Size, To: not null }
            && (context.Input.Understanding.Intent != IntentIds.PriceProtection || context.Input.Understanding.Decision != TurnDecision.Answer))
        {
            state.ClearClarification();
            PolicyTopics.TellPriceProtection(context);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.PriceProtection);
        }

        // "一块发邮费能便宜点不": shipping together asked about for its postage, never the bargaining answer.
        if (state.ActiveFlow is null && PolicyTopics.AsksPostage(context.Compact) && Together().IsMatch(context.Compact))
        {
            state.ClearClarification();
            PolicyTopics.TellCombinedPostage(context);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (await CombineHoldLifted.TryLiftAsync(context, cancellationToken).ConfigureAwait(false))
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Hurry);
        }

        if (await CombineHold.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
        {
            context.State.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.DelayShipment);
        }

        if (CombineHold.TryAcknowledgePayment(context))
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Payment);
        }

        // "等我付了跟你说" after hearing the unpaid order can join once paid: acknowledged, not its unpaid state told again.
        if (state.ActiveFlow is null && WillPayLater().IsMatch(context.Compact)
            && state.LastOrderToldOf(PolicyTopics.CombineUnpaid) is { } unpaid
            && _services.Orders.Find(context.Input.BuyerId, unpaid) is { Status: Orders.OrderStatus.AwaitingPayment } order)
        {
            state.ClearClarification();
            context.Say("policy_topics.combine_wait_payment", context.SlotsOf(order));
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (CombineHold.TryTellState(context))
        {
            context.State.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        return null;
    }

    /// <summary>
    /// The difference asked about right after a change was recorded in this conversation (the postage for a courier). A line naming a new value
    /// ("那换成蓝的 要补钱吗") is a change of its own: the change flow records it and adds the same answer.
    /// </summary>
    private async Task<DialogOutcome?> AnswersChangePriceAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || !ChangePriceDifference.IsAsked(context.Compact)
            || OrderChanges.Read(context.Normalized) is { To: not null }
            || state.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        // "差价我补 多少钱你说" after a courier was noted: the courier's postage, never a new spec's price.
        if (!await CourierDifference.TryAnswerAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            context.Say(ChangePriceDifference.Template, context.SlotsOf(order));
        }

        return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
    }

    [GeneratedRegex("降价了|降了[0-9一二三四五六七八九十几]*(块|元|钱)|(?<!能|可以|再|给我|帮我|能不能)降了?[0-9一二三四五六七八九十几两]+(块|元|钱)?(?![0-9]|度|件|个|套|%)|便宜了[0-9一二三四五六七八九十几]+(块|元)|买贵了|买亏了|同款(才|只要|只卖)|(才|只)卖[0-9]|[0-9]{1,5}(块|元)?[^0-9]{0,14}(现在|今天|页面|后来|这会)[^0-9]{0,6}(才|只要|只卖|变成|成了|降到)[0-9]{1,5}(?![0-9]|件|个|套|双|条|只|盒|份|包|瓶|袋|支|对|张)|[0-9]{1,5}(块|元)?[^0-9]{0,14}(现在|今天|页面|后来|这会)[^0-9]{0,6}[0-9]{1,5}(块|元)?(了|啦|[?？!！]|$)|(?<!能|可以|再|能不能|给我|帮我)(降|跌)到[0-9]{1,5}(块|元)?(了|啦)")]
    private static partial Regex PriceDropped();

    [GeneratedRegex("一起|一块儿?(?:发|寄|送|走|打包|包)|一齐|一同|合并|两单|2单")]
    private static partial Regex Together();

    [GeneratedRegex("等我?(付|付款|付钱)(了|好|完)(以后|之后)?(再)?(跟你说|告诉你|说|找你|联系你|通知你)|(现在|马上|这就|立刻|等会|待会|一会)(就)?去?(付|付款|付钱|支付)(了|吧|哈|啊)?$")]
    private static partial Regex WillPayLater();
}
