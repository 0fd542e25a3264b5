using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Short lines that only make sense in the context of what was just done, and product questions the model has no
/// intent for: a care or usage question, a question about the case just recorded, "今天能发吗" after a hurry, a
/// delivery wish, and the worry that an order waits because the goods ran out.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> AnswersInContextAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // "好的" while photos are asked for agrees to send them: the flow keeps waiting, never a goodbye. After an offer
        // or a question beside the photo request ("补偿10元以内可以吗？"), the yes is the flow's.
        if (context.State.ActiveFlow is { } active && context.State.Step == DialogSteps.AskPhoto && context.Input.PhotoUrls.Count == 0
            && Agreement.IsBare(context.Compact) && !context.State.LastReplies.Any(r => r.Contains('？') || r.Contains('?') || r.Contains('吗')))
        {
            context.Say("listen_followups.ack_photos");
            return Outcome(context, DialogOutcomeKind.Answered, active);
        }

        // "快递箱子好好的 是不是你们没包好" while a case of broken goods waits for the buyer's choice: an apology and who
        // bears it, then the choice again; the case and what the buyer said of the photos stay as they were.
        if (context.State.ActiveFlow == IntentIds.QualityReturn && TransitDamage.BlamesPacking(context.Compact)
            && context.State.OrderNumber is { } broken && _services.Orders.Find(context.Input.BuyerId, broken) is { } brokenOrder)
        {
            context.Say("quality_return.packing_blamed", context.SlotsOf(brokenOrder));
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        // "换了还掉咋办", "咋办", "什么破质量", "上个月买的", "我在上班 现在拍不了照" right after a quality case was recorded:
        // about that case, before a washing text, a detail noted or a menu; displeasure said again brings a supervisor.
        if (await RecordedCaseTalk.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, RecordedCaseTalk.Escalated(context) ? IntentIds.Complaint : IntentIds.QualityReturn);
        }

        // "客服周末也上班啊 辛苦" is friendly, never a line of displeasure asked about.
        if (ShortRemark.TryFriendly(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (CareQuestion.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, context.State.ActiveFlow ?? IntentIds.Other);
        }

        if (NewItemSmell.TryAnswerAfterTold(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (NewItemSmell.Insists(context) && _flows.ContainsKey(IntentIds.QualityReturn))
        {
            return await StartAsync(context, IntentIds.QualityReturn, cancellationToken).ConfigureAwait(false);
        }

        if (NewItemSmell.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // "我不管 反正运费我不出" after the buyer's postage was told: a person takes the dispute, the rule is not said again.
        if (PostagePressed.TryHandOver(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.NoReasonReturn);
        }

        if (await CaseQuestion.TryAnswerAsync(context, _services.Options.MaxBotCompensation, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        if (LateNoticed.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        if (ShipTodayQuestion.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Hurry);
        }

        // "让他放驿站吧 你们不用管了" after the courier was chased about a fee or not delivering: the chase is withdrawn.
        if (context.State.ActiveFlow is null && await CourierFeeFollowUp.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        if (await CourierChaseMore.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "衣服那单会不会送不到啊" about a parcel that left with its city under the wrong province.
        if (await WrongProvinceParcel.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "那咋办 家里这周没人" about a parcel already on its way: the ways to receive it, before any wish for its courier.
        if (NobodyHome.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Track);
        }

        // "出差了 下周三才回来 家里没人" about an order still to ship: it is held until then, never a note for the courier.
        if (context.State.ActiveFlow is null && DelayShipmentFlow.AwayWithOrderToHold(context) && _flows.ContainsKey(IntentIds.DelayShipment))
        {
            context.State.ClearClarification();
            return await StartAsync(context, IntentIds.DelayShipment, cancellationToken).ConfigureAwait(false);
        }

        // "是改了再付 还是直接重新拍？" right after a new address was recorded on an unpaid order: pay it as it is.
        if (PayAfterChange.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "急着穿 青岛冷死了" about the order in focus still to ship: a hurry, never a case about goods not yet received.
        if (UrgesOrderInFocus(context) && _flows.ContainsKey(IntentIds.Hurry))
        {
            context.State.ClearClarification();
            return await StartAsync(context, IntentIds.Hurry, cancellationToken).ConfigureAwait(false);
        }

        // "改一下 30号发就行" right after a hold was dated: the new day replaces the recorded one, never a menu.
        if (DelayShipmentFlow.RedatesHold(context) && _flows.ContainsKey(IntentIds.DelayShipment))
        {
            context.State.ClearClarification();
            return await StartAsync(context, IntentIds.DelayShipment, cancellationToken).ConfigureAwait(false);
        }

        // "可以上门取件吗 懒得跑驿站" about goods being returned: how the return goes back, never a wish for a parcel on its way.
        if (ReturnPickup.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.NoReasonReturn);
        }

        if (await DeliveryWish.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, OrderChangeFlow.FlowId);
        }

        // "怎么还不发 是不是没货了": the order's wait, answered by the hurry flow on that order; the stock is not guessed.
        if (StockWorry.OrderOf(context) is { } waiting && _flows.TryGetValue(IntentIds.Hurry, out var hurry))
        {
            context.State.ClearClarification();
            context.State.StartFlow(IntentIds.Hurry);
            await hurry.RunAsync(context, cancellationToken).ConfigureAwait(false);
            var overdue = _services.Orders.Facts(waiting).IsPastShippingPromise;
            context.Say(overdue ? "listen_followups.stock_unknown" : "listen_followups.stock_within", context.SlotsOf(waiting));
            return Outcome(context, context.Failed ? DialogOutcomeKind.NotUnderstood : DialogOutcomeKind.Answered, IntentIds.Hurry);
        }

        return null;
    }

    private bool UrgesOrderInFocus(FlowContext context) =>
        context.State.ActiveFlow is null && context.Input.Understanding.Intent == IntentIds.QualityReturn
        && HurryAsk.IsAsked(context.Normalized) && !QualityProblems.NamesAProblem(context.Normalized)
        && context.State.LastOrderNumber is { } focus && _services.Orders.Find(context.Input.BuyerId, focus) is { Status: Orders.OrderStatus.AwaitingShipment, HasRefundUnderWay: false };
}
