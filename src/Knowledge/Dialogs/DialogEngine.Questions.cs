using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Questions answered without a flow: refund and parcel arrival, and general policy questions.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// Questions whose answer does not depend on the model's intent: when a refund arrives (right after a refund or
    /// return was answered, or at any time) and when a parcel arrives (tracking plus the usual days on the road).
    /// </summary>
    private async Task<DialogOutcome?> AnswersQuestionAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (QuestionAside.TryAfterFlow(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "四件套还没收到 现在能开吗" about an invoice: the invoice question first, never the parcel's tracking.
        // "邮箱一直没收到" about an invoice: where the invoice stands, never a parcel reported lost.
        if ((InvoiceFlow.AsksBeforeReceipt(context) || InvoiceFlow.AsksAboutMail(context)) && _flows.TryGetValue(IntentIds.Invoice, out var invoice))
        {
            context.State.StartFlow(IntentIds.Invoice);
            return await RunAsync(context, invoice, cancellationToken).ConfigureAwait(false);
        }

        // "要纸质的" right after an electronic invoice was recorded: a correction the flow records in place of the first.
        var mediumNamed = await InvoiceFlow.MediumNamedAfterAsync(context, cancellationToken).ConfigureAwait(false);
        if (mediumNamed is { Same: false } && _flows.TryGetValue(IntentIds.Invoice, out var switched))
        {
            context.State.StartFlow(IntentIds.Invoice);
            return await RunAsync(context, switched, cancellationToken).ConfigureAwait(false);
        }

        // "大概多久能开好" right after an invoice was recorded: that invoice's time and where it goes; "不用电子的" after a
        // paper one: it is paper already.
        if (await InvoiceFlow.TellsTimingAfterAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
        }

        if (mediumNamed is { Same: true })
        {
            InvoiceFlow.ConfirmMedium(context, mediumNamed);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
        }

        // "顺丰的吗", "快递员电话多少": the order answers, whatever courier rules the model thought of.
        if (ParcelFacts.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "过了一个月还能开吧" right after an invoice: the invoice period for that order, with or without a question mark.
        if (InvoiceFlow.TellsPeriodAfter(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
        }

        var cues = context.Facts.Cues;
        // "礼拜六要用 赶得上不" asks about arrival even without a question mark or 吗.
        if ((!cues.IsQuestion && !ArrivalQuestion.IsAsked(context.Normalized)) || context.State.ActiveFlow is not null)
        {
            return null;
        }

        if (RefundTiming.IsAsked(context.Normalized))
        {
            if (RefundTiming.FocusElsewhere(context) && _flows.TryGetValue(IntentIds.RefundUnshipped, out var refund))
            {
                context.State.StartFlow(IntentIds.RefundUnshipped);
                context.State.Values[RefundProgress.Key] = "1";
                return await RunAsync(context, refund, cancellationToken).ConfigureAwait(false);
            }

            // "花呗付的呢" next is about the refund just told.
            if (RefundTiming.Tell(context, null) is { Refund: not RefundStatus.None } told)
            {
                context.State.LastFlow = IntentIds.RefundUnshipped;
                context.State.LastOrderNumber = told.OrderNumber;
            }

            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        if (!ArrivalQuestion.IsAsked(context.Normalized) && !WaitQuestion.IsAsked(context.Normalized))
        {
            return null;
        }

        // "几天能到青岛" with only an order still to ship: it has not left yet, then the usual days on the road.
        var orders = _services.Orders.OrdersOf(context.Input.BuyerId);
        // "能今天发吗" then "那周六前能收到吗": the order in focus (or the one named) still waits to ship.
        var named = OrderResolver.Named(context);
        var meant = named.Count == 1 ? named[0]
            : named.Count == 0 && context.State.LastOrderNumber is { } focus ? _services.Orders.Find(context.Input.BuyerId, focus) : null;
        if ((!orders.Any(o => o.Status == OrderStatus.Shipped) && orders.Any(o => o.Status == OrderStatus.AwaitingShipment))
            || meant is { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false })
        {
            return await ArrivalOfUnshippedAsync(context, cancellationToken).ConfigureAwait(false);
        }

        // "顺丰也这么慢吗 北京朝阳的" right after the carrier and number were given: the usual days to its region, not the
        // tracking line again; "顺丰的话到武汉大概几天" right after a number not synced yet was explained: the days too,
        // never the missing number chased again.
        if (meant is { Status: OrderStatus.Shipped, HasRefundUnderWay: false } onTheRoad && cues.Deadline is null
            && (_services.Orders.Facts(onTheRoad).HasTrackingNumber
                ? context.Told(ShipmentAnswers.Shipped, onTheRoad.OrderNumber)
                : context.State.LastOrderNumber == onTheRoad.OrderNumber && ArrivalQuestion.IsAsked(context.Normalized)))
        {
            ArrivalDays.Say(context, onTheRoad);
            if (context.Replies.Count > 0)
            {
                return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
            }
        }

        if (orders.Any(o => o.Status == OrderStatus.Shipped))
        {
            var tracked = await StartAsync(context, IntentIds.Track, cancellationToken).ConfigureAwait(false);
            // "明天能到吗 后天要出差": the estimate against the buyer's date, which also says the date back and the days.
            if (context.State.LastOrderNumber is { } number && _services.Orders.Find(context.Input.BuyerId, number) is { Status: OrderStatus.Shipped } parcel
                && context.NeedsPerson is null && !context.Failed && !ArrivalByDate.Said(context) && ArrivalByDate.Applies(context, parcel))
            {
                ArrivalByDate.Say(context, parcel);
            }

            DeadlineAside.Say(context);
            // "前几天才到 快递慢得要死": the goods came, so no days on the road to tell.
            if (context.State.ActiveFlow is null && context.NeedsPerson is null && !context.Failed && !context.Facts.Cues.AlreadyReceived)
            {
                ArrivalDays.Say(context, context.State.LastOrderNumber is { } told ? _services.Orders.Find(context.Input.BuyerId, told) : null);
                return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
            }

            return tracked;
        }

        if (await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false) is not { } match)
        {
            return null;
        }

        await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
    }

    /// <summary>A general question with no order in it ("质量问题运费谁出?") is answered from the policies when they clearly cover it.</summary>
    private async Task<bool> AnswersFromPolicyAsync(FlowContext context, string intent, CancellationToken cancellationToken)
    {
        // The newer intents' flows say the same as their policy entries, and also decide when a person must confirm.
        if (intent is IntentIds.Track or IntentIds.Hurry or IntentIds.Greeting or IntentIds.Thanks or IntentIds.Complaint or IntentIds.Other
                or IntentIds.PriceProtection or IntentIds.DelayShipment or IntentIds.Installation or IntentIds.Repair or IntentIds.CourierChoice or IntentIds.RestoreOrder
            || !(GeneralQuestion().IsMatch(context.Normalized) || context.Facts.Cues.AsksForFact
                || (ReturnAddressQuestion().IsMatch(context.Normalized) && OrderResolver.Named(context).Count == 0))
            || _services.Orders.ExtractOrderNumbers(context.Text).Count > 0)
        {
            return false;
        }

        var match = await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false);
        if (match is null || match.Score < _services.Options.PolicyFirstScore || PolicyTopics.LeftToFlow(context, match.Entry.Id, intent))
        {
            return false;
        }

        // "退货运费谁出" after a no-reason return was talked through: that return's postage, never the quality rules too.
        if (match.Entry.Id == PolicyTopics.ReturnPostage)
        {
            await PolicyTopics.AnswerAsync(context, match, cancellationToken).ConfigureAwait(false);
            return true;
        }

        await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// "要寄回的话寄哪个地址", "退货地址是哪里": where a return goes is the returns policy, never a change of the order's own
    /// address or an order list; with an order named ("枕套想退 寄到哪") the return flow checks that order's window first.
    /// </summary>
    [GeneratedRegex("寄(到|去|回)?哪|退货地址")]
    private static partial Regex ReturnAddressQuestion();

    [GeneratedRegex("谁出|谁承担|谁付|谁负责|怎么算|规则|政策|多久|几天|多长时间|收费|收不收|要钱|加钱|手续费|运费|邮费|能用|可以用|支持")]
    private static partial Regex GeneralQuestion();
}
