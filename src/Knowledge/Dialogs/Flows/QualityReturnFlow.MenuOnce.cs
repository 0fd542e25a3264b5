namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// The numbered list of problem types is shown once in a conversation. A buyer who answered it with something else
/// ("图我拍了 等下发你") has told the problem in their own words already: the case is recorded as a quality problem
/// with what they said, for the colleague to read in the chat, never the list sent again.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string AskDescriptionTemplate = "quality_return.ask_description";

    /// <summary>True (description set) when the problem list was shown before in this conversation.</summary>
    private static bool TakesProblemAsTold(FlowContext context)
    {
        var state = context.State;
        if (!state.SaidTemplates.Any(k => k.StartsWith(AskDescriptionTemplate, StringComparison.Ordinal)))
        {
            return false;
        }

        var label = QualityProblems.Label(QualityProblem.Defect);
        state.Values[DescriptionKey] = Describes(context) && !ChoosesRemedy(context)
            ? $"{label}：{QualityProblems.Summary(context.Normalized)}"
            : $"{label}（类型没选，买家在聊天里说过，请同事看记录）";
        return true;
    }
}
