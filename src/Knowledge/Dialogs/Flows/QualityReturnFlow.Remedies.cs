using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// The remedies the policy allows for a defect (return and refund, exchange, a small compensation within the cap, and
/// the broken part sent again, which the policy leaves to a colleague), offered when the buyer has not said which they
/// want, and never one they refused.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>
    /// The photo request that also offers the remedies left, when the buyer has not said what they want; a fault that
    /// shows only in use asks for a short video first.
    /// </summary>
    private static string RemedyOffer(FlowContext context, QualityProblem problem, bool showsInUse) =>
        OfferRemedies(context, problem, showsInUse ? "quality_return.ask_video_remedy" : "quality_return.ask_photo_remedy");

    /// <summary>
    /// Keeps the remedies left as offered and gives the template that offers them: with the return and the exchange
    /// turned down, the compensation is the one offer left, asked as a yes or a no rather than a menu of one.
    /// </summary>
    private static string OfferRemedies(FlowContext context, QualityProblem problem, string menuTemplate)
    {
        var state = context.State;
        state.Values[RemedyOfferedKey] = "yes";
        var remedies = Remedies(context, problem);
        state.Values[RemediesKey] = remedies;
        if (remedies != CompensationRemedy(context))
        {
            return menuTemplate;
        }

        state.Values[OfferedKey] = "yes";
        return menuTemplate + "_compensation_only";
    }

    /// <summary>
    /// Asks which remedy the buyer wants when the one they refused would be the default, and again (without it) when
    /// they turn down one of those offered; false when the buyer turned down no more than before, or everything, or put
    /// the choice off (a person settles it then).
    /// </summary>
    private static bool AskRemedy(FlowContext context, QualityProblem problem, IReadOnlyDictionary<string, string?> slots)
    {
        var state = context.State;
        var offeredBefore = state.Values.ContainsKey(RemedyOfferedKey) || state.Step == DialogSteps.AskRemedy;
        if (state.Values.ContainsKey(AllRefusedKey) || (offeredBefore && Remedies(context, problem) == state.Values.GetValueOrDefault(RemediesKey)))
        {
            return false;
        }

        // "不想退" after the menu: the refusal is heard and the remedies left are offered, never the first menu again.
        var template = OfferRemedies(context, problem, offeredBefore ? "quality_return.refusal_heard_ask_remedy" : "quality_return.ask_remedy");
        context.Say(template, new Dictionary<string, string?>(WithCap(context, slots)) { [Templates.TemplateSlots.Change] = RefusedLabel(Refused(state)) });
        if (state.Values.ContainsKey(OfferedKey))
        {
            context.Suggest("可以", "不用了");
        }

        context.Await(DialogSteps.AskRemedy);
        return true;
    }

    /// <summary>
    /// A quality report when the buyer turned a remedy down and chose none of those left: what they refused is written
    /// down for the colleague who settles it with them.
    /// </summary>
    private static async Task RecordRefusedAsync(FlowContext context, Order order, string description, IReadOnlyList<string> photos, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var state = context.State;
        var refused = RefusedLabel(Refused(state));
        var rest = state.Values.ContainsKey(AllRefusedKey) ? "，其他处理方式买家还没定" : string.Empty;
        // "补我20块算了" then "照片晚点拍给你": the sum above the limit goes on the record for the supervisor, and the
        // buyer hears where it stands rather than the refusal and the menu again.
        if (state.Values.ContainsKey(WithinLimitOfferedKey) && state.Values.GetValueOrDefault(AskedAboveLimitKey) is { } asked)
        {
            var cap = WithCap(context, slots)[Templates.TemplateSlots.Amount];
            await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, CaseKind.QualityReport,
                $"{description}（买家不要{refused}，要求补偿{asked}元，超出客服可给的{cap}元，请主管审核后与买家商定）", photos, cancellationToken).ConfigureAwait(false);
            context.Say("quality_return.report_recorded_sum_asked", new Dictionary<string, string?>(WithCap(context, slots)) { [Templates.TemplateSlots.AskedAmount] = asked });
            context.Finish();
            return;
        }

        await context.Actions.RecordQualityCaseAsync(context.Turn, order.OrderNumber, CaseKind.QualityReport, $"{description}（买家不要{refused}{rest}，处理方式请同事与买家商定）", photos, cancellationToken).ConfigureAwait(false);
        context.Say("quality_return.report_recorded_refused", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.Change] = refused,
            [Templates.TemplateSlots.Remedies] = Remedies(context, OfferedProblem(description)),
        });
        context.Finish();
    }

    /// <summary>
    /// The quality flow hears what a buyer says about its remedies once the problem is told: a remedy turned down
    /// ("不想退", "说了不退"), and after one was, the rest turned down or put off ("都不要", "我再想想", "不用了"). The
    /// problem stands either way, so none of these drops it.
    /// </summary>
    public static bool HearsRefusal(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        return state.ActiveFlow == Intents.IntentIds.QualityReturn && state.Values.ContainsKey(DescriptionKey) && context.Input.PhotoUrls.Count == 0
            && (RefusesRemedy(context.Normalized) || LeavesRemedies(context));
    }

    /// <summary>After a remedy was turned down: "都不要", "先这样吧", "不用了", "我再想想" leave the rest unchosen.</summary>
    private static bool LeavesRemedies(FlowContext context) =>
        Refused(context.State).Count > 0 && context.Input.PhotoUrls.Count == 0
        && (LeftUnchosen().IsMatch(context.Compact) || FlowDropped.TakesBack(context.Normalized) || Hesitation.Of(context.Normalized));

    // "都不要", "什么都不用", "先这样吧", "我再想想": nothing chosen of what is left, now.
    [System.Text.RegularExpressions.GeneratedRegex("都(?:不要|不用|不需要|不想要|不想|算了)|(?:先|就)这样(?:吧|了|好了)?(?:[。.!！~～]*)$|什么都不|再想想|想一想|考虑一下")]
    private static partial System.Text.RegularExpressions.Regex LeftUnchosen();

    /// <summary>The slots with the cap and the remedies offered.</summary>
    private static Dictionary<string, string?> WithCap(FlowContext context, IReadOnlyDictionary<string, string?> slots) =>
        new(slots)
        {
            [Templates.TemplateSlots.Amount] = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            [Templates.TemplateSlots.Remedies] = context.State.Values.GetValueOrDefault(RemediesKey),
        };

    private static string Remedies(FlowContext context, QualityProblem problem)
    {
        var refused = Refused(context.State);
        var offered = new List<string>();
        if (!refused.Contains(RefundWish))
        {
            offered.Add("退货退款");
        }

        if (!refused.Contains(ExchangeWish))
        {
            offered.Add(problem == QualityProblem.WrongItem ? "换成您要的" : "换新");
        }

        if (problem is QualityProblem.Damaged or QualityProblem.Leaking && !refused.Contains(ReshipWish))
        {
            offered.Add("只补发坏的部分（能不能这样补由同事核实后定）");
        }

        if (problem != QualityProblem.WrongItem)
        {
            offered.Add(CompensationRemedy(context));
        }

        return offered.Count == 1 ? offered[0] : $"{string.Join('、', offered.Take(offered.Count - 1))}，或者{offered[^1]}";
    }

    /// <summary>The compensation as one of the remedies offered: the goods kept and a small sum within the cap.</summary>
    private static string CompensationRemedy(FlowContext context) =>
        $"商品留着、补偿{context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}元以内";

    /// <summary>
    /// The problem as the remedies see it: damage and leaks (a broken part or a seal can be sent again) told apart from
    /// other defects.
    /// </summary>
    private static QualityProblem OfferedProblem(string description) =>
        description.StartsWith(QualityProblems.Label(QualityProblem.Damaged), StringComparison.Ordinal) ? QualityProblem.Damaged
        : description.StartsWith(QualityProblems.Label(QualityProblem.Leaking), StringComparison.Ordinal) ? QualityProblem.Leaking
        : ProblemOf(description);

    /// <summary>The remedies in the order the menu offers them, so what was turned down reads 退货、换货 whatever came first.</summary>
    private static readonly string[] RemedyOrder = [RefundWish, ExchangeWish, ReshipWish, RepairWish];

    /// <summary>What the buyer turned down, in the words a colleague reads: 退货、换货.</summary>
    private static string RefusedLabel(IReadOnlySet<string> refused) =>
        string.Join('、', refused.OrderBy(r => Array.IndexOf(RemedyOrder, r)).Select(r => r switch
        {
            RefundWish => CaseKind.Return.Label(),
            ExchangeWish => CaseKind.Exchange.Label(),
            ReshipWish => CaseKind.Reship.Label(),
            RepairWish => CaseKind.Repair.Label(),
            _ => r,
        }));
}
