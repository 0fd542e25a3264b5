using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Runs one buyer turn through the scripted flows: continues the flow that waits for an answer unless the buyer
/// clearly changed topic, asks once which of two intents was meant, answers general questions from the policies,
/// and reports what the host needs to decide on a handoff. A request for a person ends the turn at once.
/// </summary>
public sealed partial class DialogEngine
{
    private readonly DialogServices _services;
    private readonly Dictionary<string, IDialogFlow> _flows;

    public DialogEngine(DialogServices services, IEnumerable<IDialogFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        _services = services;
        _flows = flows.ToDictionary(f => f.Intent, StringComparer.Ordinal);
    }

    public async Task<DialogOutcome> HandleAsync(DialogInput input, DialogState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var understanding = input.Understanding;
        var context = new FlowContext(input, state, _services);
        // "你是机器人吗" is answered, not handed over: only asking for a person brings one.
        if (BotIdentity.IsAsked(context.Normalized))
        {
            state.ClearClarification();
            context.Say("dialog.bot_identity");
            if (state.ActiveFlow is not null && state.Step is not null)
            {
                QuestionAside.Resume(context);
            }

            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (understanding.HandoffRequested)
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Human, askedForPerson: true);
        }

        if (state.ClarifyOptions.Count == 2)
        {
            return await ResolveClarificationAsync(context, cancellationToken).ConfigureAwait(false);
        }

        if (state.ActiveFlow is { } active && _flows.TryGetValue(active, out var waiting))
        {
            // "退回去的运费谁出？" while photos are asked for: answered from the policies, then the flow asks again.
            // A clear new request ("我的快递到哪了？") changes the topic instead, unless it asks for a fact.
            var asideFirst = context.Facts.Cues.AsksForFact || !SwitchesTopic(state, understanding, context.Facts.Cues);
            if (asideFirst && await QuestionAside.TryInsideFlowAsync(context, _services.Options.PolicyFirstScore, cancellationToken).ConfigureAwait(false))
            {
                return Outcome(context, DialogOutcomeKind.Answered, active);
            }

            // "不是退款，是催你们快点发货" leaves the refund for what the buyer asks instead; "不退了" alone ends it.
            var meant = StillMeant(ActionIntents.Meant(active, context.Facts.Cues, context.Normalized), active, context);
            if (meant is null && !FollowUpRequests.AsksToAct(context.Normalized))
            {
                return Declined(context, active);
            }

            if (meant is not null && meant != active)
            {
                return await StartAsync(context, meant, cancellationToken).ConfigureAwait(false);
            }

            if (!SwitchesTopic(state, understanding, context.Facts.Cues) || PointsAtChoice(context))
            {
                return await RunAsync(context, waiting, cancellationToken).ConfigureAwait(false);
            }
        }

        // A correction right after a flow finished corrects what that flow wrote down, whatever the model makes of it.
        if (state.ActiveFlow is null && state.LastFlow is { } finished && (context.Facts.Cues.IsCorrection || OrderChoice.MeansAnother(context.Normalized)) && _flows.ContainsKey(finished))
        {
            var wrongOrder = state.LastOrderNumber;
            var corrected = await StartAsync(context, finished, cancellationToken).ConfigureAwait(false);
            await WithdrawFromWrongOrderAsync(context, wrongOrder, cancellationToken).ConfigureAwait(false);
            return corrected;
        }

        // A request to act on what came before ("帮我联系一下快递") is acted on, whatever polite words the model saw.
        var confident = understanding.Confidence >= _services.Options.ConfidentEscalation;
        if (FollowUpRequests.Of(context.Normalized) is { } followUp && !OwnRequest(understanding, followUp, state, confident)
            && await FollowUpAsync(context, followUp, cancellationToken).ConfigureAwait(false) is { } followedUp)
        {
            return followedUp;
        }

        if (understanding.HandoffRefused && understanding.Intent == IntentIds.Human)
        {
            state.EndFlow();
            context.Say("dialog.no_person");
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (await AnswersQuestionAsync(context, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            return answered;
        }

        // The model's own human and complaint verdicts escalate by configuration; when confident they are acted on.
        if (understanding.Intent == IntentIds.Human && confident)
        {
            state.EndFlow();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Human, askedForPerson: true);
        }

        // "浴巾改地址 广西…，民族大道100号，韩梅梅，150…": a full address given with 改地址 is a change of address, whatever
        // the model makes of a long line of place names.
        if (understanding.Intent != IntentIds.ChangeAddress && context.Facts.Address is { HasFullAddress: true }
            && context.Facts.Cues.Asserted.Contains(BuyerAction.ChangeAddress) && _flows.ContainsKey(IntentIds.ChangeAddress))
        {
            return await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false);
        }

        if (understanding.Decision == TurnDecision.Answer || (understanding.Intent == IntentIds.Complaint && confident))
        {
            var meant = StillMeant(ActionIntents.Meant(understanding.Intent, context.Facts.Cues, context.Normalized), understanding.Intent, context);
            return meant is null && !FollowUpRequests.AsksToAct(context.Normalized)
                ? Declined(context, understanding.Intent)
                : await StartAsync(context, meant ?? understanding.Intent, cancellationToken).ConfigureAwait(false);
        }

        if (understanding.Decision == TurnDecision.Clarify && understanding.RunnerUp is { } runnerUp)
        {
            // Where the parcel is and please ship it are one question whose answer the order's state decides.
            if (IsTrackOrHurry(understanding.Top.Intent, runnerUp.Intent) && AsksAboutAParcel(context))
            {
                return await StartAsync(context, TrackFlow.SaysNotShipped(context.Normalized) ? IntentIds.Hurry : IntentIds.Track, cancellationToken).ConfigureAwait(false);
            }

            // "239那个退了": a refund or a return is decided by the order named, when it has not shipped yet.
            return IsRefundOrReturn(understanding.Top.Intent, runnerUp.Intent) && NamesOnlyUnshipped(context)
                ? await StartAsync(context, IntentIds.RefundUnshipped, cancellationToken).ConfigureAwait(false)
                : Clarify(context, understanding.Top.Intent, runnerUp.Intent);
        }

        return NotUnderstood(context);
    }

    private async Task<DialogOutcome> StartAsync(FlowContext context, string intent, CancellationToken cancellationToken)
    {
        // "我要退货 东西有问题" is a quality problem, whatever the model made of "退货".
        // "台灯不亮了 能帮我修一下吗" is a fault to record as a repair, not a question about the warranty.
        if ((intent is IntentIds.NoReasonReturn or IntentIds.Other && QualityProblems.NamesAProblem(context.Normalized) && !Praise().IsMatch(context.Normalized))
            || (intent == IntentIds.Repair && QualityProblems.Of(context.Normalized) is not null && QualityProblems.WantsRepair(context.Normalized)))
        {
            intent = IntentIds.QualityReturn;
        }

        // "马克杯什么时候到" names one of the buyer's own orders: it asks about that parcel, not about delivery times in general.
        if (intent == IntentIds.Other && TrackFlow.AsksArrival(context.Normalized)
            && context.Facts.OrderReferences.Any(r => r.Evidence != Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count > 0))
        {
            intent = IntentIds.Track;
        }

        if (!_flows.TryGetValue(intent, out var flow))
        {
            return NotUnderstood(context);
        }

        if (await AnswersFromPolicyAsync(context, intent, cancellationToken).ConfigureAwait(false))
        {
            context.State.EndFlow();
            return Outcome(context, DialogOutcomeKind.Answered, intent);
        }

        context.State.StartFlow(intent);
        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A confident request of its own ("我要开发票") is started as such; polite words the model took for thanks or
    /// small talk, an unsure verdict, or "催一下" about a parcel already on its way are follow-ups of what came before.
    /// </summary>
    private static bool OwnRequest(Understanding understanding, FollowUpRequest followUp, DialogState state, bool confident) =>
        understanding.Decision == TurnDecision.Answer
        && !IsSmallTalk(understanding.Intent)
        && understanding.Intent != IntentIds.Human
        && (understanding.Intent != IntentIds.Hurry || followUp != FollowUpRequest.Hurry || state.LastOrderNumber is null)
        && (understanding.Intent != IntentIds.Complaint || confident);

    /// <summary>
    /// The buyer asks the shop to act on what was being discussed: chase the courier (a logistics follow-up), chase
    /// the warehouse (a hurry note), a small compensation, or carry on with the last flow. Null when nothing came
    /// before to follow up, so the turn is understood as usual.
    /// </summary>
    private async Task<DialogOutcome?> FollowUpAsync(FlowContext context, FollowUpRequest followUp, CancellationToken cancellationToken)
    {
        var state = context.State;
        var lastShipped = state.LastOrderNumber is { } last
            && _services.Orders.Find(context.Input.BuyerId, last) is { Status: Orders.OrderStatus.Shipped };
        var intent = followUp switch
        {
            FollowUpRequest.Compensate => IntentIds.QualityReturn,
            FollowUpRequest.ContactCourier => IntentIds.Track,
            FollowUpRequest.Hurry when lastShipped || state.LastFlow == IntentIds.Track => IntentIds.Track,
            FollowUpRequest.Hurry => IntentIds.Hurry,
            _ => state.LastFlow,
        };
        if (intent is null || !_flows.TryGetValue(intent, out var flow))
        {
            return null;
        }

        state.ClearClarification();
        if (state.ActiveFlow == intent)
        {
            return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
        }

        // The order being talked about stays the one the follow-up is about.
        state.EndFlow();
        state.StartFlow(intent);
        if (intent == IntentIds.Track)
        {
            state.Values[TrackFlow.SituationKey] = nameof(TrackSituation.FollowUpRequested);
        }

        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogOutcome> RunAsync(FlowContext context, IDialogFlow flow, CancellationToken cancellationToken)
    {
        await flow.RunAsync(context, cancellationToken).ConfigureAwait(false);
        var kind = context.Failed ? DialogOutcomeKind.NotUnderstood : DialogOutcomeKind.Answered;
        return Outcome(context, kind, flow.Intent);
    }

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
        if (IsSmallTalk(first))
        {
            (first, second) = (second, first);
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

    /// <summary>
    /// The buyer moved the need to another order ("哦不对 是台灯那个"): what this conversation recorded on the wrong order
    /// and is still open is withdrawn, and the buyer is told so.
    /// </summary>
    private async Task WithdrawFromWrongOrderAsync(FlowContext context, string? wrongOrder, CancellationToken cancellationToken)
    {
        var now = context.State.OrderNumber ?? context.State.LastOrderNumber;
        if (wrongOrder is null || now is null || now == wrongOrder || _services.Orders.Find(context.Input.BuyerId, wrongOrder) is not { } wrong)
        {
            return;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, wrongOrder, cancellationToken).ConfigureAwait(false);
        var open = records.Where(r => r.Status == Cases.CaseStatus.Open && r.ConversationId == context.Input.ConversationId).ToList();
        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, $"买家更正：说的是订单{now}，不是这一单", cancellationToken).ConfigureAwait(false);
        }

        if (open.Count > 0)
        {
            context.Say("dialog.withdrawn", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = wrong.OrderNumber, [TemplateSlots.ItemTitle] = wrong.Title });
        }
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
            || context.Facts.OrderReferences.Any(r => r.Evidence != Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count > 0 && r.OrderNumbers.Any(state.OrderChoices.Contains));
    }

    private static bool IsTrackOrHurry(string first, string second) =>
        (first, second) is (IntentIds.Track, IntentIds.Hurry) or (IntentIds.Hurry, IntentIds.Track);

    /// <summary>The words are about a parcel (arrival, not shipped, an order named), not merely unclear ("那个").</summary>
    private static bool AsksAboutAParcel(FlowContext context) =>
        TrackFlow.SaysNotShipped(context.Normalized) || TrackFlow.AsksArrival(context.Normalized)
        || context.Facts.OrderReferences.Any(r => r.Evidence != Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count > 0);

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

    private static bool IsSmallTalk(string intent) => intent is IntentIds.Greeting or IntentIds.Thanks or IntentIds.Other;

    /// <summary>"划痕，赔我50元就不退了" refuses the return, not the quality problem: a named problem keeps the flow.</summary>
    private static string? StillMeant(string? meant, string intent, FlowContext context) =>
        meant is null && intent == IntentIds.QualityReturn && QualityProblems.NamesAProblem(context.Normalized) ? intent : meant;

    /// <summary>The buyer refuses what the intent stands for and asks for nothing else: say it is noted, do nothing.</summary>
    private static DialogOutcome Declined(FlowContext context, string intent)
    {
        var order = context.State.OrderNumber;
        context.State.EndFlow();
        if (intent == IntentIds.RefundUnshipped && order is not null)
        {
            context.Say("refund_unshipped.kept", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = order });
        }
        else
        {
            context.Say("dialog.declined");
        }

        return Outcome(context, DialogOutcomeKind.Answered, intent);
    }

    private static DialogOutcome NotUnderstood(FlowContext context)
    {
        context.Say("fallback.rephrase");
        context.Fail();
        return Outcome(context, DialogOutcomeKind.NotUnderstood, context.Input.Understanding.Intent);
    }

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

        var cues = context.Facts.Cues;
        if (!cues.IsQuestion || context.State.ActiveFlow is not null)
        {
            return null;
        }

        if (RefundTiming.IsAsked(context.Normalized))
        {
            // "花呗付的呢" next is about the refund just told.
            if (RefundTiming.Tell(context, null) is { Refund: not RefundStatus.None } told)
            {
                context.State.LastFlow = IntentIds.RefundUnshipped;
                context.State.LastOrderNumber = told.OrderNumber;
            }

            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        if (!ArrivalQuestion.IsAsked(context.Normalized))
        {
            return null;
        }

        if (_services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.Shipped))
        {
            var tracked = await StartAsync(context, IntentIds.Track, cancellationToken).ConfigureAwait(false);
            if (context.State.ActiveFlow is null && context.NeedsPerson is null && !context.Failed)
            {
                context.Say("asides.typical_days");
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
            || !(GeneralQuestion().IsMatch(context.Normalized) || context.Facts.Cues.AsksForFact)
            || _services.Orders.ExtractOrderNumbers(context.Text).Count > 0)
        {
            return false;
        }

        var match = await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false);
        if (match is null || match.Score < _services.Options.PolicyFirstScore)
        {
            return false;
        }

        await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>While a flow waits, only a clear new request pulls the buyer out of it; an expected answer never does.</summary>
    private bool SwitchesTopic(DialogState state, Understanding understanding, MessageCues cues)
    {
        if (understanding.Decision != TurnDecision.Answer
            || understanding.Intent == state.ActiveFlow
            || understanding.Intent is IntentIds.Other or IntentIds.Greeting
            || cues.IsDeferral)
        {
            return false;
        }

        var needed = DialogSteps.TakesFreeText(state.Step) ? _services.Options.SwitchConfidenceOverFreeText : _services.Options.SwitchConfidence;
        return understanding.Confidence >= needed;
    }

    private static DialogOutcome Outcome(FlowContext context, DialogOutcomeKind kind, string intent, bool askedForPerson = false, bool lowConfidenceAfterClarification = false)
    {
        var state = context.State;
        // Saying only what the buyer already read is no answer: it counts as a failed turn, so a loop ends with a person.
        var repeated = context.Replies.Count > 0 && context.Replies.All(r => state.LastReplies.Contains(r.Text, StringComparer.Ordinal));
        state.FailedTurns = kind == DialogOutcomeKind.NotUnderstood || repeated ? state.FailedTurns + 1 : 0;
        state.LastReplies = [.. context.Replies.Select(r => r.Text)];
        state.Remember(context.Replies.Select(r => (r.TemplateId, r.OrderNumber, r.Text)));
        return new DialogOutcome(
            kind,
            context.Replies,
            context.Suggested,
            intent,
            askedForPerson,
            lowConfidenceAfterClarification,
            state.FailedTurns,
            context.NeedsPerson,
            context.PastShippingPromise,
            state.OrderNumber ?? state.LastOrderNumber);
    }

    [GeneratedRegex("^(第?一|1|前|上|a)|第一|前者|前面|上面那")]
    private static partial Regex PicksFirst();

    [GeneratedRegex("^(第?二|2|后|下|b)|第二|后者|后面|下面那")]
    private static partial Regex PicksSecond();

    [GeneratedRegex("好评|很好|不错|很满意|非常满意|满意|喜欢|好用|赞|点赞|推荐")]
    private static partial Regex Praise();

    [GeneratedRegex("^(是|对|嗯|恩|没错|是的|对的|对啊|是啊|yes|ok|好)")]
    private static partial Regex Yes();

    [GeneratedRegex("^(不是|不对|没有|no|都不是)")]
    private static partial Regex No();

    [GeneratedRegex("谁出|谁承担|谁付|谁负责|怎么算|规则|政策|多久|几天|多长时间|收费|收不收|要钱|加钱|手续费|运费|邮费|能用|可以用|支持")]
    private static partial Regex GeneralQuestion();
}
