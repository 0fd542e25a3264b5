using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// After the case is recorded the buyer often says what they want ("补一个盘子就行", "想换一条新的", "换成米色的") or
/// adds a detail ("只裂了一个"): the recorded case is changed to what they want, or the detail is acknowledged, and
/// no second case is opened on the same order.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>The handover reason when a buyer with a repair recorded wants a new one instead.</summary>
    public const string RepairSwap = "repair_swap";

    private const string RepairSwapAsked = "quality_listen.repair_swap_asked";

    /// <summary>
    /// "能不能直接给我换个新的", "换一个新的吧": the buyer wants a new one instead of what was recorded (a repair stays a
    /// repair; a colleague decides).
    /// </summary>
    public static bool AsksForNewOne(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return ExchangeWords().IsMatch(compactText) && !ExchangeRefused().IsMatch(compactText);
    }

    /// <summary>How a quality record notes an order past the after-sales window.</summary>
    internal const string PastAfterSalesNote = "已过售后期";

    /// <summary>The record's note for a quality problem told after the seven days from receipt.</summary>
    private const string LateNote = "签收已超7天";

    /// <summary>The kinds of record a quality case is written as.</summary>
    internal static readonly CaseKind[] QualityKinds = [CaseKind.Return, CaseKind.Exchange, CaseKind.Reship, CaseKind.Repair, CaseKind.QualityReport, CaseKind.Compensation];

    /// <summary>
    /// The order of the latest quality answer in this conversation, whatever was talked about since; a case recorded with
    /// the photos said sent ("照片刚发你了") counts, a remedy only asked about it does not.
    /// </summary>
    public static string? RecordedHere(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var key = state.SaidTemplates.LastOrDefault(k => k.Contains('|', StringComparison.Ordinal)
            && (k.StartsWith(IntentIds.QualityReturn + ".", StringComparison.Ordinal) || (k.StartsWith(SaidSentArea, StringComparison.Ordinal)
                && (k.Contains(SaidSentRecorded, StringComparison.Ordinal) || k.Contains(SaidSentAgainRecorded, StringComparison.Ordinal)))));
        return key?[(key.IndexOf('|', StringComparison.Ordinal) + 1)..];
    }

    private const string SaidSentArea = "quality_listen.";
    private const string SaidSentRecorded = "_said_sent|";
    private const string SaidSentAgainRecorded = "_said_sent_again|";

    /// <summary>True when this turn was about the quality case this conversation already recorded on the order.</summary>
    private static async Task<bool> FollowsRecordedCaseAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var orderNumber = RecordedHere(state);
        if (state.Step is not null || orderNumber is null
            || ProblemPhrases.PointsElsewhere(context, orderNumber))
        {
            return false;
        }

        var recorded = (await OpenCases.HereAsync(context, orderNumber, cancellationToken, QualityKinds).ConfigureAwait(false)).LastOrDefault();
        if (recorded is null)
        {
            return false;
        }

        state.OrderNumber = orderNumber;
        var slots = new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = orderNumber };
        if (await TakesShopDefaultAsync(context, orderNumber, recorded, slots, cancellationToken).ConfigureAwait(false)
            || TellsRecordedReturnable(context, recorded, slots) || TellsWhichRemedy(context, recorded, slots)
            || await NotesFeedbackOnlyAsync(context, orderNumber, recorded, slots, cancellationToken).ConfigureAwait(false)
            || await NotesEitherRemedyAsync(context, orderNumber, recorded, slots, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var wanted = WantedKind(state.Values.GetValueOrDefault(WishKey));
        if (wanted is null && WishOf(recorded.Kind) is { } recordedWish && RefusedRemedies(context.Normalized).Contains(recordedWish))
        {
            await WithdrawRefusedAsync(context, recorded, cancellationToken).ConfigureAwait(false);
            return true;
        }

        // "不退货了" when no remedy was chosen yet: nothing is withdrawn; the refusal is heard and the others offered.
        if (wanted is null && recorded.Kind == CaseKind.QualityReport && RefusedRemedies(context.Normalized) is { Count: > 0 } refusedNow)
        {
            refusedNow.UnionWith(Refused(state));
            state.Values[RefusedKey] = string.Join(',', refusedNow.Order(StringComparer.Ordinal));
            context.Say("quality_return.report_refusal_heard", new Dictionary<string, string?>(slots)
            {
                [Templates.TemplateSlots.Change] = RefusedLabel(refusedNow),
                [Templates.TemplateSlots.Remedies] = Remedies(context, OfferedProblem(recorded.Description ?? string.Empty)),
            });
            context.Finish();
            return true;
        }

        if (recorded.Kind == CaseKind.Exchange && wanted is null or CaseKind.Exchange && WantedSpec(context) is { } said
            && TitledSpec(context, orderNumber, said) is var spec && !AlreadyWanted(recorded.Description ?? string.Empty, spec))
        {
            // "不对 我要M码": the exchange just recorded is recorded again with the size the buyer now gives.
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家更正要换的规格为{spec}", cancellationToken).ConfigureAwait(false);
            var problem = WantedSpecNote().Replace(recorded.Description ?? QualityProblems.Label(QualityProblem.WrongItem), string.Empty);
            await context.Actions.OpenReturnCaseAsync(context.Turn, orderNumber, true, $"{problem}（买家要换成{spec}）", recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
            context.Say("quality_return.exchange_spec_updated", new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Change] = spec });
            context.Finish();
            return true;
        }

        if (wanted is null && await CorrectRecordedAsync(context, orderNumber, recorded, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        // "换货 能不能先把白的寄给我" about the exchange recorded: the wish goes on it for the colleague who decides.
        if (recorded.Kind == CaseKind.Exchange && wanted is null or CaseKind.Exchange && AsksNewFirst(context.Compact)
            && await NotesNewFirstAsync(context, orderNumber, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
            return true;
        }

        // "补发的单号多少": none until the reshipment leaves, never "the record stands".
        if (recorded.Kind == CaseKind.Reship && QueuedReship.AsksNumber(context.Compact))
        {
            context.Say("quality_return.reship_number_not_yet", slots);
            context.Finish();
            return true;
        }

        if (wanted is not { } kind || kind == recorded.Kind)
        {
            // "碎了俩": the count goes into the record, whose words "您补充的情况我记下了" then hold.
            await RecordCountAsync(context, orderNumber, recorded, cancellationToken).ConfigureAwait(false);
            if (recorded.Kind == CaseKind.Compensation && AsksHowMuch().IsMatch(context.Normalized))
            {
                CompensationSumTold.Say(context, slots, recorded, "quality_return.compensation_amount");
                context.Finish();
                return true;
            }

            context.Say(
                Defers(context) && RecordedCaseTalk.AsksWhatNow(context.Compact) ? RecordedCaseTalk.WhatNowTemplate(recorded.Kind, recorded.Description)
                : Defers(context) ? "quality_return.photos_later_noted"
                : CaseDetails.TellsNeed(context.Compact) ? "quality_return.need_noted"
                // "能直接换米色吗 运费我可不出哈": the remedy stands, and who pays the postage and how it comes back.
                : recorded.Kind is CaseKind.Exchange or CaseKind.Return && PostageNamed().IsMatch(context.Compact)
                    ? $"quality_return.remedy_stands_postage_{(recorded.Kind == CaseKind.Exchange ? "exchange" : "return")}"
                // "不用给我补偿什么的 把少的那个寄过来就行": the remedy recorded stands, and no money is asked for.
                : recorded.Kind != CaseKind.Compensation && QualitySettlements.RefusesCompensation(context.Compact) ? "quality_return.compensation_declined"
                : wanted == recorded.Kind ? "quality_return.remedy_stands"
                : "quality_return.detail_noted",
                new Dictionary<string, string?>(slots)
                {
                    [Templates.TemplateSlots.Amount] = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                    [Templates.TemplateSlots.Change] = recorded.Kind.Label(),
                });
            context.Finish();
            return true;
        }

        if (await WishAwaitsFindingAsync(context, orderNumber, recorded, kind, slots, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var description = Counted(context, RecordedProblem.Of(recorded.Description) ?? QualityProblems.Label(QualityProblem.Defect));
        if (kind == CaseKind.Compensation && await ExtraCompensationAsync(context, orderNumber, slots, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        if (kind == CaseKind.Compensation)
        {
            // "衣服我留着穿吧 退点钱就行": the sum is asked; the case it replaces is withdrawn once one is recorded.
            state.Values[DescriptionKey] = description;
            AskSettlementSum(context, orderNumber);
            return true;
        }

        if (recorded.Kind == CaseKind.Repair && kind == CaseKind.Exchange)
        {
            // "能不能直接换个新的" after the repair was recorded: the repair stands; a new one instead is a colleague's call.
            context.Say(RepairSwapAsked, slots);
            context.NeedPerson(RepairSwap);
            context.Finish();
            return true;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家改为{kind.Label()}", cancellationToken).ConfigureAwait(false);
        switch (kind)
        {
            case CaseKind.Reship:
                await ReshipInsteadAsync(context, new(orderNumber, description, recorded.PhotoUrls, SaidSentBefore(context, orderNumber, recorded.Description)), slots, cancellationToken).ConfigureAwait(false);
                break;
            case CaseKind.Repair:
                await context.Actions.RecordQualityCaseAsync(context.Turn, orderNumber, CaseKind.Repair, description, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
                context.Say("quality_return.repair_opened_photos_later", slots);
                break;
            case CaseKind.Exchange:
                await ExchangeInsteadAsync(context, new(orderNumber, description, recorded.PhotoUrls, SaidSentBefore(context, orderNumber, recorded.Description)), slots, cancellationToken).ConfigureAwait(false);
                break;
            case var _ when recorded.Kind == CaseKind.Reship && ProblemOf(description) == QualityProblem.Missing:
                // "不要补了 退钱吧": the money of what was not sent, never the whole order returned.
                await MissingPieceRefund.OpenAsync(context, orderNumber, description, recorded.Description, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
                context.Say("quality_return.missing_refund_opened", slots);
                break;
            default:
                await OpenRefundReturnAsync(context, orderNumber, description, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
                context.Say("quality_return.changed_to_return", slots);
                break;
        }

        context.Finish();
        return true;
    }

    /// <summary>
    /// "不退货了", "不用补发了" about the case just recorded, with nothing else wanted: that case is withdrawn and the
    /// remedies left are offered; the answer is recorded in its place.
    /// </summary>
    private static async Task WithdrawRefusedAsync(FlowContext context, CaseRecord recorded, CancellationToken cancellationToken)
    {
        var state = context.State;
        await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家不要{recorded.Kind.Label()}", cancellationToken).ConfigureAwait(false);
        var description = recorded.Description ?? QualityProblems.Label(QualityProblem.Defect);
        state.Values[DescriptionKey] = WantedSpecNote().Replace(description, string.Empty);
        if (recorded.PhotoUrls.Count > 0)
        {
            state.Values[PhotosKey] = string.Join('\n', recorded.PhotoUrls);
        }

        state.Values.Remove(WishKey);
        var template = OfferRemedies(context, OfferedProblem(description), "quality_return.withdrawn_ask_remedy");
        context.Say(template, WithCap(context, new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = recorded.OrderNumber }));
        context.Await(DialogSteps.AskRemedy);
    }

    private static string? WishOf(CaseKind kind) => kind switch
    {
        CaseKind.Return => RefundWish,
        CaseKind.Exchange => ExchangeWish,
        CaseKind.Reship => ReshipWish,
        CaseKind.Repair => RepairWish,
        _ => null,
    };

    /// <summary>"灰色" as the order's title names it ("雾霾灰"), so the record says what the page says.</summary>
    private static string TitledSpec(FlowContext context, string orderNumber, string said) =>
        context.Services.Orders.Find(context.Input.BuyerId, orderNumber) is { } order ? context.Services.Analyzer.Specs.AsTitled(said, order.Title) : said;

    /// <summary>The exchange recorded already sends <paramref name="spec"/>: "（买家要换成XL）" or "（要雾霾灰，收到浅粉色）".</summary>
    private static bool AlreadyWanted(string description, string spec) =>
        description.Contains($"换成{spec}）", StringComparison.Ordinal) || description.Contains($"要{spec}，", StringComparison.Ordinal);

    [GeneratedRegex("运费|邮费|快递费|運費|郵費")]
    private static partial Regex PostageNamed();

    [GeneratedRegex("（买家要换成[^）]*）")]
    private static partial Regex WantedSpecNote();

    [GeneratedRegex("多少|几块|几元|金额|(?:就|才|只有|只)[0-9一二三四五六七八九十]+(?:块|元)")]
    private static partial Regex AsksHowMuch();

    private static CaseKind? WantedKind(string? wish) => wish switch
    {
        ReshipWish => CaseKind.Reship,
        ExchangeWish => CaseKind.Exchange,
        RepairWish => CaseKind.Repair,
        RefundWish => CaseKind.Return,
        PartialRefundWish or CompensationWish => CaseKind.Compensation,
        _ => null,
    };
}
