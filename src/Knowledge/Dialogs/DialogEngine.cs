using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;

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

    /// <summary>The turn itself, before the shipping wishes said in it are noted.</summary>
    private async Task<DialogOutcome> TurnAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var understanding = context.Input.Understanding;
        RememberProblem(context);
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
            return await PersonAskedAsync(context, cancellationToken).ConfigureAwait(false);
        }

        // "你听不懂吗 我要跟人说话" in the middle of a flow, in words the detector does not know: the model's confident
        // reading asks for a person as surely, and the flow records nothing on the way.
        if (state.ActiveFlow is not null && understanding.Intent == IntentIds.Human && understanding.Decision == TurnDecision.Answer
            && !understanding.HandoffRefused && understanding.Confidence >= _services.Options.ConfidentEscalation)
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Human, askedForPerson: true);
        }

        if (await HeardBeforeAnyFlowAsync(context, cancellationToken).ConfigureAwait(false) is { } heard)
        {
            return heard;
        }

        if (state.ClarifyOptions.Count == 2)
        {
            return await ResolveClarificationAsync(context, cancellationToken).ConfigureAwait(false);
        }

        if (state.ActiveFlow is { } active && _flows.TryGetValue(active, out var waiting))
        {
            // "不想退", "说了不退", then "都不要" or "我再想想": a remedy turned down, never the problem told, which stays.
            if (active == IntentIds.QualityReturn && QualityReturnFlow.HearsRefusal(context))
            {
                return await RunAsync(context, waiting, cancellationToken).ConfigureAwait(false);
            }

            // "地址不用改了", "不用了" while the flow asks: nothing is recorded and nothing asked again.
            if (FlowDropped.Drops(active, context))
            {
                return Dropped(context, active);
            }

            // "我先试试，不行再说" while a return or refund is being taken down is no consent: nothing is recorded.
            if (Hesitation.Holds(active) && Hesitation.TryHoldOff(context))
            {
                return Outcome(context, DialogOutcomeKind.Answered, active);
            }

            // "不对 要纸质的 不要电子的", "哦不对 是T恤", "不是这单，是另一单" while a flow works on one order.
            if (await CorrectedInFlowAsync(context, active, waiting, cancellationToken).ConfigureAwait(false) is { } flowCorrected)
            {
                return flowCorrected;
            }

            // "怎么发图片" while photos are asked for: how to send one, and the flow still waits for them.
            if (state.Step == DialogSteps.AskPhoto && BesideNeeds.AsksHowToSendPhoto(context.Compact))
            {
                return Outcome(context, DialogOutcomeKind.Answered, active);
            }

            // "不是质量问题 就是颜色不喜欢": the buyer says there is no defect, so the quality flow is left for what they ask.
            if (active == IntentIds.QualityReturn && QualityProblems.Denied(context.Normalized))
            {
                return await InsteadOfRefusedAsync(context, active, cancellationToken).ConfigureAwait(false) ?? Declined(context, active);
            }

            // "修 怎么弄" while a repair photo is asked for: the repair is taken down, not the warranty rules told again;
            // "能排个师傅上门看下吗" too, which hears there is no repair at home, never the order's state;
            // "维修要钱吗", "寄回去修运费谁出" ask what it costs, which the policies answer first.
            // "拍不了 先登记吧" and "快递放门口的 我没当面验" (how broken goods came, no tracking question) record the case with
            // photos to follow, whatever need the model reads; so does "还在保修吗 修要钱不" about a repair awaiting photos.
            if (active == IntentIds.QualityReturn && state.Step == DialogSteps.AskPhoto
                && ((context.Compact.Contains('修', StringComparison.Ordinal) && !QualitySettlements.RefusesRepair(context.Normalized)
                        && !QualitySettlements.AsksWhatRepairCosts(context.Compact))
                    || RepairWarranty.AsksOnSite(context.Compact)
                    || QualityReturnFlow.PutsOffPhotos(context) || QualityReturnFlow.AsksAboutRepairAwaited(context) || TransitDamage.TellsDelivery(context.Compact)))
            {
                return await RunAsync(context, waiting, cancellationToken).ConfigureAwait(false);
            }

            // "行", "好的" after a compensation was offered: the offer is taken, never a thank-you that ends the flow.
            // "换大一号的" after "尺码发错了" is the exchange of the shop's mistake, as is "穿不进 领标是L" on an XL order; "换了插座也一样" tells more of the fault.
            if (active == IntentIds.QualityReturn && (QualityReturnFlow.StaysInCase(context) || LabelSize.WrongSent(context) is not null))
            {
                return await RunAsync(context, waiting, cancellationToken).ConfigureAwait(false);
            }

            // "退回去的运费谁出？" while photos are asked for: answered from the policies, then the flow asks again.
            // A clear new request ("我的快递到哪了？") changes the topic instead, unless it asks for a fact.
            // A question whose topic a policy keyword names ("电子还是纸质的？") is that question, whatever the model guessed.
            var asideFirst = context.Facts.Cues.AsksForFact || !SwitchesTopic(state, understanding, context.Facts.Cues, context.Compact)
                || (context.Facts.Cues.IsQuestion && await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false) is { ByKeyword: true });
            if (asideFirst && await QuestionAside.TryInsideFlowAsync(context, _services.Options.PolicyFirstScore, cancellationToken).ConfigureAwait(false))
            {
                return Outcome(context, DialogOutcomeKind.Answered, active);
            }

            // "不是退款，是催你们快点发货" leaves the refund for what the buyer asks instead; "不退了" alone ends it.
            var meant = StillMeant(ActionIntents.Meant(active, context.Facts.Cues, context.Normalized), active, context);
            if (meant is null && await InsteadOfRefusedAsync(context, active, cancellationToken).ConfigureAwait(false) is { } instead)
            {
                return instead;
            }

            if (meant is null && !FollowUpRequests.AsksToAct(context.Normalized))
            {
                return Declined(context, active);
            }

            if (meant is not null && meant != active)
            {
                return await StartAsync(context, meant, cancellationToken).ConfigureAwait(false);
            }

            if (!SwitchesTopic(state, understanding, context.Facts.Cues, context.Compact) || PointsAtChoice(context) || GivesFlowItsFields(context, active)
                || (active == IntentIds.Invoice && InvoiceFlow.MeansBothListed(context)))
            {
                return await RunAsync(context, waiting, cancellationToken).ConfigureAwait(false);
            }
        }

        // "我不是要再申请 就问进度" right after a refund answer asks about that refund; "把两个碗的钱退我就行" chooses a remedy.
        if (state.ActiveFlow is null && RefundTiming.IsAsked(context.Normalized) && !AboutRecordedCase(context) && QuestionAside.TryAfterFlow(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "算了", "那就算了" after an answer lets the matter go; "先不退 我再想想" after a return was talked through puts it off.
        if (state.ActiveFlow is null && state.ClarifyOptions.Count == 0 && LetGoReply(state, context.Normalized) is { } letGo)
        {
            context.Say(letGo);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if ((await ConfirmsRecordAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await GivesReasonAfterRefundAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await AnswersPriceAsync(context, cancellationToken).ConfigureAwait(false) ?? await AsksNewSentFirstAsync(context, cancellationToken).ConfigureAwait(false)) is { } confirmed)
        {
            return confirmed;
        }

        if ((await CorrectedAfterFlowAsync(context, cancellationToken).ConfigureAwait(false) ?? await OrderReferencedAsync(context, cancellationToken).ConfigureAwait(false)) is { } referred)
        {
            return referred;
        }

        // "照片现在拍不了 明天发", "不要退款 给我补两个碗寄过来就行" after a quality case was recorded: about that case.
        if (AboutRecordedCase(context) && _flows.ContainsKey(IntentIds.QualityReturn))
        {
            return await StartAsync(context, IntentIds.QualityReturn, cancellationToken).ConfigureAwait(false);
        }

        if (await AfterParcelAnswerAsync(context, cancellationToken).ConfigureAwait(false) is { } parcel)
        {
            return parcel;
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

        // "浴巾改地址 广西…，民族大道100号，韩梅梅，150…": a full address given with 改地址 is a change of address, whatever
        // the model makes of a long line of place names, and before a policy its place names touch (新疆, 西藏).
        if (GivesNewAddress(context) && _flows.ContainsKey(IntentIds.ChangeAddress))
        {
            return await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false);
        }

        if ((await AnswersQuestionAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await AnswersTopicAsync(context, cancellationToken).ConfigureAwait(false)
            ?? await FollowsTopicUpAsync(context, cancellationToken).ConfigureAwait(false) ?? await RemarkedAsync(context, cancellationToken).ConfigureAwait(false)) is { } answered)
        {
            return answered;
        }

        // The model's own human and complaint verdicts escalate by configuration; when confident they are acted on.
        if (understanding.Intent == IntentIds.Human && confident)
        {
            state.EndFlow();
            await NoteBeforePersonAsync(context, cancellationToken).ConfigureAwait(false);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Human, askedForPerson: true);
        }

        // "门牌号填错了 应该是602室", "收货电话错了 是132…", "电话留错了", "省填错了" are a change of address, whatever the model makes of them.
        // "袜子先别发 我要改个地址" wants both: the address is changed and the order held until then, never "which one?".
        // "是送我侄女的 能直接寄到她家吗" sends the parcel to someone else's home: a new address, asked for.
        // "餐具那单还没发的话帮我把省份改成江苏省": a change on the condition that it has not shipped, never a refund.
        if ((AddressKeeps.CorrectsPart(context.Compact) || ChangeOnCondition(context)
                || (AddressKeeps.ChangesAddress(context.Compact) && ChangeAddressFlow.HoldsShipment(context.Compact)) || SendsElsewhere(context))
            && _flows.ContainsKey(IntentIds.ChangeAddress))
        {
            return await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false);
        }

        // "袜子那单还没发吧 …俩一起寄": a cancellation the buyer names no word of is left to the rest of the line, and
        // "还没发吧" in it is asked of the order's shipping.
        if (understanding.Decision == TurnDecision.Answer && ActionIntents.Unfounded(understanding.Intent, context.Compact))
        {
            return await AnsweredInContextAsync(context, cancellationToken).ConfigureAwait(false)
                ?? (NotShippedYet().IsMatch(context.Compact) && _flows.ContainsKey(IntentIds.Hurry)
                    ? await StartAsync(context, IntentIds.Hurry, cancellationToken).ConfigureAwait(false) : NotUnderstood(context));
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
            // Where the parcel is and please ship it: the order's state decides; "不送上门 要么加5块送上楼" is the parcel's too.
            if ((IsTrackOrHurry(understanding.Top.Intent, runnerUp.Intent) && AsksAboutAParcel(context)) || CourierProblemInDoubt(understanding.Top.Intent, runnerUp.Intent, context))
            {
                return await StartAsync(context, TrackFlow.SaysNotShipped(context.Normalized) ? IntentIds.Hurry : IntentIds.Track, cancellationToken).ConfigureAwait(false);
            }

            // A doubt between the quality case just recorded and something else ("能换个新的吗") is about that case.
            // Between a quality problem and a repair or a no-reason return, or when it leads ("台灯坏了") or is claimed ("这不是质量问题吗"), a named problem makes it the quality flow.
            if ((understanding.Top.Intent == IntentIds.QualityReturn || runnerUp.Intent == IntentIds.QualityReturn) && (QualityReturnFlow.RecordedHere(state) is not null
                    || ((ProblemSettles(context, understanding.Top.Intent, runnerUp.Intent) || understanding.Top.Intent == IntentIds.QualityReturn || QualityProblems.Claimed(context.Normalized)) && QualityProblems.NamesAProblem(context.Normalized))))
            {
                return await StartAsync(context, IntentIds.QualityReturn, cancellationToken).ConfigureAwait(false);
            }

            // "T恤买了三件 只收到两件", "领标写的L": fewer pieces or another size than ordered is the shop's mistake, never a parcel to track.
            if (AboutGoodsSent(understanding.Top.Intent, runnerUp.Intent) && (QualityProblems.ShortShipped(context.Normalized) || QualityProblems.Of(context.Normalized) == QualityProblem.WrongItem))
            {
                return await StartAsync(context, IntentIds.QualityReturn, cancellationToken).ConfigureAwait(false);
            }

            // "保温杯还能退吗", "买了两件 想退一件", "颜色跟图片差好多", "米色太不耐脏" naming no problem: the order's dates and pieces
            // answer it, with what remains past them (a quality problem still handled), never a question which of the two is meant; so "到了发现用不了的话能换吗".
            if (((IsQualityOrNoReason(understanding.Top.Intent, runnerUp.Intent) && (NoReasonReturnFlow.AsksWhetherStillReturnable(context.Normalized) || NoReasonReturnFlow.ReturnsPart(context.Compact) || ColourLook.Says(context.Compact) || QualityProblems.RulesOutDefect(context.Normalized))
                && !QualityProblems.NamesAProblem(context.Normalized)) || (IntentIds.NoReasonReturn == understanding.Top.Intent || IntentIds.NoReasonReturn == runnerUp.Intent) && NoReasonReturnFlow.AsksSwapOnArrival(context)) && _flows.ContainsKey(IntentIds.NoReasonReturn))
            {
                return await StartAsync(context, IntentIds.NoReasonReturn, cancellationToken).ConfigureAwait(false);
            }

            // "239那个退了": a refund or a return is decided by the order named, when it has not shipped yet.
            return (IsRefundOrReturn(understanding.Top.Intent, runnerUp.Intent) && (NamesOnlyUnshipped(context) || FocusUnshipped(context)) ? IntentIds.RefundUnshipped
                    : MeantByWords(context, understanding.Top.Intent, runnerUp.Intent)) is { } meant
                ? await StartAsync(context, meant, cancellationToken).ConfigureAwait(false)
                : await AnsweredInContextAsync(context, cancellationToken).ConfigureAwait(false) ?? Clarify(context, understanding.Top.Intent, runnerUp.Intent);
        }

        return await AnsweredInContextAsync(context, cancellationToken).ConfigureAwait(false) ?? NotUnderstood(context);
    }
}
