namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class QualityReturnFlow
{
    /// <summary>
    /// "穿不进 领标是L" while photos are awaited on an order bought in XL: the wrong size was sent (the shop's mistake), which
    /// replaces a vague problem told before and is added to a fault named.
    /// </summary>
    private static void ReadLabelSize(FlowContext context)
    {
        if (LabelSize.WrongSent(context) is not { } wrong)
        {
            return;
        }

        var state = context.State;
        var described = $"{QualityProblems.Label(QualityProblem.WrongItem)}：{wrong}";
        var given = state.Values.GetValueOrDefault(DescriptionKey);
        var faultTold = given is not null && QualityProblems.Of(given) is not (null or QualityProblem.WrongItem or QualityProblem.Defect);
        state.Values[DescriptionKey] = faultTold ? $"{described}；{given}" : described;
    }
}
