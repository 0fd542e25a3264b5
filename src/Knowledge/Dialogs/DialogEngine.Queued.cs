using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Questions answered while the buyer waits in the queue for a person.</summary>
public sealed partial class DialogEngine
{
    /// <summary>The queued turn itself, before the shipping wishes said in it are noted.</summary>
    private async Task<DialogOutcome?> AnsweredWhileQueuedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var input = context.Input;
        var state = context.State;
        // "羽绒服今天能发吗" with no hurry noted yet: the day, the order marked for priority; "还没发吧？" if it left: its shipment.
        var shipDay = await QueuedShipped.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || await QueuedShipDay.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false);
        // "店长电话多少 我直接打给他": a person is coming; talking outside the platform is declined, even asking someone in charge.
        if (OffPlatformContact.TryDeclineWhileQueued(context) || shipDay)
        {
            return Outcome(context, DialogOutcomeKind.Answered, shipDay ? IntentIds.Hurry : IntentIds.Other);
        }

        // "快递员把包扔门口 我要投诉他": the courier's complaint is recorded for the person who comes, not the supervisor.
        if (await CourierMisconduct.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "找你们老板来 不然差评": someone in charge asked for with a threat is a complaint for the supervisor, not a
        // second place in the queue. A line only faintly like asking for a person ("申请了的话钱多久能回来") is read on.
        if (input.Understanding.HandoffRequested || input.Understanding.Intent == IntentIds.Human)
        {
            if (await QueuedComplaint.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Complaint);
            }

            if (input.Understanding.HandoffRequested || input.Understanding.Decision == TurnDecision.Answer)
            {
                return null;
            }
        }

        // "拦不住我就拒收 运费扣我的吗" while the parcel is to be stopped: refusing's postage rule, before "钱多久退" alone.
        if (await RefusedParcel.TryPostageAsync(context, queued: true, cancellationToken).ConfigureAwait(false)
            || RefusedParcel.TryFallbackWhileQueued(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "不对 30就行" after a compensation above the limit was handed to the supervisor: the record takes the new sum.
        if (await QueuedCompensationSum.TryAmendAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        // "要么给我重发要么退钱" about the lost parcel a person is to chase: the remedy noted, never a refund or return rule.
        if (await QueuedLostParcel.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "什么时候补", "单号多少", "不要补了 退钱吧" about the reshipment this chat recorded: answered from that record;
        // "不想修了 把钱退给我" with a quality report open: the demand goes on that report, never a refund's state.
        if (await QueuedReship.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || await QueuedFault.TryDemandAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        // "单号是多少" about the parcel a person is to stop or chase, its number not synced yet: said so, never only "passed on".
        if (ParcelFacts.TryNumberWhileQueued(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "我买的浴巾掉毛" that no order holds, "你用他手机号查": said here, so the person does not start from a wrong order.
        if (PhoneLookup.TryAnswer(context) || OtherShop.TryAnswer(context) || CourierDifference.TryAnswerUnowned(context) || UnownedGoods.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // "大概几天能到" after the refund that was handed over follows that refund, like any turn right after it.
        if (QuestionAside.TryAfterFlow(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "退款申请两天了还没同意 你们是不是不想退": where the buyer's own refund stands and what happens next, with an
        // apology, never only "passed on".
        if (await RefundStanding.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "算了 今天能发就不退" after that refund was recorded: the condition is noted, the refund never left plain.
        if (await RefundWithdrawal.TryOnConditionAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "不要了 退款" after chasing a late order: the refund is recorded now, a person is not needed for it.
        if (await QueuedRefund.TryRecordWhileQueuedAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "是501号 不是500", "电话还是原来的": the redirect on the courier follow-up is amended; "不对 是159…49": the phone.
        if (await QueuedRedirectAmended.TryAsync(context, cancellationToken).ConfigureAwait(false)
            || await AddressPhoneCorrected.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "地址不用改 还是…" after the shipped parcel's recipient was written down: the address stays, nothing to redirect.
        if (ShippedChangeAsked.TryAddressKept(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "新地址 广州市天河区…" for the shipped parcel handed over to be redirected: noted for the person who asks the courier.
        if (await QueuedAddress.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "改不了的话能不能晚点再送" about that parcel: the later delivery is noted for the same person.
        if (await LaterDelivery.TryNoteAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "那还能改吗" about the shipped parcel's recorded change the person is to pass to the courier.
        if (ShippedChangeAsked.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "今天不给说法我就投诉加差评": written on this chat's record of the order for the supervisor, with an apology.
        if (await QueuedComplaint.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Complaint);
        }

        // "改不了就算了 家里有人收" about that redirect: the follow-up is taken back and the original address confirmed;
        // "改不了我就拒收 再寄到新地址": a refund once it is back, and a new order for the new address.
        if (QueuedAddress.TryResendAfterRefusal(context) || await QueuedAddress.TryDropAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "还是要吧 别拦了 让它送" after a colleague was asked to stop the parcel: that request is withdrawn at once.
        if (await InterceptCalledOff.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "让他先放驿站吧 你们不用管了" after the courier's extra fee was handed over: her choice stands, the follow-up withdrawn.
        if (await CourierFeeFollowUp.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "快递员说保温杯送上楼要加5块 这合理吗": the courier asking money to deliver is taken up as when nobody is awaited,
        // never only the parcel's tracking.
        if (await CourierProblemAsync(context, cancellationToken).ConfigureAwait(false) is { } courierProblem)
        {
            return courierProblem;
        }

        // "要补运费的话补多少 我补" after a courier was noted on the order: how the difference is worked out, the
        // readiness to pay added to the note.
        if (await AnswersChangePriceAsync(context, cancellationToken).ConfigureAwait(false) is { } difference)
        {
            return difference;
        }

        // "走顺丰 差价我补", "只要两条了 少发一条" while waiting about an unshipped order: the change goes on the order for a
        // colleague to confirm (a person hurrying it would ship it as it was); "算了 三条照发" takes that change back.
        if (ChangeWhileQueued(context) && _flows.TryGetValue(OrderChangeFlow.FlowId, out var orderChange))
        {
            state.StartFlow(OrderChangeFlow.FlowId);
            return await RunAsync(context, orderChange, cancellationToken).ConfigureAwait(false);
        }

        if (await WithdrawsOrderChangeAsync(context, cancellationToken).ConfigureAwait(false) is { } changeWithdrawn)
        {
            return changeWithdrawn;
        }

        // "报销这周五截止 来得及吗" after the invoice handed over: that invoice's time, the date said back; "税号打错了 是…",
        // "发票发到abc@163.com": the request recorded again with the number or the e-mail given.
        if (await Flows.InvoiceFlow.TellsTimingAfterAsync(context, cancellationToken).ConfigureAwait(false)
            || await InvoiceTaxCorrected.TryRecordAsync(context, cancellationToken).ConfigureAwait(false) || await InvoiceEmailAmended.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
        }

        // "省份选错了 帮我改成江苏省…" while waiting about an unshipped order: the new address is the bot's own to record
        // (a person hurrying the order would ship it to the old one); "别的信息不用动" next confirms what was recorded.
        if (AddressWhileQueued(context) && _flows.TryGetValue(IntentIds.ChangeAddress, out var address))
        {
            if (state.ActiveFlow is null)
            {
                state.StartFlow(IntentIds.ChangeAddress);
            }

            return await RunAsync(context, address, cancellationToken).ConfigureAwait(false);
        }

        // "羽绒服都5天了" about an overdue order with no urgent note yet: the note written for the colleague; "还有浴巾那单
        // 单号都没有" about another order: where that one stands.
        if (await QueuedOrderNamed.TryNoteOverdueAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Hurry);
        }

        if (await QueuedOrderNamed.TryTellOtherAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        if (await QueuedHurry.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Hurry);
        }

        // "有没有安装视频", "是不是发错配件了" while a colleague is to guide the assembly; "灯到现在还是时亮时不亮": the fault down.
        if (await QueuedInstallation.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || await QueuedFault.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        if (BulkOrSpecialInvoice.TryAnswerBesideQuote(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
        }

        // "不对 普票就行 抬头… 税号…" after a 专票 was handed over: an ordinary invoice is the bot's own to take down (the
        // colleague still reads every line), and "电子的 发…@163.com" next goes on in that flow.
        var invoiceNext = state.ActiveFlow == IntentIds.Invoice ? GivesFlowItsFields(context, IntentIds.Invoice) : BulkOrSpecialInvoice.TurnsToOrdinary(context);
        if (invoiceNext && _flows.TryGetValue(IntentIds.Invoice, out var invoice))
        {
            if (state.ActiveFlow is null)
            {
                state.StartFlow(IntentIds.Invoice);
            }

            return await RunAsync(context, invoice, cancellationToken).ConfigureAwait(false);
        }

        // "会不会自动确认收货", "帮我延长下收货时间": the order's own answer for its age, the extension noted.
        if (await ReceiptExtension.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "下周三要穿 来得及吗" while a colleague chases the order: the usual days to its region, no promise.
        if (QueuedArrival.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "你们到底管不管" while waiting: an apology and what the person will do, never only "your message was passed on";
        // "改不了怎么办 旧家没人收": the ways to receive it.
        if (ParcelFacts.TryAnswer(context) || NobodyHome.TryAnswer(context) || await ChaseUnderWay.TryAnswerAsync(context, queued: true, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        var cues = context.Facts.Cues;
        if (RefundTiming.IsAsked(context.Normalized))
        {
            var recorded = state.LastOrderNumber is { } last
                && (await OpenCases.HereAsync(context, last, cancellationToken, Cases.CaseKind.RefundRequest).ConfigureAwait(false)).Count > 0;
            RefundTiming.Tell(context, state.LastOrderNumber, mayBeRecordedHere: recorded);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        if (!cues.IsQuestion && !cues.AsksForFact)
        {
            return null;
        }

        // A question for a fact (谁出, 多久) is surely a question, so a looser match to the policies is believed.
        var needed = cues.AsksForFact ? _services.Options.PolicyFirstScore * QueuedFactLeniency : _services.Options.PolicyFirstScore;
        var match = await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false);
        if (match is null || match.Score < needed)
        {
            return null;
        }

        if (!PolicyTopics.TellsStockOfPaidOrder(context, match))
        {
            await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
        }

        return Outcome(context, DialogOutcomeKind.Answered, input.Understanding.Intent);
    }

    private const double QueuedFactLeniency = 0.8;
}
