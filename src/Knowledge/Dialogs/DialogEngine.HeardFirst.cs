using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What the buyer's own words settle before any waiting flow or the model's nearest intent: a refund taken back, an
/// unpaid order, a bare product name, a line answered as said, "not what I asked", a quality case settled, an order
/// changed before it ships, and the less common needs (receipt time, refund money missing, partial refunds).
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> HeardBeforeAnyFlowAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "快点回", "在吗 快点" while a flow waits for an answer: met briefly, and the question asked again in other words.
        if (UrgedWhileAsked.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, state.ActiveFlow ?? IntentIds.Other);
        }

        // "那是顺丰发的吧" after "能换中通吗": the shipped order's courier; "保温杯跟浴巾是一起寄的吗": each order's own parcel.
        if (ParcelFacts.TryAnswerShipped(context) || ParcelsApart.TryAnswer(context))
        {
            return Answered(context, IntentIds.Track);
        }

        // "快递员把包扔门口 也不打电话 我要投诉他": the courier's conduct, recorded for a colleague, never where the parcel is.
        if (await CourierMisconduct.TryRecordAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.Track);
        }

        // A chase turned down, a closed order wanted again, a lamp's assembly asked beside its fault (HeardAsMeant).
        if (await HeardAsMeantAsync(context, cancellationToken).ConfigureAwait(false) is { } meant)
        {
            return meant;
        }

        // "改成130的", "130的" right after the bot asked which size: the waiting change takes it, whatever the model reads.
        if (OrderChangeFlow.GivesAskedValue(context) && _flows.TryGetValue(OrderChangeFlow.FlowId, out var changing))
        {
            return await RunAsync(context, changing, cancellationToken).ConfigureAwait(false);
        }

        if (await HeardAboutRecordAsync(context, cancellationToken).ConfigureAwait(false) is { } aboutRecord)
        {
            return aboutRecord;
        }

        // "电话 138…" right after a new recipient or address was recorded: the number goes on that change.
        if (await MobileAfterChange.AmendsRecordAsync(context, cancellationToken).ConfigureAwait(false) && _flows.ContainsKey(IntentIds.ChangeAddress))
        {
            state.ClearClarification();
            return await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false);
        }

        // "保温杯刚收到了 不用查了 就浴巾 催一下": the goods come are fine, the other order is chased.
        if (ReceivedAsideHurry.OrderToChase(context) is { } chased && _flows.TryGetValue(IntentIds.Hurry, out var hurry))
        {
            state.ClearClarification();
            state.StartFlow(IntentIds.Hurry);
            state.OrderNumber = chased.OrderNumber;
            state.LastOrderNumber = chased.OrderNumber;
            return await RunAsync(context, hurry, cancellationToken).ConfigureAwait(false);
        }

        // "哪天签收的我也忘了 反正是上上周" while a no-reason return is talked about: the day signed, the window counted from it;
        // "退不了就算了 那我留着吧" once it is past: the goods kept, said back.
        if ((ReceiptDayTold.TryAnswer(context) || ReceiptDayTold.TryKeptPastWindow(context) ? Answered(context, IntentIds.NoReasonReturn) : await AboutGoodsReceivedAsync(context, cancellationToken).ConfigureAwait(false)) is { } received)
        {
            return received;
        }

        // "今早拍的 4份", "8号买的 后来退了": details of the order just answered, before any reading of 退 or 买 as a need.
        if ((await ConfirmsRecordedOrderAsync(context, cancellationToken).ConfigureAwait(false) ?? await NotesSendCareAsync(context, cancellationToken).ConfigureAwait(false)
            ?? VoucherOfFocus(context) ?? await DetailsOfFocusAsync(context, cancellationToken).ConfigureAwait(false) ?? await SignedOfFocusAsync(context, cancellationToken).ConfigureAwait(false)) is { } orderConfirmed)
        {
            return orderConfirmed;
        }

        // "30吧" right after the bot asked how much of the money a partial refund should give back.
        if (await PartialRefund.TakesAskedSumAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.PriceProtection);
        }

        // "有货吗", "130的还有吗" right after a size change was recorded: the stock of that size of that item.
        if (await ChangeStockQuestion.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, OrderChangeFlow.FlowId);
        }

        // "不用退款 直接发130的就行", "还要我退了重拍？" right after a size change was recorded: the change stands, no refund.
        if (await ChangeWithoutRefund.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, OrderChangeFlow.FlowId);
        }

        // "你用我手机号…查一下", "上周买的电热毯咋还没到" from a buyer who bought none, "快递员说我买的浴巾送上楼要加8块".
        if (await NotOwnedAsync(context, cancellationToken).ConfigureAwait(false) is { } notOwned)
        {
            return notOwned;
        }

        // "算了 不要退了 快点发就行" after a missed discount, on a late order: lateness and urgent note, no passed ship-by time.
        if (await CouponMissed.TryLetGoOverdueAsync(context, cancellationToken).ConfigureAwait(false) || await Bargain.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.Other);
        }

        // "被套是拉链还是系带", "现在拍今天能发吗", "满减差4毛没凑上", "能开专票吗": asked before or around buying, never a
        // complaint, a hurry on an order placed or the ordinary invoice flow.
        if (AnswersPreSale(context) is { } preSale)
        {
            return preSale;
        }

        if (OtherBillsToClaim.TryAnswer(context))
        {
            return Answered(context, IntentIds.Invoice);
        }

        // "保修卡早不知道丢哪了" about a repair or fault recorded: the order is the proof of purchase, noted on the record.
        if (await WarrantyCardLost.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.Repair);
        }

        // "能保修吗 要我寄回去还是换个新的" about a repair recorded: the warranty, never a remedy chosen nor a parcel sent.
        if (await RepairWarranty.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.Repair);
        }

        // "说明书我拆的时候当垃圾扔了", "有没有视频教一下" after help putting the goods together: still that help.
        if (AnswerFlows.FollowsInstallation(context))
        {
            return await StartAsync(context, IntentIds.Installation, cancellationToken).ConfigureAwait(false);
        }

        // "这算你们的问题吧 运费应该你们出", "憑什麼讓我出運費" right after the no-reason return was told: the postage
        // disputed, which that return's policy answers, never a complaint for a supervisor nor a line not understood.
        if (state.ActiveFlow is null && state.LastFlow == IntentIds.NoReasonReturn && NoReasonReturnFlow.DisputesPostage(context.Normalized)
            && !QualityProblems.NamesAProblem(context.Normalized))
        {
            return await StartAsync(context, IntentIds.NoReasonReturn, cancellationToken).ConfigureAwait(false);
        }

        // "发了跟我说一声": where the shipping shows; "不能的话也跟我说一声" after a note here: word back either way.
        if (await ShippingNoticeAsked.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || await WordBackAsked.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.Other);
        }

        // An order closed unpaid asked about (ClosedUnpaidAsked); "???" after an answer: what is under way, what is unclear.
        if (ClosedUnpaidAsked.TryAnswer(context) || await Puzzled.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, state.LastFlow ?? IntentIds.Other);
        }

        // "麻烦快点回" after an answer: the reply urged, never a parcel; "你们这服务也太慢了吧": an apology, never a supervisor.
        if (await ReplyUrged.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || MildGrumble.TryAnswer(context))
        {
            return Answered(context, IntentIds.Other);
        }

        // "我晚点再说吧", "等我问问我老公" after an answer: nothing filed, nothing pushed again; "ok I'll place a new order now, thx".
        if (await PutOff.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || (state.ActiveFlow is null && await EnglishThanks.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false)))
        {
            return Answered(context, IntentIds.Thanks);
        }

        // "你们收到了没 收到就赶紧退吧" right after the return parcel was noted: what the order shows, then when the refund follows.
        if (await AlreadyDone.TryWhenRefundedAfterSentAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.RefundUnshipped);
        }

        if (WholeRefundConfirmed.TryAnswer(context))
        {
            return Answered(context, IntentIds.RefundUnshipped);
        }

        // "不是质量问题 是不喜欢" about a quality return recorded here, or "是质量问题" about a no-reason one.
        if (await ChangesReturnKindAsync(context, cancellationToken).ConfigureAwait(false) is { } kindChanged)
        {
            return kindChanged;
        }

        // "退货地址发一下" in a quality case, "补的几号寄出" after a reshipment: that case's answers, before any money.
        if ((await AnswersRemedyQuestionAsync(context, cancellationToken).ConfigureAwait(false) ?? await AnswersMoneyAsync(context, cancellationToken).ConfigureAwait(false)) is { } money)
        {
            return money;
        }

        if ((ReorderPrice.TryAnswer(context) ? Answered(context, OrderChangeFlow.FlowId) : await KeepsRestOfOrderChangeAsync(context, cancellationToken).ConfigureAwait(false)) is { } restKept)
        {
            return restKept;
        }

        if (UnpaidChange.TryAnswer(context))
        {
            return Answered(context, OrderChangeFlow.FlowId);
        }

        if (await RepeatsHoldAsync(context, cancellationToken).ConfigureAwait(false) is { } holdKept)
        {
            return holdKept;
        }

        if (await AddsOtherIfMissingAsync(context, cancellationToken).ConfigureAwait(false) is { } otherIfMissing)
        {
            return otherIfMissing;
        }

        if ((await WithdrawsAddressChangeAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await WithdrawsOrderChangeAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await ConfirmsOrderChangeAsync(context, cancellationToken).ConfigureAwait(false)) is { } changeWithdrawn)
        {
            return changeWithdrawn;
        }

        // "还是按原来的发", "不用等了 现在发" about a change or hold recorded in an earlier chat: withdrawn or lifted at once.
        if (await TakesBackEarlierChangeAsync(context, cancellationToken).ConfigureAwait(false) is { } changeTakenBack)
        {
            return changeTakenBack;
        }

        // "换货不用了", "电话不改了 还用原来的", "不要补发了 直接退款吧": the earlier record of any kind is cancelled, the wish instead recorded.
        if (await TakesBackRecordAsync(context, cancellationToken).ConfigureAwait(false) is { } recordTakenBack)
        {
            return recordTakenBack;
        }

        if (await LiftsEarlierHoldAsync(context, cancellationToken).ConfigureAwait(false) is { } holdLifted)
        {
            return holdLifted;
        }

        if (await AsksEarlierChangeAsync(context, cancellationToken).ConfigureAwait(false) is { } changeStands)
        {
            return changeStands;
        }

        if (await AsksCompensationSumAsync(context, cancellationToken).ConfigureAwait(false) is { } sum)
        {
            return sum;
        }

        // "怎么洗", "运费谁出" after a return, "今天能发吗" after a hurry, "放快递柜": answered in the context they belong to;
        // "别发了啊" after a refund recorded here, "孩子长得快" after a size change, "想退 运费谁出" after a quality case: that record's.
        if ((await HoldsFocusAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await AnswersInContextAsync(context, cancellationToken).ConfigureAwait(false)) is { } inContext)
        {
            return inContext;
        }

        if (await CorrectsOrderChangeAsync(context, cancellationToken).ConfigureAwait(false) is { } changeCorrected)
        {
            return changeCorrected;
        }

        if (await ProgressOfRecordedAsync(context, cancellationToken).ConfigureAwait(false) is { } progress)
        {
            return progress;
        }

        // "退货已经寄回去了", "照片我已经发过了": the step is done; what comes next, never how to do it. "帮我把订单取消了" cancels;
        // before a case follow-up, which would ask for the problem again.
        if (await AnswersDoneOrCancelAsync(context, cancellationToken).ConfigureAwait(false) is { } done)
        {
            return done;
        }

        // "税号记上了吧", "是改过的那个吧": the tax number on the invoice request recorded, never a menu or a second request.
        if (await TaxNumberOnRecord.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Invoice);
        }

        // "之前申请换货的怎么样了", "上次说补发的呢": where the case recorded earlier stands, never a new problem.
        if (await CaseFollowUp.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        // "能帮我问问吗" after the bot offered to ask a colleague, "拍好了" after it offered the shipped-together note: done.
        if (await OfferTaken.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        return await HeardNextAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
