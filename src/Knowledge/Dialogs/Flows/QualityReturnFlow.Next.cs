using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What follows once the problem and the wish are read: photos asked once, a case recorded (return, exchange,
/// reshipment, repair, partial refund or a report past the return window) or the remedies offered, and the open case
/// of an earlier chat told instead of a second one.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private static async Task NextAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var state = context.State;
        // A compensation being settled ("能补几块" while its sum is asked) needs no description: the problem may be told later.
        if (state.Values.GetValueOrDefault(WishKey) == CompensationWish)
        {
            if (await ExtraCompensationAsync(context, order.OrderNumber, slots, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            AskSettlementSum(context, order.OrderNumber);
            return;
        }

        if (!state.Values.ContainsKey(DescriptionKey) && !TakesProblemAsTold(context))
        {
            if (state.Step == DialogSteps.AskDescription)
            {
                context.Fail();
            }
            else if (TellsFeelOnly(context, slots))
            {
                return;
            }

            context.Say("quality_return.ask_description", slots);
            context.Await(DialogSteps.AskDescription);
            return;
        }

        if (TellsReturnOrRepair(context, order, slots))
        {
            return;
        }

        var photos = Photos(state);
        var description = ColourSwap.AgainstOrder(ProblemPhrases.DeviceFault(ProblemPhrases.WithItem(state.Values[DescriptionKey]!, order.Title, context.Services.Analyzer.Products.ProductWords), order.Title), order.Title);
        state.Values[DescriptionKey] = description;
        var problem = ProblemOf(description);
        if (state.Values.GetValueOrDefault(NeededByKey) is { } neededBy)
        {
            // Only the record carries the day; the description kept for the flow stays the fault alone.
            description = $"{description}{CareNotePrefix}{neededBy}）";
        }

        state.Values.TryGetValue(WishKey, out var wish);
        if (wish is null && context.Compact.Contains("保修", StringComparison.Ordinal) && ProblemPhrases.Repairable(order.Title))
        {
            // "台灯用了三个月坏了 能保修吗": the fault and the order are told, so the repair is what is asked for.
            wish = RepairWish;
            state.Values[WishKey] = wish;
        }
        if (wish == PartialRefundWish && problem == QualityProblem.Missing && !QualitySettlements.WantsPartialRefund(context.Normalized))
        {
            // "不要补发 直接退那个盘子的钱": the money of the missing piece, recorded as the refund of what was not sent.
            wish = RefundWish;
        }

        if (wish == PartialRefundWish)
        {
            AskSettlementSum(context, order.OrderNumber);
            return;
        }

        if (photos.Count == 0 && await RecordedEarlierAsync(context, order, wish, cancellationToken).ConfigureAwait(false) is { } standing)
        {
            // Recorded in an earlier chat and still open: where it stands, never photos asked again nor a second case.
            context.Say(standing.PhotoUrls.Count > 0 ? "quality_return.recorded_earlier_with_photos" : "quality_return.recorded_earlier", slots);
            context.Finish();
            return;
        }

        // A device that stopped working after the return window is a repair under warranty, never a return.
        var afterWindow = problem == QualityProblem.Defect && wish is null or RefundWish or ExchangeWish && AfterReturnWindow(context, order);
        if (afterWindow && description.StartsWith(QualityProblems.Label(QualityProblem.NotWorking), StringComparison.Ordinal))
        {
            if (Refused(state).Contains(RepairWish) || QualitySettlements.RefusesRepair(context.Normalized))
            {
                // "我要退货退款 不想修了": the repair turned down is never recorded; a person settles what is left, past the window.
                description += wish == ExchangeWish ? "（买家不要维修，要换新）" : "（买家不要维修，要退货退款）";
            }
            else
            {
                // "能换吗": an exchange asked for is recorded as one; "晚点再说" once asked "还能退吗 还是只能修" chooses no repair.
                if (wish != ExchangeWish && (wish is not null || !state.Values.ContainsKey(ReturnOrRepairToldKey)))
                {
                    wish = RepairWish;
                    state.Values[WishKey] = wish;
                }

                afterWindow = false;
            }
        }

        // Photos are asked for once: whatever the buyer answers instead (more detail, a question, "能换吗") opens the
        // case with photos to follow, never "照片还没收到呢" again.
        var answeredPhoto = state.Step == DialogSteps.AskPhoto;
        // "是不是坏了" asked outright gets its answer before the case: from what was told, most likely a fault of the goods.
        if ((answeredPhoto || state.Step == DialogSteps.AskRemedy) && AsksIfBroken().IsMatch(context.Compact))
        {
            context.Say("quality_return.likely_fault", slots);
        }

        // A smell, a noise, a taste or a fault that comes and goes shows in no photo: the description is enough.
        var unseen = QualityProblems.NotSeenInPhoto(description) || QualityProblems.NotSeenInPhoto(context.Normalized);
        // "密封圈没有 给我寄一个": a missing part the buyer asks to be sent is sent, with nothing to photograph first.
        var partSent = problem == QualityProblem.Missing && wish == ReshipWish && ProblemPhrases.NamesMissingPart(description);
        if (problem == QualityProblem.WrongItem && !state.Values.ContainsKey(WantedSpecKey) && OrderedSize(context, order) is { } ordered)
        {
            state.Values[WantedSpecKey] = ordered;
        }

        var sizeSwap = photos.Count == 0 && SizeSwapKnown(context, problem, wish);
        var saidSent = photos.Count == 0 && state.Values.ContainsKey(PhotosSaidSentKey);
        if (saidSent && wish is null && problem is not (QualityProblem.WrongItem or QualityProblem.Missing) && !state.Values.ContainsKey(RemedyOfferedKey) && state.Step != DialogSteps.AskRemedy)
        {
            // "裂了 图片我已经发过去了": the photos are not asked again, only what the buyer wants done.
            context.Say(OfferRemedies(context, OfferedProblem(description), SaidSentAskRemedy), WithCap(context, slots));
            context.Await(DialogSteps.AskRemedy);
            return;
        }

        // "能不能派个师傅上门修": the repair is recorded now (photos to follow), and its answer says plainly there is no repair at home.
        var onSite = wish == RepairWish && RepairWarranty.AsksOnSite(context.Compact);
        var later = onSite || saidSent || sizeSwap || partSent || state.Values.ContainsKey(PhotosLaterKey) || answeredPhoto || state.Step == DialogSteps.AskRemedy || wish == ReportWish || unseen;
        var pastWindow = (afterWindow || PastAfterSalesWindow(context, order)) && wish is not RepairWish and not ReportWish;
        // "少了个枕套 不用补了 退钱": nothing to send again, so no package photo is asked for the reshipment refused.
        var refundsMissing = problem == QualityProblem.Missing && (wish == RefundWish || Refused(state).Contains(ReshipWish));
        if (wish == RepairWish && !pastWindow && !onSite && (RepairWarranty.AsksWarranty(context.Compact) || QualitySettlements.AsksWhatRepairCosts(context.Compact) || WarrantyCardLost.Says(context.Compact)))
        {
            // "这个保修不", "修要钱不": answered first and plainly, from the policy; "保修卡丢了": the order record is the proof.
            context.Say(WarrantyCardLost.Says(context.Compact) ? "quality_return.warranty_card_lost" : "quality_return.warranty_answer", slots);
        }

        KeepReceivedCount(context, problem);
        if (photos.Count == 0 && !later && !pastWindow && !refundsMissing)
        {
            if (wish == ReshipWish && problem != QualityProblem.Missing)
            {
                KeepReshipNote(context, description);
            }

            var ask = problem == QualityProblem.Missing ? (UnboxingEvidence.VideoHeld(state) ? UnboxingEvidence.FirstAskTemplate : "quality_return.ask_package_photo")
                : wish == RepairWish ? "quality_return.ask_repair_photo"
                : wish == ExchangeWish ? "quality_return.ask_photo_exchange"
                : wish == ReshipWish ? "quality_return.ask_photo_reship"
                : wish is null ? RemedyOffer(context, OfferedProblem(description), description.StartsWith(QualityProblems.Label(QualityProblem.NotWorking), StringComparison.Ordinal))
                : "quality_return.ask_photo";
            context.Say(ask, WithCap(context, slots));
            context.Suggest(problem == QualityProblem.Missing ? "没有可拍的" : "暂时拍不了照片");
            context.Await(DialogSteps.AskPhoto);
            return;
        }

        description = UnboxingEvidence.Noted(context, saidSent ? $"{description}（买家说{state.Values[PhotosSaidSentKey]}已在聊天里发过，请同事查看）" : description);

        TransitDamage.Tell(context, description);
        AnswerFlows.OfferInstallationBeside(context);
        // "照片已经发过了" acknowledged when the remedies were offered is not acknowledged a second time.
        var suffix = photos.Count > 0 ? string.Empty
            : saidSent ? (context.State.SaidAnyOf(SaidSentAskRemedy) ? SaidSentAgainSuffix : SaidSentSuffix)
            : unseen ? "_described" : "_photos_later";
        if (pastWindow)
        {
            // Bought long ago: no return is promised; a person looks at it and says what can be done (a repair).
            var pastAfterSales = PastAfterSalesWindow(context, order);
            var window = pastAfterSales ? PastAfterSalesNote : $"{LateNote}，质量问题照常处理";
            await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, CaseKind.QualityReport, $"{description}（{window}，{ColleagueJudgesNote}）", photos, cancellationToken).ConfigureAwait(false);
            // Socks, clothes, bedding or food are not repaired: a repair is named only for goods that can be.
            var told = !pastAfterSales ? "quality_return.after_return_window"
                : ProblemPhrases.Repairable(order.Title) ? "quality_return.past_window_repairable" : "quality_return.past_window";
            context.Say(photos.Count == 0 && unseen ? told + "_described" : told, slots);
            context.Finish();
            return;
        }

        if (wish == ReportWish)
        {
            await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, CaseKind.QualityReport, description, photos, cancellationToken).ConfigureAwait(false);
            context.Say("quality_return.report_recorded", slots);
            context.Finish();
            return;
        }

        var refused = Refused(state);
        // A wrong item is exchanged unless the exchange is refused; any other problem waits for a remedy once one is refused.
        if (wish is null && problem != QualityProblem.Missing && (problem == QualityProblem.WrongItem ? refused.Contains(ExchangeWish) : refused.Count > 0))
        {
            // "不退货" and nothing else wanted: the remedies left are offered instead of recording the one refused.
            if (!AskRemedy(context, OfferedProblem(description), slots))
            {
                await RecordRefusedAsync(context, order, description, photos, slots, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (problem == QualityProblem.Missing && (wish == RefundWish || (wish is null && refused.Contains(ReshipWish))))
        {
            // "不要补发 直接退那个盘子的钱": the missing part is refunded, not sent again.
            await MissingPieceRefund.OpenAsync(context, order.OrderNumber, description, MissingCountNote(context, order), photos, cancellationToken).ConfigureAwait(false);
            context.Say("quality_return.missing_refund_opened", slots);
        }
        else if (problem == QualityProblem.Missing || wish == ReshipWish)
        {
            // Broken pieces sent again carry what and how many ("买家要补发2个盘子"); a missing piece's record already says it.
            var reshipped = problem != QualityProblem.Missing && ToldReshipNote(context, description) is { } note
                ? $"{description}（{note}）" : description;
            reshipped += problem == QualityProblem.WrongItem && KeepsWrongPiece(context.Compact) ? KeepsWrongPieceNote
                : problem == QualityProblem.Missing ? MissingCountNote(context, order) : string.Empty;
            await context.Actions.RequestReshipAsync(context.Turn, order.OrderNumber, reshipped, photos, cancellationToken).ConfigureAwait(false);
            // Only a missing piece is "少发的部分"; a broken one is sent again as the damaged part.
            context.Say(Opened(problem == QualityProblem.Missing ? "reship_opened" : "reship_damaged_opened", suffix), slots);
        }
        else if (wish == RepairWish)
        {
            await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, CaseKind.Repair, description, photos, cancellationToken).ConfigureAwait(false);
            context.Say(onSite ? RepairWarranty.NoOnSiteTemplate : Opened("repair_opened", suffix), slots);
        }
        else if (wish is null && problem != QualityProblem.WrongItem)
        {
            // The remedies were offered with the photos and the buyer went on without choosing one: no return they never
            // asked for, but the problem recorded with the remedy left for a colleague to agree with them.
            await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, CaseKind.QualityReport, $"{description}（{RemedyOpenNote}）", photos, cancellationToken).ConfigureAwait(false);
            context.Say(Opened("remedy_open", suffix), slots);
        }
        else
        {
            // A wrong item is exchanged unless the buyer wants the money back ("颜色不对 不用换 退了吧").
            var exchange = wish == ExchangeWish || (problem == QualityProblem.WrongItem && wish is null);
            // "（要米色，收到黑色）" already says what to send.
            var specified = exchange && state.Values.GetValueOrDefault(WantedSpecKey) is { } spec && !description.Contains($"要{spec}，", StringComparison.Ordinal) && !description.Contains($"订的{spec}，", StringComparison.Ordinal)
                ? $"{description}（买家要换成{spec}）" : description;
            var recorded = exchange ? WithNewFirst(context, specified) : specified;
            await (exchange
                ? context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, true, recorded, photos, cancellationToken)
                : OpenRefundReturnAsync(context, order.OrderNumber, recorded, photos, cancellationToken)).ConfigureAwait(false);
            if (exchange && sizeSwap)
            {
                context.Say("quality_return.exchange_size_opened", new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Change] = state.Values[WantedSpecKey] });
            }
            else
            {
                context.Say(Opened(exchange ? "exchange_opened" : "case_opened", suffix), slots);
            }

            if (exchange)
            {
                SayNewFirstNoted(context, slots);
                SayReturnStillOpen(context, wish, photos, slots);
            }
        }

        if (photos.Count > 0)
        {
            context.NeedPerson(QualityReview);
        }

        DeadlineAside.Say(context);
        context.Finish();
    }

    private const string SaidSentSuffix = "_said_sent";
    private const string SaidSentAgainSuffix = "_said_sent_again";
    private const string SaidSentAskRemedy = "quality_listen.said_sent_ask_remedy";

    /// <summary>The template telling a case was opened: photos in hand, said sent (never asked again), unseen or to come.</summary>
    private static string Opened(string situation, string suffix) =>
        suffix is SaidSentSuffix or SaidSentAgainSuffix ? $"quality_listen.{situation}{suffix}" : $"quality_return.{situation}{suffix}";

    /// <summary>
    /// The open return, exchange, reshipment or repair another chat recorded on the order, when the buyer asks for the
    /// same again (or names no remedy): null when none stands or the buyer now wants a different one.
    /// </summary>
    private static async Task<CaseRecord?> RecordedEarlierAsync(FlowContext context, Order order, string? wish, CancellationToken cancellationToken)
    {
        var standing = await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.Return, CaseKind.Exchange, CaseKind.Reship, CaseKind.Repair).ConfigureAwait(false);
        return standing is not null && standing.ConversationId != context.Input.ConversationId && (WantedKind(wish) is null || WantedKind(wish) == standing.Kind)
            ? standing : null;
    }

    /// <summary>A completed order shipped longer ago than <see cref="AfterSalesWindowDays"/>.</summary>
    private static bool PastAfterSalesWindow(FlowContext context, Order order) =>
        order.Status == OrderStatus.Completed && context.Services.Orders.Facts(order).DaysSinceShipment > AfterSalesWindowDays;
}
