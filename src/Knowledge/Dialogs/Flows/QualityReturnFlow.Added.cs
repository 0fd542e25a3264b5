using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Lines about the quality case this conversation recorded that the model may read as anything: the colour or size
/// wanted for a wrong one sent ("换！我要灰的"), how the goods were washed or by when they are needed ("按洗标冷水洗的",
/// "下礼拜家里来人要用"), and whether it can go back ("这算质量问题吧 能退吗"). They go to the recorded case.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string RecordedReturnable = "quality_return.recorded_returnable";
    private const string RecordedReturnableLate = "quality_return.recorded_returnable_late";

    /// <summary>True when the line adds to or asks about the quality case recorded in this chat on the order in focus.</summary>
    public static async Task<bool> AddsToRecordedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || RecordedHere(state) is not { } orderNumber || state.LastOrderNumber != orderNumber
            || ProblemPhrases.PointsElsewhere(context, orderNumber))
        {
            return false;
        }

        // A short question about the case ("给我换米色的 运费你们出吧") and a new one asked first have answers of their own.
        var recorded = (await OpenCases.HereAsync(context, orderNumber, cancellationToken, QualityKinds).ConfigureAwait(false)).LastOrDefault();
        return recorded is not null && CaseQuestion.Read(context.Compact) is null && !AsksNewFirst(context.Compact)
            && (CaseDetails.Of(context.Compact).Count > 0 || AsksIfReturnable(context.Compact)
                || (recorded.Kind == CaseKind.QualityReport && LeavesAnyRemedy(context.Compact))
                || (recorded.Kind == CaseKind.Exchange && WantsSpecForSentWrong(context, recorded.Description)));
    }

    /// <summary>
    /// "这算质量问题吧 能退吗", "能退吗？？别跟我说过了七天" about a fault recorded: it is checked as a quality problem, not
    /// a seven-day return, so use and the days passed do not bar it; the colleague decides the remedy. True when said.
    /// </summary>
    private static bool TellsRecordedReturnable(FlowContext context, CaseRecord recorded, IReadOnlyDictionary<string, string?> slots)
    {
        if (recorded.Kind is not (CaseKind.QualityReport or CaseKind.Return) || !AsksIfReturnable(context.Compact))
        {
            return false;
        }

        // Recorded after the seven days ("签收已超7天", "已过售后期"): checked as a quality problem still, but no return promised.
        var late = recorded.Description is { } said && (said.Contains(LateNote, StringComparison.Ordinal) || said.Contains(PastAfterSalesNote, StringComparison.Ordinal));
        context.Say(late ? RecordedReturnableLate : RecordedReturnable, slots);
        context.Finish();
        return true;
    }

    /// <summary>
    /// "要么补发碎的那几个 要么退钱 你们快点定" about a fault recorded with no remedy chosen: both remedies go on the
    /// record for a person to choose between, never one of them taken by the bot. True when said.
    /// </summary>
    private static async Task<bool> NotesEitherRemedyAsync(FlowContext context, string orderNumber, CaseRecord recorded, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        // "不用退货 补两个碗": a remedy said only to be turned down is no remedy the buyer takes; "不退就赔点钱" offers two.
        var reading = ReadRemedies(context);
        var offered = reading.Mode != RemedyMode.Single || EitherWords().IsMatch(context.Compact) || LeavesChoice().IsMatch(context.Compact)
            ? reading.Clauses.Where(c => c.Polarity != RemedyPolarity.Refused && !reading.NamesRefused(c.Wish)).Select(c => c.Label).Distinct().ToList()
            : [];
        if (recorded.Kind == CaseKind.QualityReport && offered.Count == 0 && LeavesAnyRemedy(context.Compact))
        {
            // "随便 哪个都行" to the remedies offered: every one of them is accepted.
            offered = [RefundLabel, ExchangeLabel];
        }

        if (recorded.Kind != CaseKind.QualityReport || offered.Count < 2)
        {
            return false;
        }

        // "那是给我补发还是退钱啊" asks which it will be: the choice is the buyer's, offered and awaited, nothing recorded
        // and no one called.
        if (AsksWhichRemedy().IsMatch(context.Compact) && !LeavesChoice().IsMatch(context.Compact) && !offered.Contains(RepairLabel))
        {
            context.Say("quality_return.remedy_choice_offered", new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Change] = string.Join('或', offered) });
            return true;
        }

        // "换一个还是退钱都行": the buyer takes either, so one the shop can run is recorded, never a person called to choose.
        if (await ChoosesForBuyerAsync(context, orderNumber, recorded, offered, slots, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var note = $"（买家可以接受{string.Join('或', offered)}，请同事决定）";
        var description = recorded.Description ?? QualityProblems.Label(QualityProblem.Defect);
        if (!description.Contains(note, StringComparison.Ordinal))
        {
            await RecordAgainAsync(context, orderNumber, recorded, NoChoiceNote().Replace(description, string.Empty) + note, "买家给了两种处理方式", cancellationToken).ConfigureAwait(false);
        }

        // "能修吗 还是给我换一个": whether it can be repaired is answered too, never only "noted".
        var template = offered.Contains(RepairLabel) ? "quality_return.either_remedy_noted_repair" : "quality_return.either_remedy_noted";
        context.Say(template, new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Change] = string.Join('或', offered) });
        context.NeedPerson(RemedyEither);
        context.Finish();
        return true;
    }

    /// <summary>The handover reason when the buyer leaves the choice between two remedies to the shop.</summary>
    public const string RemedyEither = "remedy_either";

    [GeneratedRegex("要么|或者|或是|还是|(?<=[退换])或(?=[退换])|不然|实在不行|再不济")]
    private static partial Regex EitherWords();

    // "是补发还是退钱啊", "补发还是退款？", "到底给我补寄还是退款呢".
    [GeneratedRegex("还是[^，,。]{0,6}(?:啊|呢|吗|呀|嘛|么|[?？])|^(?:那|那么|所以)?(?:是|到底是?|会|能)")]
    private static partial Regex AsksWhichRemedy();

    // "要么补发要么退钱 你们快点定", "补发还是退款都行": the buyer leaves the choice to the shop.
    // "其他的都好好的" says the rest is fine, never that either remedy is.
    [GeneratedRegex("都行|都可以|都好(?!好)|都成|随便|你们定|你定|你们决定|快点定|看着办|要么|你们选|你选")]
    private static partial Regex LeavesChoice();

    private const string RepairLabel = "维修";

    [GeneratedRegex("维修|返修|修理|修好|能修|可以修|修一下|修吗|修么|修不")]
    private static partial Regex RepairSaid();

    // "给我补还是退钱": a bare 补 set against another remedy is the reship.
    [GeneratedRegex("补发|补寄|重发|再发|补[一两俩几0-9]|补(?=还是|或者?|要么)")]
    private static partial Regex ReshipSaid();

    // "退还是换", "退或换都行": a bare 换 beside a bare 退 is the exchange.
    [GeneratedRegex("换新|换一?个新|换货|换(?:一|个|一个|只|一只|条|一条|件|一件)(?!下)|(?<=退(?:还是|或者?|要么))换")]
    private static partial Regex ExchangeSaid();

    [GeneratedRegex("退钱|退款|退货|全退|退了|退(?=(?:还是|或者?|要么)换)")]
    private static partial Regex RefundSaid();

    [GeneratedRegex("补偿|赔偿|补点钱|赔点")]
    private static partial Regex CompensationSaid();

    [GeneratedRegex("（买家还没选处理方式[^）]*）")]
    private static partial Regex NoChoiceNote();

    private static bool AsksIfReturnable(string compact) => Returnable().IsMatch(compact);

    [GeneratedRegex("(?:能|可以|可不可以|能不能|让|给)(?:我)?退(?:货|掉|款)?(?:吗|么|嘛|不|吧|[?？])|退得了|能退不")]
    private static partial Regex Returnable();
}
