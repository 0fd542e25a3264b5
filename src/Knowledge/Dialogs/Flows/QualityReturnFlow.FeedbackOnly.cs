using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "算了 不退了 就是跟你们反映下", "不退 就反馈一下" after the problem was recorded: the buyer wants no remedy and only
/// lets the shop know. Thanked, and the record says feedback with no remedy asked (a remedy recorded is withdrawn);
/// exchange or compensation is never offered again.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string FeedbackOnlyNote = "（买家不要退换或补偿，只是反馈问题）";

    /// <summary>True (and answered) when the buyer turns remedies down and says it is only feedback.</summary>
    private static async Task<bool> NotesFeedbackOnlyAsync(FlowContext context, string orderNumber, CaseRecord recorded, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (!RefusesRemedy(context.Normalized) || !(FeedbackSaid().IsMatch(context.Compact) || QualityProblems.OnlyReports(context.Normalized)))
        {
            return false;
        }

        var description = recorded.Description ?? QualityProblems.Label(QualityProblem.Defect);
        if (!description.Contains(FeedbackOnlyNote, StringComparison.Ordinal))
        {
            var feedback = NoChoiceNote().Replace(WantedSpecNote().Replace(description, string.Empty), string.Empty)
                .Replace($"，{ColleagueJudgesNote}", string.Empty, StringComparison.Ordinal) + FeedbackOnlyNote;
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, "买家不要处理，只是反馈", cancellationToken).ConfigureAwait(false);
            await context.Actions.RecordQualityCaseAsync(context.Turn, orderNumber, CaseKind.QualityReport, feedback, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        context.State.Values.Remove(WishKey);
        context.Say("quality_return.feedback_only_thanked", slots);
        context.Finish();
        return true;
    }

    // "就是跟你们反映下", "反馈一下", "说一声", "提个醒", "让你们知道": only letting the shop know.
    [GeneratedRegex("反[映馈应]|说一?声|说一下|提个醒|提个?意见|让你们知道|告诉你们|吐槽一?下")]
    private static partial Regex FeedbackSaid();
}
