using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A problem the buyer describes is kept for the conversation, so no later flow asks for it again.</summary>
public sealed partial class DialogEngine
{
    private static void RememberProblem(FlowContext context)
    {
        if (QualityProblems.Of(context.Normalized) is { } problem && !QualityProblems.Denied(context.Normalized))
        {
            context.State.ProblemSaid = QualityProblems.Describe(problem, context.Normalized);
        }
    }
}
