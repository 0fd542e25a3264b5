using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Questions a policy topic answers whatever the intent model makes of them ("花呗付不了怎么回事", "能便宜点吗",
/// "两单能一起发吗"), and the buyer saying an answer missed the question: never the same answer again.
/// </summary>
public sealed partial class DialogEngine
{
    /// <summary>An entry the last reply was drawn from scores at least this against the reply's own text.</summary>
    private const double SameAnswerScore = 0.5;

    /// <summary>A next-best entry for a question asked again without new words must reach this.</summary>
    private const double NextBestScore = 0.3;

    /// <summary>Below <see cref="NextBestScore"/>, two entries at least this close are offered as a choice.</summary>
    private const double OfferedScore = 0.15;

    /// <summary>Why a person is called when no policy answers a question the buyer said was missed.</summary>
    public const string QuestionNotAnswered = "question_not_answered";

    /// <summary>The policies each one-turn intent answers itself (with its own situations), so its flow keeps them.</summary>
    private static readonly Dictionary<string, string[]> OwnTopics = new(StringComparer.Ordinal)
    {
        [IntentIds.Payment] = ["credit-card", "instalments", "payment-platform"],
        [IntentIds.PriceProtection] = [],
        [IntentIds.CourierChoice] = ["courier-choice"],
        [IntentIds.Installation] = ["installation"],
        [IntentIds.Repair] = ["repair-warranty"],
        [IntentIds.DelayShipment] = ["delay-shipment"],
        [IntentIds.RestoreOrder] = ["restore-order"],
    };

    /// <summary>Intents whose flow only answers: a topic named by a keyword is the better answer.</summary>
    private static bool AnswersOnly(string intent) =>
        intent is IntentIds.Other or IntentIds.Greeting or IntentIds.Thanks || OwnTopics.ContainsKey(intent);

    /// <summary>
    /// A question (or a line with no request in it) whose topic a policy keyword names is answered from that policy,
    /// specific to the buyer's order where the policy depends on it.
    /// </summary>
    private async Task<DialogOutcome?> AnswersTopicAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var understanding = context.Input.Understanding;
        var cues = context.Facts.Cues;
        if (context.State.ActiveFlow is not null
            || await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false) is not { ByKeyword: true } match
            || (OwnTopics.TryGetValue(understanding.Intent, out var own) && own.Contains(match.Entry.Id, StringComparer.Ordinal)))
        {
            return null;
        }

        // A courier asking for money is reported, not asked about. "用过一次就坏了" reports a fault to record; "价保没通过" is the price-protection flow's own case for a person.
        var intent = understanding.Intent;
        if (PolicyTopics.LeftToFlow(context, match.Entry.Id, intent))
        {
            return null;
        }

        var continues = context.State.AnsweredPolicies.Contains(match.Entry.Id, StringComparer.Ordinal);
        // "帮忙写个卡片" read as a quality return names no fault: the request is the keyword's topic.
        // Right after a quality case, or with a remedy named ("补一双给我"), the line is that case's.
        var noFault = intent == IntentIds.QualityReturn && cues.Asserted.Count == 0 && cues.Negated.Count == 0 && !QualityProblems.NamesAProblem(context.Normalized)
            && context.State.LastFlow != IntentIds.QualityReturn && !QualityReturnFlow.ChoosesRemedy(context);
        // "我另外拍一单 你们两单一起发就行": shipping together asked for, which gives up no order, whatever refund the model reads.
        // "袜子还没发吧 我想再加个保温杯一起发": an item added to ship with it, never only when the socks ship.
        var combines = match.Entry.Id == PolicyTopics.CombineShipping && (PolicyTopics.ShipsOrdersTogether(context.Compact) || PolicyTopics.AddsItemToShip(context.Compact));
        if (!(cues.IsQuestion || AnswersOnly(intent) || noFault || understanding.Decision != TurnDecision.Answer || continues || combines || match.Entry.Id == PolicyTopics.CourierFee)
            || (QualityProblems.NamesAProblem(context.Normalized) && !cues.AsksForFact && !PolicyTopics.AboutPaying(match.Entry.Id))
            || (match.Entry.Id == PolicyTopics.PriceProtection && (PriceDeclined(context.Normalized) || ReturnThreatened.IsSaid(context.Compact))))
        {
            return null;
        }

        await PolicyTopics.AnswerAsync(context, match, cancellationToken).ConfigureAwait(false);
        await SecondTopic.AddAsync(context, match.Entry.Id, cancellationToken).ConfigureAwait(false);
        return Outcome(context, DialogOutcomeKind.Answered, AnswersOnly(intent) ? intent : IntentIds.Other);
    }

    /// <summary>
    /// A short line right after a policy answer that names no topic of its own ("怎么申请", "那怎么办", "原来是159",
    /// "换了两张卡都不行") follows that answer up: the entry's further answer, once. Price protection refused by the
    /// platform goes to a person.
    /// </summary>
    private async Task<DialogOutcome?> FollowsTopicUpAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var understanding = context.Input.Understanding;
        if (state.ActiveFlow is not null || state.LastQuestion is null || state.AnsweredPolicies.Count == 0
            || CompactText.Of(context.Normalized).Length > FollowUpLength || context.Facts.MatchedOrderNumbers.Count > 0
            || (understanding.Decision == TurnDecision.Answer && !AnswersOnly(understanding.Intent) && !context.Facts.Cues.IsQuestion))
        {
            return null;
        }

        // "ok 那我去订单页点退货" right after the return's postage: the buyer goes off to apply, seen off to it.
        if (GoingToApply.IsSaid(context))
        {
            state.ClearClarification();
            context.Say(GoesToApplyTemplate);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Thanks);
        }

        // "换银行卡也要手续费吗" has a topic of its own, and a clear intent ("好", "谢谢", a payment question) its own answer.
        var lastId = state.AnsweredPolicies[^1];
        var own = await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false);
        if ((own is not null && own.Entry.Id != lastId && (own.ByKeyword || own.Score >= _services.Options.PolicyFirstScore))
            || (understanding.Decision == TurnDecision.Answer && understanding.Intent != IntentIds.Other && own?.Entry.Id != lastId))
        {
            return null;
        }

        // "不退差价我就退货": a return of the order in focus, for the return flow, never the policy's further text.
        if (lastId == PolicyTopics.PriceProtection && ReturnThreatened.IsSaid(context.Compact))
        {
            return null;
        }

        if (lastId == PolicyTopics.PriceProtection && PriceDeclined(context.Normalized))
        {
            context.Say("price_protection.declined");
            context.NeedPerson(IntentIds.PriceProtection);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.PriceProtection);
        }

        if (await PolicyReply.FindAsync(context, cancellationToken, state.LastQuestion).ConfigureAwait(false) is not { } last
            || last.Entry.Id != lastId || last.Entry.More is not { } more || state.SaidReplies.Any(r => r.Contains(more, StringComparison.Ordinal)))
        {
            return null;
        }

        context.Say(MoreTemplate, new Dictionary<string, string?> { [TemplateSlots.PolicyText] = more });
        context.MarkAnswered(state.LastQuestion);
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    private const string MoreTemplate = "policy.more";

    private const string GoesToApplyTemplate = "thanks.goes_to_apply";

    private static bool LetsGo(string normalized) => LetGoWords().IsMatch(CompactText.Of(normalized));

    /// <summary>
    /// The reply to a line that lets the matter go ("算了"), or puts off a return or refund just talked through ("先不退
    /// 我再想想": nothing is done and the way back is told, never the policy's further text); null for any other line.
    /// </summary>
    private static string? LetGoReply(DialogState state, string normalized) =>
        LetsGo(normalized) ? "dialog.declined"
        : state.LastFlow is { } talked && Hesitation.Holds(talked) && Hesitation.Of(normalized) ? "dialog.hold_off"
        : null;

    [GeneratedRegex("^(那|哦|噢|嗯|唉|哎)?(就|还是)?算了(吧|啦|呗)?[。.!！~～]*$|^(那|哦|嗯)?(就)?不用了(吧|谢谢)?[。.!！~～]*$")]
    private static partial Regex LetGoWords();

    private const int FollowUpLength = 12;

    /// <summary>
    /// "我问的是…", "不是这个", "答非所问" or the same question again after an answer: the next-best policy for the
    /// question (restated or the last one), else a choice of the two closest topics, else a person with the reason.
    /// A restated question no policy answers goes on as a fresh turn.
    /// </summary>
    private async Task<DialogOutcome?> AnswersMissedQuestionAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.LastQuestion is not { } last || !NotWhatAsked.Says(context.Normalized, last) || OrderChoice.MeansAnother(context.Normalized))
        {
            return null;
        }

        var restated = NotWhatAsked.Restated(context.Normalized);
        var question = restated ?? last;
        var skip = new HashSet<string>(state.AnsweredPolicies.TakeLast(1), StringComparer.Ordinal);
        foreach (var reply in state.LastReplies)
        {
            if (await PolicyReply.FindAsync(context, cancellationToken, reply).ConfigureAwait(false) is { Score: >= SameAnswerScore } said)
            {
                skip.Add(said.Entry.Id);
            }
        }

        state.ClearClarification();
        // The same topic asked again in other words: that answer was right but did not help, so a person answers.
        if (restated is not null && await PolicyReply.FindAsync(context, cancellationToken, restated).ConfigureAwait(false) is { ByKeyword: true } same
            && skip.Contains(same.Entry.Id))
        {
            context.Say("dialog.missed_person");
            context.NeedPerson(QuestionNotAnswered);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        var next = await PolicyReply.FindAsync(context, cancellationToken, question, skip).ConfigureAwait(false);
        var believed = next is not null && (next.ByKeyword || next.Score >= (restated is null ? NextBestScore : _services.Options.PolicyFirstScore));
        if (believed)
        {
            context.Say("dialog.missed_lead");
            await PolicyTopics.AnswerAsync(context, next!, cancellationToken, question).ConfigureAwait(false);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (restated is not null && !context.Input.Understanding.Intent.Equals(IntentIds.Other, StringComparison.Ordinal))
        {
            return null;
        }

        var second = next is null ? null : await PolicyReply.FindAsync(context, cancellationToken, question, [.. skip, next.Entry.Id]).ConfigureAwait(false);
        if (next is { Score: >= OfferedScore } && second is { Score: >= OfferedScore })
        {
            state.TopicChoices = [next.Entry.Id, second.Entry.Id];
            context.Say("dialog.missed_choose", new Dictionary<string, string?> { [TemplateSlots.TopicA] = next.Entry.Title, [TemplateSlots.TopicB] = second.Entry.Title });
            context.MarkAnswered(question);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        context.Say("dialog.missed_person");
        context.NeedPerson(QuestionNotAnswered);
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    /// <summary>"第二个" or "后面那个" after two topics were offered: that topic's answer.</summary>
    private async Task<DialogOutcome?> AnswersTopicChoiceAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var choices = context.State.TopicChoices;
        if (choices.Count != 2)
        {
            return null;
        }

        context.State.TopicChoices = [];
        var picked = OrderChoice.Ordinal(context.Normalized) switch
        {
            1 => choices[0],
            2 => choices[1],
            _ => null,
        };
        if (picked is null)
        {
            return null;
        }

        var entry = await PolicyReply.FindAsync(context, cancellationToken, context.State.LastQuestion ?? context.Text, [.. choices.Where(c => c != picked)]).ConfigureAwait(false);
        if (entry is null || entry.Entry.Id != picked)
        {
            return null;
        }

        await PolicyTopics.AnswerAsync(context, entry, cancellationToken, context.State.LastQuestion).ConfigureAwait(false);
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    [GeneratedRegex("没通过|不通过|被拒|失败|申请不了|不给")]
    private static partial Regex Declined();

    /// <summary>
    /// Price protection the platform refused. "不给退差价我就退货" says no such thing: it threatens a return of the order
    /// in focus, which the return flow answers.
    /// </summary>
    private static bool PriceDeclined(string normalized) => Declined().IsMatch(normalized) && !ReturnThreatened.IsSaid(CompactText.Of(normalized));
}
