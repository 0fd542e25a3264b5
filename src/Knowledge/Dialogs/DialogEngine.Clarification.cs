using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Which of two intents the buyer meant, asked once, and which order an answer points at.</summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome> ResolveClarificationAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var (first, second) = (state.ClarifyOptions[0], state.ClarifyOptions[1]);
        var understanding = context.Input.Understanding;
        var picked = IntentDescriptions.Find(context.Text) switch
        {
            { } described when described == first || described == second => described,
            _ when PicksFirst().IsMatch(context.Normalized) || (second == IntentIds.Other && Yes().IsMatch(context.Normalized)) => first,
            _ when second == IntentIds.Other && No().IsMatch(context.Normalized) => second,
            _ when PicksSecond().IsMatch(context.Normalized) => second,
            _ when understanding.Decision != TurnDecision.Escalate && (understanding.Intent == first || understanding.Intent == second) => understanding.Intent,
            _ => null,
        };
        var original = state.ClarifyText;
        state.ClearClarification();
        if (picked is not null)
        {
            // The flow reads the first message again, so an order number given there is not asked for twice.
            var replay = original is null ? context : new FlowContext(context.Input with { Text = original + " " + context.Text }, state, _services);
            return await StartAsync(replay, picked, cancellationToken).ConfigureAwait(false);
        }

        if (understanding.Decision == TurnDecision.Answer)
        {
            return await StartAsync(context, understanding.Intent, cancellationToken).ConfigureAwait(false);
        }

        return Outcome(context, DialogOutcomeKind.NotUnderstood, understanding.Intent, lowConfidenceAfterClarification: true);
    }

    /// <summary>
    /// Asks which of two requests was meant; when only one of them is a request (the other is small talk or anything
    /// else), asks whether that one was meant instead of offering "saying hello" as a choice.
    /// </summary>
    private static DialogOutcome Clarify(FlowContext context, string first, string second)
    {
        // "其他都对的 姑苏区平江路6号…" right after that address was read back: it is right, never a doubt between two needs.
        if (SaidBackAsked.TryAffirmed(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // "北京下雪了 嘿嘿 冻死我了": chat that asks nothing is answered warmly, never a guess at two needs it never named.
        if (SmallTalk.TrySay(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // A choice that fits none of the buyer's orders is not offered; with nothing left to offer, the turn failed.
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var fitting = new[] { first, second }.Where(i => !IsSmallTalk(i) && ClarifyFit.Fits(i, orders)).ToList();
        if (fitting.Count == 0)
        {
            return NotUnderstood(context);
        }

        if (fitting.Count == 1)
        {
            (first, second) = (fitting[0], IntentIds.Other);
        }

        if (IsSmallTalk(first))
        {
            (first, second) = (second, first);
        }

        // "您是想反映服务问题吗" reads like a form: a buyer who sounds unhappy is asked what happened, in plain words.
        if (first == IntentIds.Complaint && (IsSmallTalk(second) || second == IntentIds.Complaint))
        {
            return WhatHappened(context);
        }

        if (IsSmallTalk(second))
        {
            context.State.ClarifyOptions = [first, IntentIds.Other];
            context.State.ClarifyText = context.Text;
            context.Say("clarify.confirm_intent", new Dictionary<string, string?> { [TemplateSlots.IntentA] = IntentDescriptions.Of(first) });
            context.Suggest(IntentDescriptions.Of(first), IntentDescriptions.Of(IntentIds.Other), "转人工客服");
            return Outcome(context, DialogOutcomeKind.Clarifying, first);
        }

        context.State.ClarifyOptions = [first, second];
        context.State.ClarifyText = context.Text;
        context.Say("clarify.which_intent", new Dictionary<string, string?>
        {
            [TemplateSlots.IntentA] = IntentDescriptions.Of(first),
            [TemplateSlots.IntentB] = IntentDescriptions.Of(second),
        });
        context.Suggest(IntentDescriptions.Of(first), IntentDescriptions.Of(second), "转人工客服");
        return Outcome(context, DialogOutcomeKind.Clarifying, first);
    }

    /// <summary>Displeasure that names nothing ("你们怎么回事"): the buyer is asked what happened; asked twice, the turn failed.</summary>
    private static DialogOutcome WhatHappened(FlowContext context)
    {
        if (context.Told("clarify.what_happened", null))
        {
            return NotUnderstood(context);
        }

        context.Say("clarify.what_happened");
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    /// <summary>Asked which order, the buyer names one of those listed ("顺丰的那个"): an answer, never a new request.</summary>
    private bool PointsAtChoice(FlowContext context)
    {
        var state = context.State;
        if (state.Step != DialogSteps.ChooseOrder || state.OrderChoices.Count == 0)
        {
            return false;
        }

        var listed = state.OrderChoices.Select(n => _services.Orders.Find(context.Input.BuyerId, n)).OfType<Orders.Order>().ToList();
        return OrderChoice.Pick(context.Normalized, listed) is not null
            || (listed.Count == 1 && OrderChoice.Agrees(context.Normalized))
            || context.Facts.OrderReferences.Any(r => r.Evidence != Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count > 0 && r.OrderNumbers.Any(state.OrderChoices.Contains));
    }

    /// <summary>
    /// The need the words decide between two the model doubts: "定时功能怎么设置" naming no problem is how to use the
    /// goods; "这都好几天了还没动静 给我退款" asks for the refund outright, not to hurry the parcel.
    /// </summary>
    private static string? MeantByWords(FlowContext context, string first, string second)
    {
        // "要是装不下能退吗" between putting the goods together and a return: the goods may not fit, a no-reason return.
        if (NoReasonReturnFlow.AsksReturnIfItDoesNotFit(context.Normalized))
        {
            return IntentIds.NoReasonReturn;
        }

        if (AnswerFlows.AsksHowToUse(context.Normalized) && !QualityProblems.NamesAProblem(context.Normalized))
        {
            return IntentIds.Installation;
        }

        // "到了跟我说一声" between tracking and anything else: word when the parcel arrives is about that parcel.
        if ((first == IntentIds.Track || second == IntentIds.Track) && TrackFlow.AsksToBeToldWhenArrived(context.Compact))
        {
            return IntentIds.Track;
        }

        // "保温杯不要了" about a parcel on its way: whether to refuse or stop it, never which of two needs is meant.
        if ((first is IntentIds.QualityReturn or IntentIds.RefundUnshipped || second is IntentIds.QualityReturn or IntentIds.RefundUnshipped)
            && RefusedParcel.UnwantedOnTheWay(context))
        {
            return IntentIds.RefundUnshipped;
        }

        // "你们在哪个城市发货": where the goods leave from is the shop's rule to tell, never a question which need was meant.
        if (AnswerFlows.AsksShipFrom(context.Normalized))
        {
            return IntentIds.CourierChoice;
        }

        // "没用过 包装都在" between a no-reason return and anything else: the condition of the return, stated.
        if ((first == IntentIds.NoReasonReturn || second == IntentIds.NoReasonReturn) && NoReasonReturnFlow.SaysUnused(context.Compact)
            && !QualityProblems.NamesAProblem(NoReasonReturnFlow.WithoutUnused(context.Compact)))
        {
            return IntentIds.NoReasonReturn;
        }

        // "袜子有点扎 穿着不舒服" between a quality return and a no-reason one: a feel, which the quality flow answers with the rule.
        if ((first, second) is (IntentIds.QualityReturn, IntentIds.NoReasonReturn) or (IntentIds.NoReasonReturn, IntentIds.QualityReturn)
            && QualityReturnFlow.TellsFeel(context.Compact))
        {
            return IntentIds.QualityReturn;
        }

        // "能改到下周发吗" between shipping later and anything else: a later day for the goods to leave, said in words.
        if ((first == IntentIds.DelayShipment || second == IntentIds.DelayShipment) && ShipLaterAsked().IsMatch(context.Compact))
        {
            return IntentIds.DelayShipment;
        }

        // "千万别发货啊" while the order in focus waits for its refund to be agreed: the refund is what keeps it from leaving.
        if ((first, second) is (IntentIds.DelayShipment, IntentIds.RefundUnshipped) or (IntentIds.RefundUnshipped, IntentIds.DelayShipment)
            && (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus
            && context.Services.Orders.Find(context.Input.BuyerId, focus) is { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: true })
        {
            return IntentIds.RefundUnshipped;
        }

        return (first, second) is (IntentIds.RefundUnshipped, IntentIds.Hurry) or (IntentIds.Hurry, IntentIds.RefundUnshipped) && AsksRefundNow(context)
            ? IntentIds.RefundUnshipped
            : null;
    }

    /// <summary>"都4天了还不发 退款吧": the refund asked for now, not threatened ("再不发就退款", "今天不发我就退款"), refused or asked about.</summary>
    private static bool AsksRefundNow(FlowContext context)
    {
        var cues = context.Facts.Cues;
        return cues.Asserted.Any(a => a is BuyerAction.Refund or BuyerAction.Cancel)
            && !cues.Negated.Any(a => a is BuyerAction.Refund or BuyerAction.Cancel)
            && !cues.IsQuestion && cues.Conditional.Count == 0 && !ActionIntents.RefundThreat().IsMatch(context.Compact);
    }

    private static bool IsTrackOrHurry(string first, string second) =>
        (first, second) is (IntentIds.Track, IntentIds.Hurry) or (IntentIds.Hurry, IntentIds.Track);

    /// <summary>
    /// A doubt between choosing a courier and tracking, about a courier who will not deliver or asks for money; or between
    /// tracking and a quality problem, about a crushed box at the door not signed for yet ("箱子压扁了 还要签吗"), whose
    /// answer is the parcel's: inspect it there and refuse it when the goods are damaged.
    /// </summary>
    private static bool CourierProblemInDoubt(string first, string second, FlowContext context) =>
        ((first, second) is (IntentIds.CourierChoice, IntentIds.Track) or (IntentIds.Track, IntentIds.CourierChoice)
            && TrackSituations.IsCourierProblem(context.Normalized))
        || (IsTrackOrQuality(first, second) && TrackSituations.IsDoorSideDamage(context.Normalized) && TrackSituations.AtTheDoor(context.Normalized));

    /// <summary>
    /// The words are about a parcel (arrival, not shipped, an order named), not merely unclear ("那个"); or the order in
    /// focus is on its way ("显示发货了点进去啥都么有" right after the cup's parcel was told), which can only be tracked.
    /// </summary>
    private static bool AsksAboutAParcel(FlowContext context) =>
        TrackFlow.SaysNotShipped(context.Normalized) || TrackFlow.AsksArrival(context.Normalized)
        || context.Facts.OrderReferences.Any(r => r.Evidence != Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count > 0)
        || ((context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus
            && context.Services.Orders.Find(context.Input.BuyerId, focus) is { Status: OrderStatus.Shipped });

    private static bool IsTrackOrQuality(string first, string second) =>
        (first, second) is (IntentIds.Track, IntentIds.QualityReturn) or (IntentIds.QualityReturn, IntentIds.Track);

    /// <summary>A doubt whose either side is about the goods sent (a parcel, a quality problem, a return), whichever pair the model saw.</summary>
    private static bool AboutGoodsSent(string first, string second) =>
        new[] { first, second }.Any(i => i is IntentIds.Track or IntentIds.QualityReturn)
        && new[] { first, second }.All(i => i is IntentIds.Track or IntentIds.QualityReturn or IntentIds.NoReasonReturn);

    /// <summary>
    /// "原因就是不想要了" naming no order, while the order in focus has not shipped: a return needs the goods in hand, so
    /// only the refund of that order is meant.
    /// </summary>
    private bool FocusUnshipped(FlowContext context) =>
        !context.Facts.OrderReferences.Any(r => r.Evidence is not Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count > 0)
        && (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus
        && _services.Orders.Find(context.Input.BuyerId, focus) is { Status: Orders.OrderStatus.AwaitingShipment };

    private static bool IsQualityOrNoReason(string first, string second) =>
        (first, second) is (IntentIds.QualityReturn, IntentIds.NoReasonReturn) or (IntentIds.NoReasonReturn, IntentIds.QualityReturn);

    private static bool IsRefundOrReturn(string first, string second) =>
        (first == IntentIds.RefundUnshipped && second is IntentIds.QualityReturn or IntentIds.NoReasonReturn)
        || (second == IntentIds.RefundUnshipped && first is IntentIds.QualityReturn or IntentIds.NoReasonReturn);

    private bool NamesOnlyUnshipped(FlowContext context)
    {
        var named = context.Facts.OrderReferences
            .Where(r => r.Evidence is not Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count == 1)
            .Select(r => r.OrderNumbers[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return named.Count == 1 && _services.Orders.Find(context.Input.BuyerId, named[0]) is { Status: Orders.OrderStatus.AwaitingShipment };
    }

    [GeneratedRegex("^(第?一|1|前|上|a)|第一|前者|前面|上面那")]
    private static partial Regex PicksFirst();

    [GeneratedRegex("^(第?二|2|后|下|b)|第二|后者|后面|下面那")]
    private static partial Regex PicksSecond();

    [GeneratedRegex("^(是|对|嗯|恩|没错|是的|对的|对啊|是啊|yes|ok|好)")]
    private static partial Regex Yes();

    [GeneratedRegex("^(不是|不对|没有|no|都不是)")]
    private static partial Regex No();
}
