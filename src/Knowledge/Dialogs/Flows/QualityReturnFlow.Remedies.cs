using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// The remedies the policy allows for a defect (return and refund, exchange, the broken part sent again, a small
/// compensation within the cap), offered when the buyer has not said which they want, and never one they refused.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>The photo request that also offers the remedies left, when the buyer has not said what they want.</summary>
    private static string RemedyOffer(FlowContext context, QualityProblem problem) => OfferRemedies(context, problem, "quality_return.ask_photo_remedy");

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
    /// Asks which remedy the buyer wants when the one they refused would be the default; false when the remedies
    /// were offered already and the buyer still chose none (a person settles it then).
    /// </summary>
    private static bool AskRemedy(FlowContext context, QualityProblem problem, IReadOnlyDictionary<string, string?> slots)
    {
        if (context.State.Step == DialogSteps.AskRemedy || context.State.Values.ContainsKey(RemedyOfferedKey))
        {
            return false;
        }

        var template = OfferRemedies(context, problem, "quality_return.ask_remedy");
        context.Say(template, WithCap(context, slots));
        if (context.State.Values.ContainsKey(OfferedKey))
        {
            context.Suggest("可以", "不用了");
        }

        context.Await(DialogSteps.AskRemedy);
        return true;
    }

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
            offered.Add("只补发坏的部分");
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

    /// <summary>What the buyer turned down, in the words a colleague reads: 退货、换货.</summary>
    private static string RefusedLabel(IReadOnlySet<string> refused) =>
        string.Join('、', refused.Order(StringComparer.Ordinal).Select(r => r switch
        {
            RefundWish => CaseKind.Return.Label(),
            ExchangeWish => CaseKind.Exchange.Label(),
            ReshipWish => CaseKind.Reship.Label(),
            RepairWish => CaseKind.Repair.Label(),
            _ => r,
        }));
}
